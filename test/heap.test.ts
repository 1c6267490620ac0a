/**
 * The command line keeps V8's young generation small (src/cli/heap.ts): the
 * flag must take effect when set at run time, in the main thread and in
 * worker threads, or the peak memory of a large file grows by about 40 MB.
 * Measured in child processes on the built module, as bin/extract-figures.js
 * loads it; worker threads ignore the flag, and --jobs gives them limits.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORKER_LIMITS } from '../src/cli/heap.js';
import type { Input } from '../src/cli/inputs.js';
import { Pool } from '../src/cli/jobs.js';
import type { WorkerData } from '../src/cli/worker.js';
import { tempTree } from './helpers/io.js';

const HEAP = pathToFileURL(path.resolve('dist', 'cli', 'heap.js')).href;
const WORKER_URL = pathToFileURL(path.resolve('dist', 'cli', 'worker.js'));
const DATA: WorkerData = { job: { encoding: 'auto', kinds: undefined, refDate: undefined }, format: 'jsonl', writer: {}, unwritten: 1 };

/** Makes a few hundred MB of short-lived objects (in a worker when asked) and prints the young generation's size in MiB. */
const SCRIPT = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
if (process.argv[1] === 'small') (await import(${JSON.stringify(HEAP)})).keepYoungGenerationSmall();
const churn = \`
  import v8 from 'node:v8';
  import { parentPort } from 'node:worker_threads';
  let keep = [];
  for (let i = 0; i < 3e6; i++) { keep.push({ a: i, b: String(i) }); if (keep.length > 1000) keep = []; }
  const size = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
  if (parentPort) parentPort.postMessage(size); else console.log(size);
\`;
if (process.argv[2] === 'worker') {
  const limits = process.argv[1] === 'limited' ? (await import(${JSON.stringify(HEAP)})).WORKER_LIMITS : undefined;
  const w = new Worker(new URL('data:text/javascript,' + encodeURIComponent(churn)), { resourceLimits: limits });
  w.on('message', (m) => console.log(m));
} else {
  await import('data:text/javascript,' + encodeURIComponent(churn));
}
`;

const youngMiB = (mode: 'small' | 'limited' | 'default', where: 'main' | 'worker'): number => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, mode, where], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim());
};

describe('the young generation stays small', () => {
  test('in the main thread: at most 2 MiB, where V8 lets it grow to 16 MiB or more', () => {
    expect(youngMiB('small', 'main')).toBeLessThanOrEqual(2);
    expect(youngMiB('default', 'main')).toBeGreaterThanOrEqual(16);
  });

  test('worker threads ignore the flag: they need their limits', () => {
    expect(youngMiB('small', 'worker')).toBeGreaterThanOrEqual(16);
    expect(youngMiB('limited', 'worker')).toBeLessThanOrEqual(2);
  });

  test('the workers of --jobs run with those limits', async () => {
    const tree = tempTree({ 'a.txt': '共3元。', 'b.txt': '共4元。' });
    const inputs: Input[] = ['a.txt', 'b.txt'].map((name) => ({ kind: 'file', path: name, fsPath: path.join(tree.dir, name) }));
    const pool = new Pool(inputs, 2, WORKER_URL, DATA);
    try {
      // A worker tells its limits once it runs.
      for (let t = 0; t < 100 && pool.workerLimits.some((l) => l?.maxYoungGenerationSizeMb === undefined); t++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pool.workerLimits.map((l) => l?.maxYoungGenerationSizeMb)).toEqual([WORKER_LIMITS.maxYoungGenerationSizeMb, WORKER_LIMITS.maxYoungGenerationSizeMb]);
    } finally {
      await pool.close();
      tree.cleanup();
    }
  });
});
