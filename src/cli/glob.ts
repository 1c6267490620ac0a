/**
 * Glob patterns for shells that do not expand them (quoted patterns, Windows):
 * `*` and `?` within one path segment, `[abc]`, `[a-z]`, `[!a-z]` (or `[^…]`),
 * and `**` for any number of directories. A `*` or `?` does not match a
 * leading dot, as in the shell. A glob matches files only.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const WINDOWS = process.platform === 'win32';
/** Characters that make a path a pattern. */
const MAGIC = /[*?[]/;
const SEPARATORS = WINDOWS ? /[\\/]/ : /\//;

export const hasMagic = (p: string): boolean => MAGIC.test(p);

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * `[…]` starting at `pattern[start]`: the regexp class and the index after
 * the `]`, or null when there is no closing bracket (then `[` is literal).
 */
function bracket(pattern: string, start: number): { source: string; next: number } | null {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') [negate, i] = [true, i + 1];
  let body = '';
  // A `]` right after the opening (or the negation) is a literal `]`.
  for (let first = true; i < pattern.length; i++, first = false) {
    const ch = pattern[i]!;
    if (ch === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, next: i + 1 };
    body += ch === '-' ? '-' : escapeRegExp(ch);
  }
  return null;
}

/** One path segment (no separators) as an anchored regexp. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; ) {
    const ch = segment[i]!;
    if (ch === '*') {
      source += '.*';
      i++;
    } else if (ch === '?') {
      source += '.';
      i++;
    } else if (ch === '[') {
      const b = bracket(segment, i);
      source += b ? b.source : '\\[';
      i = b ? b.next : i + 1;
    } else if (ch === '\\' && !WINDOWS && i + 1 < segment.length) {
      source += escapeRegExp(segment[i + 1]!);
      i += 2;
    } else {
      source += escapeRegExp(ch);
      i++;
    }
  }
  return new RegExp(`^${source}$`, WINDOWS ? 'iu' : 'u');
}

type Kind = 'file' | 'dir' | 'other';

/** What an entry is, following symbolic links (a broken link is `other`). */
async function kindOf(dir: string, entry: Dirent): Promise<Kind> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const s = await stat(path.join(dir, entry.name));
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

/** Entries of a directory, sorted by name; an unreadable directory has none. */
async function entries(dir: string): Promise<Dirent[]> {
  try {
    const list = await readdir(dir, { withFileTypes: true });
    return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * Every file under `dir` (recursively, hidden entries and symbolic links to
 * directories skipped) whose name passes `accept`. `display` is how the user
 * wrote `dir`, ending with a separator (or empty); results are sorted.
 */
export async function filesUnder(
  dir: string,
  display: string,
  accept: (name: string) => boolean,
  sep = '/',
): Promise<string[]> {
  const out: string[] = [];
  async function walk(fsDir: string, shown: string): Promise<void> {
    for (const e of await entries(fsDir)) {
      if (e.name.startsWith('.')) continue;
      let kind = await kindOf(fsDir, e);
      if (kind === 'dir' && e.isSymbolicLink()) kind = 'other';
      if (kind === 'file' && accept(e.name)) out.push(shown + e.name);
      else if (kind === 'dir') await walk(path.join(fsDir, e.name), shown + e.name + sep);
    }
  }
  await walk(dir, display);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The files a pattern matches, written as the pattern was (`./a/*.txt` gives
 * `./a/x.txt`), sorted. Relative patterns are resolved against `cwd`.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const sep = WINDOWS && pattern.includes('\\') ? '\\' : '/';
  const segments = pattern.split(SEPARATORS);
  // The literal directory before the first segment with magic.
  let first = segments.findIndex(hasMagic);
  if (first < 0) first = segments.length - 1;
  const prefix = segments.slice(0, first).map((s) => s + sep).join('');
  const found = new Set<string>();

  async function walk(fsDir: string, shown: string, i: number): Promise<void> {
    const segment = segments[i];
    if (segment === undefined) return;
    const last = i === segments.length - 1;
    if (segment === '**') {
      if (last) {
        for (const f of await filesUnder(fsDir, shown, () => true, sep)) found.add(f);
        return;
      }
      await walk(fsDir, shown, i + 1);
      for (const e of await entries(fsDir)) {
        if (!e.name.startsWith('.') && e.isDirectory()) await walk(path.join(fsDir, e.name), shown + e.name + sep, i);
      }
      return;
    }
    if (!hasMagic(segment)) {
      const target = path.join(fsDir, segment);
      const s = await stat(target).catch(() => null);
      if (last && s?.isFile()) found.add(shown + segment);
      else if (!last && s?.isDirectory()) await walk(target, shown + segment + sep, i + 1);
      return;
    }
    const re = segmentRegExp(segment);
    const dotOk = segment.startsWith('.');
    for (const e of await entries(fsDir)) {
      if ((e.name.startsWith('.') && !dotOk) || !re.test(e.name)) continue;
      const kind = await kindOf(fsDir, e);
      if (last && kind === 'file') found.add(shown + e.name);
      else if (!last && kind === 'dir') await walk(path.join(fsDir, e.name), shown + e.name + sep, i + 1);
    }
  }

  await walk(path.resolve(cwd, prefix === '' ? '.' : prefix), prefix, first);
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
