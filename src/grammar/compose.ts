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
}

export function grammar(pattern: string, subs: Record<string, Piece> = {}): Grammar {
  const built = XRegExp.build(pattern, subs, 'x');
  const names = (built as unknown as { xregexp: { captureNames: (string | null)[] | null } }).xregexp.captureNames ?? [];
  // Native RegExp for speed; XRegExp has already resolved names to numbers.
  return { re: new RegExp(built.source, 'y'), names: names.map((n) => n ?? undefined) };
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly groups: Groups;
}

/** A match; its named groups are read from the native match only when asked for (most matches are rejected first). */
class LazyMatch implements Match {
  private named: Groups | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly m: RegExpExecArray,
    private readonly names: readonly (string | undefined)[],
  ) {}

  get groups(): Groups {
    if (this.named) return this.named;
    const groups: Record<string, string | undefined> = {};
    for (let i = 0; i < this.names.length; i++) {
      const name = this.names[i];
      if (name) groups[name] = this.m[i + 1];
    }
    return (this.named = groups);
  }
}

/** Runs `g` anchored at `pos`; null when it does not match there. */
export function matchAt(g: Grammar, text: string, pos: number): Match | null {
  g.re.lastIndex = pos;
  const m = g.re.exec(text);
  if (!m) return null;
  return new LazyMatch(pos, pos + m[0].length, m[0], m, g.names);
}
