/**
 * The grammar patterns `npm run build` composes once (dist/grammar/built.json,
 * see src/grammar/compose.ts): they are what XRegExp composes from the
 * sources now, and the built extractor uses them without composing any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Built, composedCount, madePatterns } from '../src/grammar/compose.js';
// Loads every module that makes patterns, here from the TypeScript sources (composed with XRegExp).
import '../src/pipeline.js';
import '../src/check/run.js';

const BUILT = path.resolve('dist', 'grammar', 'built.json');

describe('prebuilt grammar', () => {
  test('the build wrote it', () => {
    expect(existsSync(BUILT)).toBe(true);
  });

  test('it holds exactly what XRegExp composes from the sources', () => {
    // No built.json beside the sources: everything here was composed.
    expect(composedCount()).toBe(madePatterns().length);
    const prebuilt = new Map(JSON.parse(readFileSync(BUILT, 'utf8')) as [string, Built][]);
    const fresh = new Map(madePatterns());
    expect(fresh.size).toBeGreaterThan(100);
    expect([...prebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [key, built] of fresh) expect({ key, built: prebuilt.get(key) }).toEqual({ key, built });
  });

  test('the built extractor composes nothing and never loads XRegExp, on every fixture', () => {
    const script = [
      "import { readdirSync, readFileSync } from 'node:fs';",
      "import { createRequire } from 'node:module';",
      `const { extractFigures } = await import(${JSON.stringify(path.resolve('dist', 'index.js'))});`,
      `const { composedCount } = await import(${JSON.stringify(path.resolve('dist', 'grammar', 'compose.js'))});`,
      "const dir = 'fixtures/';",
      'let records = 0;',
      "for (const f of readdirSync(dir)) if (!f.includes('gbk')) records += extractFigures(readFileSync(dir + f, 'utf8')).length;",
      "const cached = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('xregexp')).length;",
      'console.log(JSON.stringify({ records, composed: composedCount(), cached }));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { records: number; composed: number; cached: number };
    expect(out.records).toBeGreaterThan(100);
    expect(out).toEqual({ records: out.records, composed: 0, cached: 0 });
  });
});
