/**
 * What a pattern can consume, read from its source: the characters a match
 * can start with (`firstChars`) and every character it can consume at all
 * (`allChars`). The scanner uses them to skip a recognizer whose unit cannot
 * start anywhere after the numeral at hand (see amount.ts), without running
 * it. Both are supersets — lookarounds, anchors and back references are read
 * as matching nothing or anything, whichever is safe — so a recognizer is
 * never skipped where it could match. What the reader does not know, it
 * reads as "any character".
 */

/** A set of UTF-16 code units, or every one. */
export type CharSet = Set<number> | 'any';

interface Reading {
  /** Characters a match can start with. */
  first: CharSet;
  /** Can it match the empty string? */
  nullable: boolean;
  /** Characters it can consume anywhere. */
  all: CharSet;
}

export const union = (a: CharSet, b: CharSet): CharSet => {
  if (a === 'any' || b === 'any') return 'any';
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out;
};

const EMPTY: Reading = { first: new Set(), nullable: true, all: new Set() };
const ANY: Reading = { first: 'any', nullable: false, all: 'any' };
const one = (set: CharSet): Reading => ({ first: set, nullable: false, all: set });

const range = (from: number, to: number): Set<number> => {
  const s = new Set<number>();
  for (let c = from; c <= to; c++) s.add(c);
  return s;
};
const DIGITS = range(0x30, 0x39);
const WORD = union(union(union(range(0x41, 0x5a), range(0x61, 0x7a)), DIGITS), new Set([0x5f])) as Set<number>;
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

/** Parses a native RegExp source (no `u` or `v` flag) far enough to know its characters. */
class Reader {
  private i = 0;
  private failed = false;
  constructor(private readonly src: string) {}

  read(): Reading {
    const r = this.alternation();
    return this.failed || this.i !== this.src.length ? ANY : r;
  }

  private alternation(): Reading {
    let r = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      r = { first: union(r.first, next.first), nullable: r.nullable || next.nullable, all: union(r.all, next.all) };
    }
    return r;
  }

  private sequence(): Reading {
    let first: CharSet = new Set();
    let nullable = true;
    let all: CharSet = new Set();
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      if (nullable) first = union(first, atom.first);
      nullable &&= atom.nullable;
      all = union(all, atom.all);
    }
    return { first, nullable, all };
  }

  private quantified(atom: Reading): Reading {
    const s = this.src;
    const c = s[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal `{`
      min = Number(m[1]);
      this.i += m[0].length;
    } else {
      return atom;
    }
    if (s[this.i] === '?') this.i++; // lazy
    return min === 0 ? { ...atom, nullable: true } : atom;
  }

  private atom(): Reading {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return one(this.charClass());
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') {
      const next = s[this.i + 1] ?? '';
      if (next === 'b' || next === 'B') {
        this.i += 2;
        return EMPTY;
      }
      // A back reference repeats what its group took (already counted), or nothing.
      const backref = /^\\(?:[1-9]\d*|k<[^>]+>)/.exec(s.slice(this.i));
      if (backref) {
        this.i += backref[0].length;
        return { first: 'any', nullable: true, all: new Set() };
      }
      return one(this.escape(false));
    }
    this.i++;
    return one(new Set([c.charCodeAt(0)]));
  }

  private group(): Reading {
    const s = this.src;
    this.i++; // (
    let lookaround = false;
    if (s[this.i] === '?') {
      const head = s.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        this.i = s.indexOf('>', this.i) + 1; // a named group
      } else return this.fail();
    }
    const inner = this.alternation();
    if (s[this.i] !== ')') return this.fail();
    this.i++;
    // A lookaround consumes nothing; reading it as empty only widens what may come first.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): CharSet {
    const s = this.src;
    this.i++; // [
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    let set: CharSet = new Set();
    let first = true;
    while (this.i < s.length && (s[this.i] !== ']' || first)) {
      first = false;
      const lo = s[this.i] === '\\' ? this.escape(true) : new Set([s.charCodeAt(this.i++)]);
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && lo !== 'any' && lo.size === 1) {
        this.i++;
        const hi = s[this.i] === '\\' ? this.escape(true) : new Set([s.charCodeAt(this.i++)]);
        if (hi === 'any' || hi.size !== 1) return this.failSet();
        set = union(set, range([...lo][0]!, [...hi][0]!));
      } else set = union(set, lo);
    }
    this.i++; // ]
    return negated ? 'any' : set;
  }

  /** An escape at `i` (a backslash); inside a class, `\b` is a backspace. */
  private escape(inClass: boolean): CharSet {
    const s = this.src;
    const c = s[this.i + 1] ?? '';
    this.i += 2;
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORD;
    if ('DWsS'.includes(c)) return 'any';
    if (c === 'b' && inClass) return new Set([8]);
    if (c in SIMPLE_ESCAPES && !(c === '0' && /\d/.test(s[this.i] ?? ''))) return new Set([SIMPLE_ESCAPES[c]!]);
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(s.slice(this.i, this.i + 4))) {
      this.i += 4;
      return new Set([parseInt(s.slice(this.i - 4, this.i), 16)]);
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(s.slice(this.i, this.i + 2))) {
      this.i += 2;
      return new Set([parseInt(s.slice(this.i - 2, this.i), 16)]);
    }
    // \c, \p, \k (a back reference is read before): anything.
    if (/[1-9ckp]/.test(c)) return 'any';
    return new Set([c.charCodeAt(0)]); // an escaped literal: \. \- \\ \( …
  }

  /** Syntax this reader does not know: the whole pattern reads as any character. */
  private fail(): Reading {
    this.failed = true;
    this.i = this.src.length;
    return ANY;
  }

  private failSet(): CharSet {
    this.fail();
    return 'any';
  }
}

/** The characters a match of `re` can start with; 'any' when it can match the empty string. */
export function firstChars(re: RegExp): CharSet {
  const r = new Reader(re.source).read();
  return r.nullable ? 'any' : r.first;
}

/** Every character a match of `re` can consume. */
export function allChars(re: RegExp): CharSet {
  return new Reader(re.source).read().all;
}

/** The characters of `a` that are not in `b` ('any' stays 'any'). */
export function without(a: CharSet, b: ReadonlySet<number>): CharSet {
  if (a === 'any') return 'any';
  return new Set([...a].filter((c) => !b.has(c)));
}

/** The characters of a one-character class such as `/[年月]/`. */
export function classChars(re: RegExp): Set<number> {
  const set = allChars(re);
  if (set === 'any') throw new Error(`not a class of characters: ${re}`);
  return set;
}

/** A char-code test for a set (true for every code with 'any'). */
export function inSet(set: CharSet): (code: number) => boolean {
  if (set === 'any') return () => true;
  const table = tableOf(set);
  return (code) => table[code] === 1;
}

const TABLES = new Map<string, Uint8Array>();

/**
 * A set as a table by char code (1: in the set). Equal sets give the same
 * table, so a caller can tell equal sets apart from others by identity.
 */
export function tableOf(set: ReadonlySet<number>): Uint8Array {
  const key = [...set].sort((a, b) => a - b).join(',');
  let table = TABLES.get(key);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const c of set) table[c] = 1;
    TABLES.set(key, table);
  }
  return table;
}
