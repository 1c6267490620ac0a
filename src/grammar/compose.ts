/**
 * Grammar plumbing: patterns are composed with XRegExp from named, commented
 * pieces (free-spacing `x` mode), then run as native sticky RegExps at the
 * positions the scanner proposes. Named groups come back as a plain object.
 */
import XRegExp from 'xregexp';

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
  readonly mayMatchAt?: (text: string, pos: number) => boolean;
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
