/** `extract-figures check`, in-process: a baseline made by the tool, documents edited, the report and exit status. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, tempTree } from './helpers/io.js';

/** Four figures: 1335亿元 (1:7), 21.59% up (1:18); 12座 (2:7), 106亩 (2:13). */
const REPORT = '全年营业收入1335亿元，同比增长21.59%。\n去年新建厂房12座，占地106亩。\n';
/** 一季度 (1:3), 48个 (1:14). */
const PROJECTS = '今年一季度，全市新开工项目48个。\n';
/** One paragraph, four figures, on one line. */
const LONG = '全年营业收入1335亿元，同比增长21.59%，净利润达到86亿元，员工总数超过3000人。\n';

/** A folder with docs/report.txt and docs/projects.txt, and figures.json made from them with `-f json`. */
async function setUp(files: Record<string, string> = { 'docs/report.txt': REPORT, 'docs/projects.txt': PROJECTS }) {
  const tree = tempTree(files);
  const made = await run(['-f', 'json', 'docs'], { cwd: tree.dir });
  expect([made.code, made.stderr]).toEqual([0, '']);
  writeFileSync(path.join(tree.dir, 'figures.json'), made.stdout);
  const edit = (name: string, text: string): void => writeFileSync(path.join(tree.dir, name), text);
  const check = (...args: string[]) => run(['check', '--baseline', 'figures.json', ...args], { cwd: tree.dir });
  return { ...tree, edit, check };
}

let t: Awaited<ReturnType<typeof setUp>> | undefined;
afterEach(() => t?.cleanup());

/** The lines of a text report. */
const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('the same figures: exit 0', () => {
  test('identical documents', async () => {
    t = await setUp();
    const r = await t.check('docs');
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', '0 changed, 0 added, 0 removed in 0 of 2 files\n']);
  });

  test('lines inserted above a figure', async () => {
    t = await setUp();
    t.edit('docs/report.txt', '年度报告\n\n本报告由董事会审议通过。\n\n' + REPORT);
    const r = await t.check('docs');
    expect([r.code, r.stdout]).toEqual([0, '0 changed, 0 added, 0 removed in 0 of 2 files\n']);
  });

  test('a reflowed paragraph', async () => {
    t = await setUp({ 'docs/long.txt': LONG });
    t.edit('docs/long.txt', '全年营业收入1335亿元，同比增长21.59%，净利润\n达到86亿元，员工总数\n超过3000人。\n');
    const r = await t.check('docs');
    expect([r.code, r.stdout]).toEqual([0, '0 changed, 0 added, 0 removed in 0 of 1 file\n']);
  });

  test('an edited sentence whose figures stayed', async () => {
    t = await setUp();
    t.edit('docs/report.txt', '全年营业收入1335亿元，同比增长21.59%。\n去年公司在城东新建厂房12座，占地106亩。\n');
    t.edit('docs/projects.txt', '今年一季度，全市新开工重大项目48个。\n');
    const r = await t.check('docs');
    expect([r.code, r.stdout]).toEqual([0, '0 changed, 0 added, 0 removed in 0 of 2 files\n']);
  });

  test('a baseline made with --fields: only the fields it has are compared', async () => {
    t = await setUp();
    const made = await run(['-f', 'json', '--fields', 'file,text,value', 'docs'], { cwd: t.dir });
    t.edit('slim.json', made.stdout);
    t.edit('docs/report.txt', '前言。\n' + REPORT.replace('同比增长', '同比下降'));
    const r = await run(['check', '-b', 'slim.json', 'docs'], { cwd: t.dir });
    expect([r.code, r.stdout]).toEqual([0, '0 changed, 0 added, 0 removed in 0 of 2 files\n']);
  });
});

describe('differences: exit 1, each named', () => {
  test.each([
    ['a number', '1335亿元', '1400亿元', 'money  营业收入  133500000000 CNY → 140000000000 CNY  (value)', '1:7', '全年营业收入【1400亿元】，同比增长21.59%。'],
    ['a unit', '1335亿元', '1335亿美元', 'money  营业收入  133500000000 CNY → 133500000000 USD  (unit)', '1:7', '全年营业收入【1335亿美元】，同比增长21.59%。'],
    ['approx', '收入1335', '收入约1335', 'money  营业收入  133500000000 CNY → 133500000000 CNY  (approx: none → about)', '1:8', '全年营业收入约【1335亿元】，同比增长21.59%。'],
    ['change', '同比增长', '同比下降', 'percent  营业收入  21.59 % → 21.59 %  (change: up → down)', '1:18', '全年营业收入1335亿元，同比下降【21.59%】。'],
  ])('%s', async (_what, from, to, entry, at, sentence) => {
    t = await setUp();
    t.edit('docs/report.txt', REPORT.replace(from, to));
    const r = await t.check('docs');
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(lines(r.stdout)).toEqual([
      'docs/report.txt',
      `  changed  docs/report.txt:${at}  ${entry}`,
      `    ${sentence}`,
      '1 changed, 0 added, 0 removed in 1 of 2 files',
    ]);
  });

  test('an added and a removed figure', async () => {
    t = await setUp();
    t.edit('docs/report.txt', '全年营业收入1335亿元，同比增长21.59%。\n去年新建厂房，占地106亩。\n');
    t.edit('docs/projects.txt', PROJECTS + '新增就业岗位2万个。\n');
    const r = await t.check('docs');
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'docs/projects.txt',
      '  added    docs/projects.txt:2:7  count  新增就业岗位  20000 个',
      '    新增就业岗位【2万个】。',
      'docs/report.txt',
      '  removed  docs/report.txt:2:7  count  新建厂房  12 座',
      '    去年新建厂房【12座】，占地106亩。',
      '0 changed, 1 added, 1 removed in 2 of 2 files',
    ]);
  });

  test('a file gone from a folder: its figures are removed', async () => {
    t = await setUp();
    t.edit('docs/projects.txt', '');
    const r = await t.check('docs');
    expect(r.code).toBe(1);
    expect(lines(r.stdout).at(-1)).toBe('0 changed, 0 added, 2 removed in 1 of 2 files');
  });

  test('--strict-positions also reports moved figures', async () => {
    t = await setUp();
    t.edit('docs/projects.txt', '\n\n' + PROJECTS);
    expect((await t.check('docs')).code).toBe(0);
    const r = await t.check('--strict-positions', 'docs');
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'docs/projects.txt',
      '  moved    docs/projects.txt:3:3  date  XXXX-Q1  (was 1:3)',
      '    今年【一季度】，全市新开工项目48个。',
      '  moved    docs/projects.txt:3:14  count  全市新开工项目  48 个  (was 1:14)',
      '    今年一季度，全市新开工项目【48个】。',
      '0 changed, 0 added, 0 removed, 2 moved in 1 of 2 files',
    ]);
  });

  test('--format json prints the report as JSON', async () => {
    t = await setUp();
    t.edit('docs/report.txt', REPORT.replace('1335亿元', '1400亿元'));
    const r = await t.check('-f', 'json', 'docs');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.baseline).toBe('figures.json');
    expect(report.summary).toEqual({ changed: 1, added: 0, removed: 0, moved: 0, files_differing: 1, files: 2 });
    expect(report.files).toHaveLength(1);
    const { file, changed, added, removed } = report.files[0];
    expect([file, added, removed]).toEqual(['docs/report.txt', [], []]);
    expect(changed).toHaveLength(1);
    expect(changed[0].fields).toEqual(['value']);
    expect([changed[0].old.text, changed[0].old.value, changed[0].new.text, changed[0].new.value]).toEqual(['1335亿元', 133500000000, '1400亿元', 140000000000]);
    expect([changed[0].new.line, changed[0].new.column, changed[0].new.label]).toEqual([1, 7, '营业收入']);
  });

  test('GITHUB_ACTIONS: one ::error annotation per difference, before the report', async () => {
    t = await setUp();
    t.edit('docs/report.txt', REPORT.replace('同比增长', '同比下降'));
    const r = await run(['check', '-b', 'figures.json', 'docs'], { cwd: t.dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out[0]).toBe(
      '::error file=docs/report.txt,line=1,col=18,title=extract-figures%3A figure changed::' +
        'changed 21.59%25: percent  营业收入  21.59 %25 → 21.59 %25  (change: up → down)%0A全年营业收入1335亿元，同比下降21.59%25。',
    );
    expect(out.filter((l) => l.startsWith('::'))).toHaveLength(1);
    expect(out.at(-1)).toBe('1 changed, 0 added, 0 removed in 1 of 2 files');
    // Beside a JSON report, on standard error.
    const json = await run(['check', '-b', 'figures.json', '-f', 'json', 'docs'], { cwd: t.dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(JSON.parse(json.stdout).summary.changed).toBe(1);
    expect(json.stderr).toMatch(/^::error file=docs\/report.txt,line=1,col=18,/);
  });

  test('colour on a terminal, none with NO_COLOR', async () => {
    t = await setUp();
    t.edit('docs/report.txt', REPORT.replace('1335亿元', '1400亿元'));
    const coloured = await run(['check', '-b', 'figures.json', 'docs'], { cwd: t.dir, colorLevel: 1 });
    expect(coloured.stdout).toContain('\u001b[33mchanged\u001b[39m');
    expect(coloured.stdout).not.toContain('【');
    const plain = await run(['check', '-b', 'figures.json', 'docs'], { cwd: t.dir, colorLevel: 1, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toContain('【1400亿元】');
  });
});

describe('trouble: exit 2, one clear line', () => {
  test('a missing baseline', async () => {
    t = await setUp();
    const r = await run(['check', '--baseline', 'nothing.json', 'docs'], { cwd: t.dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'extract-figures: nothing.json: baseline not found (check --update writes one)\n']);
  });

  test.each([
    ['[{"file": "a.txt", "text": "5%"', 'baseline is not valid JSON: '],
    ['', 'baseline is empty (expected the JSON that -f json or check --update writes)'],
    ['{"figures": []}', 'baseline is neither a list of figures (-f json) nor a baseline object (check --update)'],
    ['[{"file": "a.txt", "value": 5}]', 'figure 1 has no "text"'],
    ['[{"file": "a.txt", "text": "5%", "value": 5, "line": "one"}]', 'figure 1: "line" should be a whole number'],
  ])('a corrupt baseline %j', async (content, message) => {
    t = await setUp();
    t.edit('figures.json', content);
    const r = await t.check('docs');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.startsWith(`extract-figures: figures.json: ${message}`)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  test('an input that cannot be read: exit 2, its baseline figures are not reported removed', async () => {
    t = await setUp();
    const r = await t.check('docs/report.txt', 'docs/missing.txt', 'docs/projects.txt');
    expect([r.code, r.stderr]).toEqual([2, 'extract-figures: docs/missing.txt: no such file or directory\n']);
    expect(r.stdout).toBe('0 changed, 0 added, 0 removed in 0 of 2 files\n');
  });

  test.each([
    [['check', 'docs'], "extract-figures: required option '-b, --baseline <file>' not specified"],
    [['check', '-b', 'figures.json', '-f', 'csv', 'docs'], "extract-figures: --format: unknown value 'csv' (expected one of: text, json)"],
    [['check', '-b', 'figures.json', '--ref-date', '2025-13-01', 'docs'], "extract-figures: --ref-date: '2025-13-01' is not a calendar date written YYYY-MM-DD"],
  ])('usage error %j', async (argv, message) => {
    t = await setUp();
    const r = await run(argv, { cwd: t.dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
  });
});

describe('--update, options and paths', () => {
  test('--update writes a baseline (atomically) that then checks clean', async () => {
    t = await setUp();
    t.edit('docs/report.txt', REPORT.replace('1335亿元', '1400亿元'));
    const u = await t.check('--update', '--ref-date', '2025-09-30', 'docs');
    expect(u.code).toBe(0);
    // What the update changes: the edited number, and the dates --ref-date resolves (去年 is a date then).
    expect(lines(u.stdout)).toEqual([
      'docs/projects.txt',
      '  changed  docs/projects.txt:1:1  date  XXXX-Q1 → 2025-Q1  (value)',
      '    【今年一季度】，全市新开工项目48个。',
      'docs/report.txt',
      '  changed  docs/report.txt:1:7  money  营业收入  133500000000 CNY → 140000000000 CNY  (value)',
      '    全年营业收入【1400亿元】，同比增长21.59%。',
      '  added    docs/report.txt:2:1  date  2024',
      '    【去年】新建厂房12座，占地106亩。',
      '2 changed, 1 added, 0 removed in 2 of 2 files',
    ]);
    expect(u.stderr).toBe('extract-figures: figures.json: updated: 7 figures in 2 files\n');
    expect(readdirSync(t.dir).sort()).toEqual(['docs', 'figures.json']);
    const saved = JSON.parse(readFileSync(path.join(t.dir, 'figures.json'), 'utf8'));
    expect(saved['extract-figures']).toBe(1);
    expect(saved.options).toEqual({ kind: null, ref_date: '2025-09-30', paths: ['docs'] });
    expect(saved.figures.map((f: { text: string; value: unknown }) => `${f.text} ${f.value}`)).toEqual([
      '今年一季度 2025-Q1', '48个 48', '1400亿元 140000000000', '21.59% 21.59', '去年 2024', '12座 12', '106亩 70666.66666666667',
    ]);
    const r = await t.check('--ref-date', '2025-09-30', 'docs');
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', '0 changed, 0 added, 0 removed in 0 of 2 files\n']);
    // The recorded paths are read when none are given.
    expect((await t.check('--ref-date', '2025-09-30')).stdout).toBe('0 changed, 0 added, 0 removed in 0 of 2 files\n');
  });

  test('--update without a baseline, or over a corrupt one, writes one; it names no differences', async () => {
    t = await setUp();
    const r = await run(['check', '-b', 'new.json', '--update', '-k', 'money', 'docs'], { cwd: t.dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', 'extract-figures: new.json: written: 1 figure in 2 files\n']);
    expect(JSON.parse(readFileSync(path.join(t.dir, 'new.json'), 'utf8')).options.kind).toEqual(['money']);
    t.edit('new.json', '[{');
    const again = await run(['check', '-b', 'new.json', '--update', 'docs'], { cwd: t.dir });
    expect([again.code, again.stdout]).toEqual([0, '']);
    expect(again.stderr).toMatch(/^extract-figures: new\.json: baseline is not valid JSON: .+; it will be replaced\nextract-figures: new\.json: written: 6 figures in 2 files\n$/);
  });

  test('a check with other --kind or --ref-date than the baseline warns', async () => {
    t = await setUp();
    await t.check('--update', '-k', 'money,percent', 'docs');
    const r = await t.check('--kind', 'percent', '--ref-date', '2025-09-30', 'docs');
    expect(r.stderr).toBe(
      'extract-figures: figures.json: the baseline was made with --kind money,percent, this check uses --kind percent\n' +
        'extract-figures: figures.json: the baseline was made with no --ref-date, this check uses --ref-date 2025-09-30\n',
    );
    expect(r.code).toBe(1);
    expect(lines(r.stdout).at(-1)).toBe('0 changed, 0 added, 1 removed in 1 of 2 files');
    expect((await t.check('-q', '--kind', 'percent', 'docs')).stderr).toBe('');
  });

  test('no path: the files a plain baseline names', async () => {
    t = await setUp();
    t.edit('docs/projects.txt', '今年一季度，全市新开工项目50个。\n');
    const r = await t.check();
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[1]).toBe('  changed  docs/projects.txt:1:14  count  全市新开工项目  48 个 → 50 个  (value)');
  });
});
