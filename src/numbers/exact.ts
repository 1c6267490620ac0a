/**
 * Exact rational arithmetic on BigInt, so that `46.04亿` is 4604000000 and
 * not 4603999999.9999995. Values are kept exact until they are printed,
 * then rounded once to the nearest double (whose shortest decimal is what
 * JSON and CSV show).
 */

export interface Exact {
  readonly num: bigint;
  readonly den: bigint; // always > 0
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b) [a, b] = [b, a % b];
  return a;
};

/** Integers up to this size are exact as doubles. */
const SAFE = 2n ** 53n;
const isSafe = (n: bigint): boolean => n <= SAFE && n >= -SAFE;

const make = (num: bigint, den: bigint): Exact => {
  if (den < 0n) [num, den] = [-num, -den];
  // Nearly every value has small parts: their gcd in doubles costs a fraction of BigInt's.
  const g = isSafe(num) && isSafe(den) ? BigInt(gcdOfSafe(Number(num), Number(den))) : gcd(num, den);
  return g <= 1n ? { num, den } : { num: num / g, den: den / g };
};

function gcdOfSafe(a: number, b: number): number {
  a = Math.abs(a);
  while (b) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export const ZERO: Exact = { num: 0n, den: 1n };

export const int = (n: number | bigint): Exact => ({ num: BigInt(n), den: 1n });

/** One half: 半 (半年, 一吨半, 半个百分点). */
export const HALF: Exact = { num: 1n, den: 2n };

/** 10^-32 … 10^32, made once: magnitudes and units need them all the time. */
const POW10: readonly Exact[] = Array.from({ length: 65 }, (_, i) =>
  i >= 32 ? { num: 10n ** BigInt(i - 32), den: 1n } : { num: 1n, den: 10n ** BigInt(32 - i) },
);

/** `10^n` for integer n (negative gives a fraction). */
export const pow10 = (n: number): Exact => POW10[n + 32] ?? (n >= 0 ? int(10n ** BigInt(n)) : make(1n, 10n ** BigInt(-n)));

/** Parses an unsigned ASCII decimal such as `1335`, `46.04`, `1,335.6`. */
export function parseDecimal(text: string): Exact {
  const clean = text.replace(/,/g, '');
  const dot = clean.indexOf('.');
  if (dot < 0) return int(BigInt(clean));
  const frac = clean.slice(dot + 1);
  return make(BigInt(clean.slice(0, dot) + frac), 10n ** BigInt(frac.length));
}

/** A unit factor written as a decimal or a fraction: `0.001`, `2000/3`. */
export function parseFactor(text: string): Exact {
  const slash = text.indexOf('/');
  if (slash < 0) return parseDecimal(text);
  const a = parseDecimal(text.slice(0, slash));
  const b = parseDecimal(text.slice(slash + 1));
  return div(a, b);
}

export const add = (a: Exact, b: Exact): Exact => make(a.num * b.den + b.num * a.den, a.den * b.den);
export const mul = (a: Exact, b: Exact): Exact => make(a.num * b.num, a.den * b.den);
export const div = (a: Exact, b: Exact): Exact => make(a.num * b.den, a.den * b.num);
export const neg = (a: Exact): Exact => ({ num: -a.num, den: a.den });
export const compare = (a: Exact, b: Exact): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/**
 * The nearest double. Small parts are divided as doubles (IEEE division
 * rounds correctly). Otherwise an exact decimal is handed to `Number()` whole
 * (which rounds correctly); a repeating fraction first gets 40 significant digits.
 */
export function toNumber(a: Exact): number {
  if (a.den === 1n) return Number(a.num);
  // Both parts exact as doubles: IEEE division rounds the quotient correctly.
  if (isSafe(a.num) && a.den <= SAFE) return Number(a.num) / Number(a.den);
  let den = a.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) { den /= 2n; twos++; }
  while (den % 5n === 0n) { den /= 5n; fives++; }
  const sign = a.num < 0n ? '-' : '';
  const num = a.num < 0n ? -a.num : a.num;
  // Scale so that the quotient carries enough digits: exact for terminating
  // decimals, 40 significant digits otherwise (counted from the digits of
  // both parts: a tiny quotient needs as many as a large one).
  const exactScale = Math.max(twos, fives);
  const scale = den === 1n ? exactScale : Math.max(0, 40 - (num.toString().length - a.den.toString().length));
  const q = (num * 10n ** BigInt(scale)) / a.den;
  const s = q.toString().padStart(scale + 1, '0');
  return Number(`${sign}${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`);
}
