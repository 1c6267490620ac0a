// `node bench/writers.js`: the cost of the output path alone. Extracts the
// records of a corpus made from fixtures/ (and ../shared/seeds) once, then
// times each format turning them into text, in a sink that only counts
// characters: one record at a time (createWriter, the library's way) and in
// batches of 1000 (the command line's way).
// BENCH_MB sets the corpus size (default 4). Needs `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWriter, extractFigures } from '../dist/index.js';
import { createLayout, TextWriter } from '../dist/writers/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
const CORPUS_MB = Number(process.env.BENCH_MB ?? 4);

const decode = (bytes) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
};
const dirs = [path.join(ROOT, 'fixtures'), path.join(ROOT, '..', 'shared', 'seeds')].filter((d) => existsSync(d));
const pages = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => decode(readFileSync(path.join(d, f))).replace(/^\uFEFF/, '')),
);
const one = pages.join('\n\n') + '\n\n';
const text = one.repeat(Math.max(1, Math.round((CORPUS_MB * MB) / Buffer.byteLength(one))));

let started = performance.now();
const records = extractFigures(text, { file: 'bench/corpus.txt' });
const extractSeconds = (performance.now() - started) / 1000;
console.log(`${records.length} records from ${(Buffer.byteLength(text) / MB).toFixed(1)} MB; extraction ${extractSeconds.toFixed(2)} s`);

const cases = [
  ['csv', {}],
  ['csv', { fields: ['file', 'line', 'value', 'unit'] }],
  ['tsv', {}],
  ['jsonl', {}],
  ['json', {}],
  ['json', { compact: true }],
  ['table', {}],
  ['table', { colorLevel: 3 }],
];
/** Milliseconds of the fastest of 5 rounds of `run`, which returns [characters, writes]. */
function best(run) {
  let ms = Infinity;
  let counts;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    counts = run();
    ms = Math.min(ms, performance.now() - started);
  }
  return [ms, ...counts];
}

const BATCH = 1000;
for (const [format, options] of cases) {
  const counting = () => {
    const sink = { chars: 0, writes: 0, write: (s) => ((sink.chars += s.length), sink.writes++, true) };
    return sink;
  };
  const [one, , writesOne] = best(() => {
    const sink = counting();
    const writer = createWriter(format, sink, options);
    for (const record of records) writer.write(record);
    writer.end();
    return [sink.chars, sink.writes];
  });
  const [many, chars, writes] = best(() => {
    const sink = counting();
    const layout = createLayout(format, options);
    const out = new TextWriter(sink, layout);
    const text = layout.records();
    for (let i = 0; i < records.length; i += BATCH) out.text(records.slice(i, i + BATCH).map(text).join(''));
    out.end();
    return [sink.chars, sink.writes];
  });
  const label = `${format} ${JSON.stringify(options)}`.padEnd(45);
  const share = (ms) => `${((ms / 1000 / extractSeconds) * 100).toFixed(1).padStart(5)}%`;
  console.log(`${label} one by one ${one.toFixed(0).padStart(4)} ms ${share(one)}   batches ${many.toFixed(0).padStart(4)} ms ${share(many)} of extraction   ${(chars / 1e6).toFixed(1)} M chars in ${writesOne} or ${writes} writes`);
}
