import path from 'node:path';
import { expandGlob, filesUnder, hasMagic, segmentRegExp } from '../src/cli/glob.js';
import { tempTree } from './helpers/io.js';

describe('segmentRegExp', () => {
  test.each([
    ['*.txt', ['a.txt', '.txt', '报告.txt'], ['a.md', 'a.txt.bak']],
    ['?.md', ['a.md', '年.md'], ['ab.md', '.md']],
    ['[ab].txt', ['a.txt', 'b.txt'], ['c.txt']],
    ['[!ab].txt', ['c.txt'], ['a.txt']],
    ['[^ab].txt', ['c.txt'], ['b.txt']],
    ['[a-c]1', ['b1'], ['d1']],
    ['[]]x', [']x'], ['x']],
    ['a[b', ['a[b'], ['ab']],
    ['a.(b)+', ['a.(b)+'], ['aa(b)+', 'a.(b)b']],
  ])('%s', (pattern, matches, misses) => {
    const re = segmentRegExp(pattern);
    for (const m of matches) expect(re.test(m)).toBe(true);
    for (const m of misses) expect(re.test(m)).toBe(false);
  });

  test('hasMagic', () => {
    expect(['*.txt', 'a?', '[ab]'].map(hasMagic)).toEqual([true, true, true]);
    expect(['a.txt', 'dir/b.md', '报告(1).txt'].map(hasMagic)).toEqual([false, false, false]);
  });
});

describe('expandGlob and filesUnder', () => {
  const tree = tempTree({
    'b.txt': '1',
    'a.txt': '1',
    'c.md': '1',
    '.hidden.txt': '1',
    'sub/x.txt': '1',
    'sub/y.md': '1',
    'sub/deep/z.txt': '1',
    '.git/h.txt': '1',
    'other/q.txt': '1',
  });
  afterAll(() => tree.cleanup());
  const { dir } = tree;

  test('* in one folder, sorted, hidden files left out', async () => {
    expect(await expandGlob('*.txt', dir)).toEqual(['a.txt', 'b.txt']);
  });

  test('a leading dot in the pattern matches hidden files', async () => {
    expect(await expandGlob('.*.txt', dir)).toEqual(['.hidden.txt']);
  });

  test('** matches any depth, including none', async () => {
    expect(await expandGlob('**/*.txt', dir)).toEqual(['a.txt', 'b.txt', 'other/q.txt', 'sub/deep/z.txt', 'sub/x.txt']);
    expect(await expandGlob('sub/**', dir)).toEqual(['sub/deep/z.txt', 'sub/x.txt', 'sub/y.md']);
  });

  test('paths keep the form the pattern was written in', async () => {
    expect(await expandGlob('./sub/?.md', dir)).toEqual(['./sub/y.md']);
    expect(await expandGlob(path.join(dir, 's*', '*.txt'), '/')).toEqual([path.join(dir, 'sub', 'x.txt')]);
  });

  test('brackets, and a literal segment after a magic one', async () => {
    expect(await expandGlob('[ab].txt', dir)).toEqual(['a.txt', 'b.txt']);
    expect(await expandGlob('*/deep/*.txt', dir)).toEqual(['sub/deep/z.txt']);
  });

  test('no match, or a folder that is not there: nothing', async () => {
    expect(await expandGlob('*.pdf', dir)).toEqual([]);
    expect(await expandGlob('nowhere/*.txt', dir)).toEqual([]);
  });

  test('filesUnder: recursive, filtered, sorted, hidden entries skipped', async () => {
    const txt = (name: string): boolean => name.endsWith('.txt');
    expect(await filesUnder(dir, 'd/', txt)).toEqual(['d/a.txt', 'd/b.txt', 'd/other/q.txt', 'd/sub/deep/z.txt', 'd/sub/x.txt']);
  });
});
