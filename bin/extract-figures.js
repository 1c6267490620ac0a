#!/usr/bin/env node
// Thin launcher: everything lives in the compiled library (dist/), built on install.
import { guardProcess } from '../dist/cli/guard.js';
import { keepYoungGenerationSmall } from '../dist/cli/heap.js';
import { main } from '../dist/cli/main.js';

keepYoungGenerationSmall();
guardProcess(process.argv.slice(2));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
