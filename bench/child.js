// Runs the CLI in this process (as bin/extract-figures.js does) and reports, on
// file descriptor 3, the wall time and the peak memory (maxRSS, workers included).
import { writeSync } from 'node:fs';
import { keepYoungGenerationSmall } from '../dist/cli/heap.js';
import { main } from '../dist/cli/main.js';

keepYoungGenerationSmall();

const started = performance.now();
const code = await main(process.argv.slice(2));
const report = { code, seconds: (performance.now() - started) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 };
writeSync(3, `${JSON.stringify(report)}\n`);
process.exitCode = code;
