/**
 * Grammar plumbing: patterns are composed with XRegExp from named, commented
 * pieces (free-spacing `x` mode), then run as native sticky RegExps at the
 * positions the scanner proposes. Named groups come back as a plain object.
 *
 * Composing takes time at every start (loading XRegExp and building a few
 * hundred patterns: about half of what loading the extractor costs), so
 * `npm run build` composes them once and writes what XRegExp made to
 * `dist/grammar/built.json` (see scripts/build-grammar.js). Each pattern is
 * found there by a key made of its recipe: its pattern text and the keys of
 * its pieces, so a changed piece changes every key it is part of, and a
 * pattern missing from the file (the TypeScript sources under test, a
 * changed rule not yet built) is composed by XRegExp, exactly as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type XRegExpType from 'xregexp';
import { type CharSet, allChars, firstChars, tableOf } from './firstChars.js';

export type Piece = RegExp | string;

/** What XRegExp made of a recipe: a native pattern and the names of its groups. */
export interface Built {
  readonly source: string;
  readonly flags: string;
  readonly names: readonly (string | null)[];
}

/** How a pattern is made: composed from a free-spacing pattern and pieces, or an alternation of words. */
type Recipe =
  | { readonly kind: 'piece' | 'grammar'; readonly pattern: string; readonly subs: Readonly<Record<string, Piece>> }
  | { readonly kind: 'words'; readonly list: readonly string[] };

/** The patterns composed at build time, by key (none: the file is not there). */
const PREBUILT: ReadonlyMap<string, Built> = loadPrebuilt();
/** Every pattern made in this process, by key: what the build writes to built.json. */
const MADE = new Map<string, Built>();
/** The recipe and key of each piece made here, to compose it again with XRegExp when a pattern that uses it must be. */
const RECIPE = new WeakMap<RegExp, { recipe: Recipe; key: string }>();
/** XRegExp's own pattern for each piece composed again (XRegExp reads the names of a piece's groups from it). */
const COMPOSED = new WeakMap<RegExp, RegExp>();

function loadPrebuilt(): ReadonlyMap<string, Built> {
  try {
    const entries = JSON.parse(readFileSync(new URL('./built.json', import.meta.url), 'utf8')) as [string, Built][];
    return new Map(entries);
  } catch {
    return new Map();
  }
}

let xregexp: typeof XRegExpType | undefined;
/** XRegExp, loaded when a pattern is not prebuilt (it is CommonJS: required, not imported, so that loading it can wait). */
const X = (): typeof XRegExpType => (xregexp ??= createRequire(import.meta.url)('xregexp') as typeof XRegExpType);

/** A key for a piece: its own key when made here, else its text. */
function subKey(sub: Piece): string {
  if (typeof sub === 'string') return `s${sub.length}:${sub}`;
  const made = RECIPE.get(sub);
  return made ? `k:${made.key}` : `r${sub.source.length}:${sub.source}/${sub.flags}`;
}

function keyOf(recipe: Recipe): string {
  const hash = createHash('sha1');
  if (recipe.kind === 'words') {
    hash.update(`words\u0000${recipe.list.join('\u0000')}`);
  } else {
    hash.update(`${recipe.kind}\u0000${recipe.pattern}`);
    for (const [name, sub] of Object.entries(recipe.subs)) hash.update(`\u0000${name}\u0000${subKey(sub)}`);
  }
  return hash.digest('base64');
}

/** XRegExp's pattern for `recipe`, its pieces composed again where they were prebuilt. */
function compose(recipe: Recipe): RegExp {
  const x = X();
  if (recipe.kind === 'words') return x(recipe.list.map((w) => x.escape(w)).join('|'));
  const subs: Record<string, Piece> = {};
  for (const [name, sub] of Object.entries(recipe.subs)) subs[name] = typeof sub === 'string' ? sub : composed(sub);
  return x.build(recipe.pattern, subs, 'x');
}

function composed(sub: RegExp): RegExp {
  const made = RECIPE.get(sub);
  if (!made) return sub;
  let re = COMPOSED.get(sub);
  if (!re) COMPOSED.set(sub, (re = compose(made.recipe)));
  return re;
}

/** The native pattern of `recipe`, prebuilt or composed now (then XRegExp's pattern comes too). */
function make(recipe: Recipe): { built: Built; key: string; xre?: RegExp } {
  const key = keyOf(recipe);
  // The same words or pattern written twice (two lists of the same units) is made once.
  const prebuilt = PREBUILT.get(key) ?? MADE.get(key);
  if (prebuilt) {
    MADE.set(key, prebuilt);
    return { built: prebuilt, key };
  }
  composedHere++;
  const xre = compose(recipe);
  const names = (xre as unknown as { xregexp: { captureNames: (string | null)[] | null } }).xregexp.captureNames ?? [];
  const built: Built = { source: xre.source, flags: xre.flags, names };
  MADE.set(key, built);
  return { built, key, xre };
}

function madePiece(recipe: Recipe): RegExp {
  const { built, key, xre } = make(recipe);
  const re = new RegExp(built.source, built.flags);
  RECIPE.set(re, { recipe, key });
  if (xre) COMPOSED.set(re, xre);
  return re;
}

let composedHere = 0;
/** How many patterns this process composed with XRegExp (none when every one was prebuilt). */
export const composedCount = (): number => composedHere;

/** Every pattern made so far in this process, by key (what `npm run build` writes to dist/grammar/built.json). */
export const madePatterns = (): [string, Built][] => [...MADE];

/** A reusable piece: free-spacing pattern with `{{name}}` references. */
export function piece(pattern: string, subs: Record<string, Piece> = {}): RegExp {
  return madePiece({ kind: 'piece', pattern, subs });
}

/** An alternation of literal words, longest first, so `千瓦时` beats `千瓦`. */
export function words(list: Iterable<string>): RegExp {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return madePiece({ kind: 'words', list: sorted });
}

export type Groups = Readonly<Record<string, string | undefined>>;

/** A compiled top-level pattern, tried at one position at a time. */
export interface Grammar {
  readonly re: RegExp;
  readonly names: readonly (string | undefined)[];
  /** Prototype of this grammar's `groups`: a getter per name reading the native match. */
  readonly groupsProto: object;
  /** A cheap test that is false where the pattern cannot match (see amount.ts); none means try everywhere. */
  readonly mayMatchAt?: PositionTest;
}

export function grammar(pattern: string, subs: Record<string, Piece> = {}): Grammar {
  const { built } = make({ kind: 'grammar', pattern, subs });
  const names = built.names.map((n) => n ?? undefined);
  // Native RegExp for speed; XRegExp has already resolved names to numbers.
  return { re: new RegExp(built.source, 'y'), names, groupsProto: groupsPrototype(names) };
}

/**
 * Named groups as getters on a prototype, one per grammar: a match's groups
 * cost one small object, and a name that appears twice means its last group.
 */
const NATIVE = Symbol('native match');

function groupsPrototype(names: readonly (string | undefined)[]): object {
  const proto = {};
  names.forEach((name, i) => {
    if (!name) return;
    Object.defineProperty(proto, name, {
      get(this: { readonly [NATIVE]: RegExpExecArray }) {
        return this[NATIVE][i + 1];
      },
      enumerable: true,
      configurable: true,
    });
  });
  return proto;
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly groups: Groups;
}

/** A match; its named groups read the native match when asked for (most matches are rejected first). */
class LazyMatch implements Match {
  private named: Groups | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly m: RegExpExecArray,
    private readonly proto: object,
  ) {}

  get groups(): Groups {
    if (!this.named) {
      const groups = Object.create(this.proto) as { [NATIVE]: RegExpExecArray };
      groups[NATIVE] = this.m;
      this.named = groups as unknown as Groups;
    }
    return this.named;
  }
}

/** Runs `g` anchored at `pos`; null when it does not match there. */
export function matchAt(g: Grammar, text: string, pos: number): Match | null {
  g.re.lastIndex = pos;
  const m = g.re.exec(text);
  if (!m) return null;
  return new LazyMatch(pos, pos + m[0].length, m[0], m, g.groupsProto);
}

/** A test of a position in the text: false where nothing can be found there. */
export type PositionTest = ((text: string, pos: number) => boolean) & {
  /** What a marker test reads, for a scanner that runs many over one run at once. */
  readonly marker?: MarkerTest;
};

/** A marker test as data (see markerAfterRun): tables by char code. */
export interface MarkerTest {
  readonly run: Uint8Array;
  readonly marker: Uint8Array;
  /** The char codes of `marker`. */
  readonly markers: readonly number[];
  readonly from: number;
}

/** Characters a marker test looks at, at most. */
export const LOOK_AHEAD = 48;

/**
 * A test that some character from `pos + from` on, up to the first one not
 * in `run` (that one included), is in `marker` (`from` 1: after the
 * character at `pos`). Past a long run it says yes: looking to the end of the
 * run from each of its characters would take the square of its length.
 * The scanner does not call it: it reads each run once for all the tests on
 * that run (`marker`, see scan.ts), with the same answers.
 */
export function markerAfterRun(run: CharSet, marker: CharSet, from = 1): PositionTest | null {
  if (run === 'any' || marker === 'any') return null;
  const data: MarkerTest = { run: tableOf(run), marker: tableOf(marker), markers: [...marker], from };
  const inRun = data.run;
  const isMarker = data.marker;
  const test = (text: string, pos: number): boolean => {
    const end = Math.min(text.length, pos + from + LOOK_AHEAD);
    for (let q = pos + from; q < end; q++) {
      const c = text.charCodeAt(q);
      if (isMarker[c] === 1) return true;
      if (inRun[c] === 0) return false;
    }
    return end < text.length;
  };
  return Object.assign(test, { marker: data });
}

/**
 * `g`, tried only where it can match: for a pattern whose matches are a run
 * of `lead` (one character at least) and then `marker` (`3.5万` then `元`;
 * `七五` then `折`), some character after the position, up to the first that
 * `lead` cannot consume, must be one `marker` can start with. At most
 * numerals one marker follows, and this spares running the other
 * recognizers' patterns there. No test when `marker` may be empty.
 */
export function withMarker(g: Grammar, lead: RegExp, marker: RegExp): Grammar {
  const mayMatchAt = markerAfterRun(allChars(lead), firstChars(marker));
  return mayMatchAt ? { ...g, mayMatchAt } : g;
}
