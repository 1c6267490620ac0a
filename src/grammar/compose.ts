/**
 * Grammar plumbing: patterns are composed with XRegExp from named, commented
 * pieces (free-spacing `x` mode), then run as native sticky RegExps at the
 * positions the scanner proposes. Named groups come back as a plain object.
 */
import XRegExp from 'xregexp';
import { type CharSet, allChars, firstChars, tableOf } from './firstChars.js';

export type Piece = RegExp | string;

/** A reusable piece: free-spacing pattern with `{{name}}` references. */
export function piece(pattern: string, subs: Record<string, Piece> = {}): RegExp {
  return XRegExp.build(pattern, subs, 'x');
}

/** An alternation of literal words, longest first, so `千瓦时` beats `千瓦`. */
export function words(list: Iterable<string>): RegExp {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return XRegExp(sorted.map((w) => XRegExp.escape(w)).join('|'));
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
  const built = XRegExp.build(pattern, subs, 'x');
  const names = ((built as unknown as { xregexp: { captureNames: (string | null)[] | null } }).xregexp.captureNames ?? []).map((n) => n ?? undefined);
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
