/** The built binary, run as a user runs it (needs `npm run build`, done by `pretest`). */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempTree } from './helpers/io.js';
import { CSV_HEADER, ORDERS, REVENUE } from './helpers/texts.js';

const BIN = path.resolve('bin', 'extract-figures.js');
const tree = tempTree({ 'revenue.txt': REVENUE });
afterAll(() => tree.cleanup());

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: tree.dir, input, encoding: 'utf8' });

describe('bin/extract-figures.js', () => {
  test('is built', () => {
    expect(existsSync(path.resolve('dist', 'cli', 'main.js'))).toBe(true);
  });

  test('a file: exit 0, CSV with its header', () => {
    const r = cli(['revenue.txt']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines[1]).toMatch(/^revenue\.txt,1,7,1,12,6,6,1335亿元,money,133500000000,,CNY,1335,100000000,元,/);
    expect(lines).toHaveLength(4);
  });

  test('JSON where code cannot be made from strings (the objects are then built key by key)', () => {
    const args = [BIN, '-f', 'json', '--fields', 'text,value,file', 'revenue.txt'];
    const plain = spawnSync(process.execPath, args, { cwd: tree.dir, encoding: 'utf8' });
    const strict = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', ...args], { cwd: tree.dir, encoding: 'utf8' });
    expect([strict.status, strict.stderr]).toEqual([0, '']);
    expect(strict.stdout).toBe(plain.stdout);
    expect(plain.stdout).toContain('"text": "1335亿元",\n    "value": 133500000000,\n    "file": "revenue.txt"');
  });

  test('standard input: file is -', () => {
    const r = cli(['--fields', 'file,text'], ORDERS);
    expect([r.status, r.stdout]).toEqual([0, 'file,text\r\n-,8月21日\r\n-,83个\r\n']);
  });

  test('a missing file and a good one: one line on stderr, the good one written, exit 2', () => {
    const r = cli(['--fields', 'text', 'missing.txt', 'revenue.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('extract-figures: missing.txt: no such file or directory\n');
    expect(r.stdout).toBe('text\r\n1335亿元\r\n21.59%\r\n');
  });

  (process.platform === 'win32' ? test.skip : test)('`| head -n 1` ends quietly with exit 0', () => {
    const big = path.join(tree.dir, 'big.txt');
    // About 600 KB of CSV: far more than a pipe holds.
    writeFileSync(big, REVENUE.repeat(2000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" big.txt | head -n 1; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: tree.dir,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe(`${CSV_HEADER}\r\nstatus=0\n`);
    expect(r.stderr).toBe('');
  });
});
