// `npm run bench`: speed and memory of the command line on a corpus of about
// 64 MB made from fixtures/ (and ../shared/seeds when present). Not a test:
// it prints numbers. BENCH_MB changes the corpus size; BENCH_HUGE=1 adds a
// 1 GB file for peak memory (takes minutes). It also reports the density of
// figures, the speed on the same prose with every numeral taken out, and a
// thousand small files with one thread and two. BENCH_RUNS=N runs csv with
// --jobs 1 and --jobs 2 N times each, in turn, and keeps the fastest of each,
// and the fastest of N for each pathological input (on a shared machine, one
// run can be slowed down by others).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHILD = path.join(ROOT, 'bench', 'child.js');
const MB = 1024 * 1024;
const CORPUS_MB = Number(process.env.BENCH_MB ?? 64);
const FILES = 64;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')) || process.env.BENCH_BUILD !== '0') {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const decode = (bytes) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
};

/** The source pages, as UTF-8 text. */
function sources() {
  const dirs = [path.join(ROOT, 'fixtures'), path.join(ROOT, '..', 'shared', 'seeds')].filter((d) => existsSync(d));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => decode(readFileSync(path.join(d, f))).replace(/^\uFEFF/, '')),
  );
}

/** A text of about `bytes` bytes: the pages one after another, again and again. */
function textOf(pages, bytes) {
  const one = pages.join('\n\n') + '\n\n';
  return one.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(one))));
}

/** Runs the CLI in a child; returns seconds and peak memory. */
function cli(args, { stdin } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], {
      cwd: ROOT,
      stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    let report = '';
    let err = '';
    child.stdio[3].on('data', (d) => (report += d));
    child.stderr.on('data', (d) => (err += d));
    if (stdin) child.stdin.end(stdin);
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(report));
      } catch {
        reject(new Error(`no report from the CLI: ${err}`));
      }
    });
  });
}

/** The floor: read, decode and find every digit and Chinese numeral, nothing else. */
async function floor(files) {
  const NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+/g;
  const started = performance.now();
  let found = 0;
  for (const file of files) {
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      const text = decoder.decode(chunk, { stream: true });
      NUMERAL.lastIndex = 0;
      while (NUMERAL.exec(text)) found++;
    }
  }
  return { seconds: (performance.now() - started) / 1000, found };
}

const fmt = (n, d = 1) => n.toFixed(d);
const rows = [];
const row = (...cells) => {
  rows.push(cells);
  console.log(cells.join('  '));
};

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-figures-bench-'));
  try {
    console.log(`extract-figures bench: ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.availableParallelism()} CPUs), Node ${process.version}`);
    // Other work on the machine slows the runs down, --jobs 2 most.
    console.log(`load average at the start: ${os.loadavg().map((l) => fmt(l, 2)).join(' ')}`);
    const pages = sources();
    // Many files: FILES files of CORPUS_MB / FILES each.
    const perFile = textOf(pages, (CORPUS_MB * MB) / FILES);
    const files = [];
    for (let i = 0; i < FILES; i++) {
      const f = path.join(dir, `page-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(f, perFile);
      files.push(f);
    }
    const bytes = Buffer.byteLength(perFile) * FILES;
    const mb = bytes / MB;
    console.log(`corpus: ${FILES} files, ${fmt(mb)} MB, from ${pages.length} pages`);

    const fl = await floor(files);
    const floorRate = mb / fl.seconds;
    row('floor (read, decode, find numerals)', `${fmt(floorRate)} MB/s`);

    // The fastest of RUNS runs of each, in turn.
    const fastest = (a, b) => (a && a.seconds <= b.seconds ? a : b);
    const results = {};
    let two;
    for (let run = 0; run < RUNS; run++) {
      results.csv = fastest(results.csv, await cli(['-j', '1', '-f', 'csv', '--no-progress', ...files]));
      two = fastest(two, await cli(['-j', '2', '-f', 'csv', '--no-progress', ...files]));
    }
    results.jsonl = await cli(['-j', '1', '-f', 'jsonl', '--no-progress', ...files]);
    for (const format of ['csv', 'jsonl']) {
      const r = results[format];
      const rate = mb / r.seconds;
      row(`${format}, --jobs 1`, `${fmt(rate, 2)} MB/s`, `${fmt(r.seconds)} s`, `ratio to floor ${fmt(rate / floorRate, 4)}`, `peak RSS ${fmt(r.maxRssMB, 0)} MB`);
    }
    row(`csv, --jobs 2`, `${fmt(mb / two.seconds, 2)} MB/s`, `${fmt(two.seconds)} s`, `speed-up ${fmt(results.csv.seconds / two.seconds, 2)}x`, `peak RSS ${fmt(two.maxRssMB, 0)} MB`);

    // Figures per MB: the work is per figure (the scan of text with no numeral costs about what the floor does).
    {
      const { extractFigures } = await import('../dist/index.js');
      const figures = extractFigures(perFile, { labels: false }).length;
      row('figures in the corpus', `${fmt(figures / (mb / FILES), 0)} per MB`, `one every ${fmt(perFile.length / figures, 0)} characters`);
    }

    // The same prose with every numeral taken out: what the tool costs where there is nothing to find.
    {
      const NUMERALS = /[0-9０-９〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]/g;
      const bare = path.join(dir, 'no-numerals');
      const bareFiles = [];
      for (let i = 0; i < 16; i++) {
        const f = `${bare}-${i}.txt`;
        writeFileSync(f, perFile.replace(NUMERALS, ''));
        bareFiles.push(f);
      }
      const bareMB = bareFiles.reduce((n, f) => n + readFileSync(f).length, 0) / MB;
      const bareFloor = bareMB / (await floor(bareFiles)).seconds;
      let r;
      for (let run = 0; run < RUNS; run++) r = fastest(r, await cli(['-j', '1', '-f', 'csv', '--no-progress', ...bareFiles]));
      row(`prose with no numeral (${fmt(bareMB, 0)} MB), csv, --jobs 1`, `${fmt(bareMB / r.seconds, 2)} MB/s`, `ratio to its floor (${fmt(bareFloor)} MB/s) ${fmt(bareMB / r.seconds / bareFloor, 4)}`);
      for (const f of bareFiles) rmSync(f);
    }

    // Many small files (a thousand of 8 KB): the cost of a file, with one thread and with two.
    {
      // Consecutive pieces of the corpus, so that they hold as many figures as the corpus does.
      const small = path.join(dir, 'small');
      const smallFiles = [];
      let smallBytes = 0;
      for (let i = 0; i < 1000; i++) {
        const from = (i * 2800) % Math.max(1, perFile.length - 2800);
        const text = perFile.slice(from, from + 2800);
        const f = `${small}-${String(i).padStart(4, '0')}.txt`;
        writeFileSync(f, text);
        smallFiles.push(f);
        smallBytes += Buffer.byteLength(text);
      }
      const smallMB = smallBytes / MB;
      let one;
      let two;
      for (let run = 0; run < RUNS; run++) {
        one = fastest(one, await cli(['-j', '1', '-f', 'csv', '--no-progress', ...smallFiles]));
        two = fastest(two, await cli(['-j', '2', '-f', 'csv', '--no-progress', ...smallFiles]));
      }
      row(`1000 files of ${fmt((smallMB * 1024) / 1000, 0)} KB, csv`, `--jobs 1 ${fmt(smallMB / one.seconds, 2)} MB/s`, `--jobs 2 ${fmt(smallMB / two.seconds, 2)} MB/s`);
      for (const f of smallFiles) rmSync(f);
    }

    // One large file: memory stays flat.
    const big = path.join(dir, 'big.txt');
    {
      const fd = openSync(big, 'w');
      for (const f of files) writeSync(fd, perFile);
      closeSync(fd);
    }
    const one = await cli(['-f', 'csv', '--no-progress', big]);
    row(`one ${fmt(mb, 0)} MB file, csv`, `${fmt(mb / one.seconds, 2)} MB/s`, `peak RSS ${fmt(one.maxRssMB, 0)} MB`);
    rmSync(big);

    if (process.env.BENCH_HUGE === '1') {
      const huge = path.join(dir, 'huge.txt');
      const fd = openSync(huge, 'w');
      const block = textOf(pages, 16 * MB);
      let size = 0;
      while (size < 1024 * MB) size += writeSync(fd, block);
      closeSync(fd);
      const r = await cli(['-f', 'csv', '--no-progress', huge]);
      row(`one ${fmt(size / MB, 0)} MB file, csv`, `${fmt(size / MB / r.seconds, 2)} MB/s`, `${fmt(r.seconds, 0)} s`, `peak RSS ${fmt(r.maxRssMB, 0)} MB`);
      rmSync(huge);
    }

    // Pathological inputs: 1 MB (and 2 MB, for linearity) against plain text of the same size.
    const plainLines = textOf(pages, 2 * MB);
    const cases = {
      plain: (n) => Buffer.from(plainLines).subarray(0, n).toString('utf8').replace(/\uFFFD+$/, ''),
      digits: (n) => '0123456789'.repeat(n / 10),
      'Chinese numerals': (n) => '一二三四五六七八九十'.repeat(n / 30),
      '1.1.1.1': (n) => '1.'.repeat(n / 2),
      '%%%%': (n) => '%'.repeat(n),
      'one endless line': (n) => Buffer.from(plainLines.replace(/\s+/g, '')).subarray(0, n).toString('utf8').replace(/\uFFFD+$/, ''),
    };
    const times = {};
    for (const [name, make] of Object.entries(cases)) {
      const t = [];
      for (const size of [MB, 2 * MB]) {
        const f = path.join(dir, `case-${size}.txt`);
        writeFileSync(f, make(size));
        // The fastest of BENCH_RUNS runs: a second or so is easily stretched by other load.
        let best = Infinity;
        for (let run = 0; run < RUNS; run++) best = Math.min(best, (await cli(['-f', 'jsonl', '--no-progress', f])).seconds);
        t.push(best);
      }
      times[name] = t;
    }
    for (const [name, [t1, t2]] of Object.entries(times)) {
      row(`1 MB of ${name}`, `${fmt(t1, 2)} s`, `vs plain ${fmt(t1 / times.plain[0], 2)}x`, `2 MB / 1 MB ${fmt(t2 / t1, 2)}x`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
