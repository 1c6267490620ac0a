/**
 * The CLI on the seed pages in ../shared/seeds, when they are there (they are
 * not part of this repository; without them these tests are skipped).
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FIELDS } from '../src/types.js';
import { run } from './helpers/io.js';

const SEEDS = path.resolve('..', 'shared', 'seeds');
const here = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));

(here ? describe : describe.skip)('the seed pages', () => {
  test('JSON Lines: every record has every field, files in sorted order, exit 0', async () => {
    const r = await run(['-f', 'jsonl', SEEDS]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(20);
    for (const rec of records) expect(Object.keys(rec)).toEqual([...FIELDS]);
    const files = records.map((rec) => rec['file'] as string);
    expect(files).toEqual([...files].sort());
    expect(files[0]!.startsWith(`${SEEDS}/`)).toBe(true);
  });

  test('CSV parses back to as many rows, with the same texts', async () => {
    const [csv, jsonl] = [await run([SEEDS]), await run(['-f', 'jsonl', SEEDS])];
    const rows = parse(csv.stdout) as string[][];
    const records = jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; value: unknown });
    expect(rows).toHaveLength(records.length + 1);
    const textAt = FIELDS.indexOf('text');
    const valueAt = FIELDS.indexOf('value');
    rows.slice(1).forEach((row, i) => {
      expect(row[textAt]!.replace(/^'/, '')).toBe(records[i]!.text);
      expect(row[valueAt]).toBe(String(records[i]!.value));
    });
  });
});
