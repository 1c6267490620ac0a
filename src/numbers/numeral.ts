/**
 * Turns a numeral as matched by grammar/numeral.ts into an exact value.
 * `number` is the numeral before its trailing magnitude and `multiplier` that
 * magnitude (`1335亿` → 1335 × 1e8, `三千五百万` → 3500 × 1e4).
 */
import { BIG_MAGNITUDES, CN_DIGITS, INNER_APPROX, SMALL_MAGNITUDES, VAGUE_DIGITS } from '../lexicon/numerals.js';
import { type Exact, add, div, int, mul, parseDecimal, pow10 } from './exact.js';

export interface Numeral {
  readonly value: Exact;
  readonly number: Exact;
  readonly multiplier: Exact;
  /** From 余/多/几/来 inside or a vague leading digit (上百). */
  readonly approx: '' | 'over' | 'about';
  readonly script: 'arabic' | 'chinese';
  /** Written with magnitudes only, no digit: `百亿`, `千`, `上百`. */
  readonly bare: boolean;
  /** Exactly `一` (or `1`): an article in `一名志愿者`. */
  readonly isOne: boolean;
  /** Digits before the decimal point (Arabic only): years have four. */
  readonly intDigits: number;
  /** Has a decimal part. */
  readonly decimal: boolean;
  /** Ends with 万/亿 or a small magnitude after Arabic digits. */
  readonly hasMagnitude: boolean;
}

const ARABIC_HEAD = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/;

/**
 * Numerals read so far. At one position the scanner tries every recognizer,
 * and each reads the same numeral; across a document the same numerals come
 * back (years, small counts). Bounded: cleared when full.
 */
const READ = new Map<string, Numeral | null>();
const READ_MAX = 4096;

/** The numeral `raw` as an exact value, or null when it is none. Results are shared: never change them. */
export function parseNumeral(raw: string): Numeral | null {
  let n = READ.get(raw);
  if (n === undefined) {
    if (READ.size >= READ_MAX) READ.clear();
    n = readNumeral(raw);
    READ.set(raw, n);
  }
  return n;
}

function readNumeral(raw: string): Numeral | null {
  // 5 万: a blank between digits and their magnitude (typeset text) is no part of the number.
  let s = raw.includes(' ') ? raw.replace(/ /g, '') : raw;
  // 两个亿, 一个多亿, 3个亿: spoken Chinese puts 个 between a number and its magnitude.
  const ge = s.indexOf('个');
  if (ge > 0 && ge < s.length - 1) s = s.slice(0, ge) + s.slice(ge + 1);
  let approx: Numeral['approx'] = '';
  // Inner qualifiers may stand anywhere after the first digit; note and drop them.
  let vague = false;
  if (VAGUE_DIGITS.includes(s[0]!) && s.length > 1 && !(s[0]! in CN_DIGITS)) {
    vague = true;
    approx = 'over';
    s = s.slice(1);
  }
  let kept = '';
  for (const ch of s) {
    const q = INNER_APPROX[ch];
    if (q && kept) approx = approx || q;
    else kept += ch;
  }
  s = kept;
  if (!s) return null;

  // 3亿5,000万: the comma inside a section is a thousands separator (the head keeps its own check below).
  // 2兆8943亿: Taiwan's 兆 is 万亿 (the grammar takes it only before 亿 sections).
  const unComma = (s.includes(',') ? s.replace(/,/g, '') : s).replace(/^(\d+)兆/, '$1万亿');
  if (MIXED.test(unComma)) return readMixed(unComma, approx);
  const power = POWER.exec(s);
  if (power) return readPower(power, approx);
  const head = ARABIC_HEAD.exec(s);
  if (head) {
    const number = parseDecimal(head[0]);
    const rest = s.slice(head[0].length);
    const mag = magnitudeOf(rest);
    if (mag === null) return null;
    const multiplier = pow10(mag);
    const intPart = head[0].split('.')[0]!.replace(/,/g, '');
    return {
      value: mul(number, multiplier), number, multiplier, approx, script: 'arabic', bare: false,
      isOne: head[0] === '1' && !rest, intDigits: intPart.length, decimal: head[0].includes('.'), hasMagnitude: rest.length > 0,
    };
  }
  const cn = parseChinese(s);
  // A lone 零 is a word (零部件, 零售), not a number; and no numeral starts with 零 but 零点五
  // (〇五 is the tail of 一〇五, digits written one by one, which we do not read).
  if (!cn || s === '零' || s === '〇' || ((s[0] === '零' || s[0] === '〇') && s[1] !== '点')) return null;
  // Split off the trailing 万/亿 as the multiplier.
  let tail = 0;
  for (let i = s.length - 1; i >= 0 && s[i]! in BIG_MAGNITUDES; i--) tail += BIG_MAGNITUDES[s[i]!]!;
  const multiplier = pow10(tail);
  return {
    value: cn.value, number: div(cn.value, multiplier), multiplier, approx, script: 'chinese',
    bare: vague || !cn.hasDigit, isOne: s === '一', intDigits: 0, decimal: cn.decimal, hasMagnitude: tail > 0,
  };
}

/** Scientific notation: 3.8×10^26, 1.5×10⁸, 6.6*10^-34 (and a magnitude after it). */
const POWER = /^(\d+(?:\.\d+)?)[×*]10(?:\^(-?\d{1,3})|(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(.*)$/;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function readPower(m: RegExpExecArray, approx: Numeral['approx']): Numeral | null {
  const exp = m[2] !== undefined ? Number(m[2]) : (m[3]!.startsWith('⁻') ? -1 : 1) * Number(Array.from(m[3]!.replace('⁻', ''), (c) => SUPERSCRIPT.indexOf(c)).join(''));
  const mag = magnitudeOf(m[4]!);
  if (mag === null || Math.abs(exp) > 300) return null;
  const number = mul(parseDecimal(m[1]!), pow10(exp));
  const multiplier = pow10(mag);
  return {
    value: mul(number, multiplier), number, multiplier, approx, script: 'arabic', bare: false,
    isOne: false, intDigits: m[1]!.split('.')[0]!.length, decimal: m[1]!.includes('.'), hasMagnitude: true,
  };
}

/** Arabic sections, each with its magnitude: 3万5千, 3亿5千万, 1亿2500万, 2万亿零500亿 (a 零 between them, as in Chinese). */
const MIXED = /^\d+[十百千万亿]+零?\d+(?:[十百千万亿]|$)/;
const PLACES: readonly [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];

/** 3万5千 read as 三万五千: each Arabic section (below 10000) written out in Chinese, then read as Chinese. */
function readMixed(s: string, approx: Numeral['approx']): Numeral | null {
  let cn = '';
  for (const part of s.split(/(\d+)/)) {
    if (!/^\d+$/.test(part)) {
      cn += part;
      continue;
    }
    const n = Number(part);
    if (n === 0 || n >= 10000) return null;
    let zero = false;
    let started = false;
    for (const [place, mark] of PLACES) {
      const d = Math.floor(n / place) % 10;
      if (d === 0) {
        zero = started;
        continue;
      }
      if (zero) cn += '零';
      cn += '〇一二三四五六七八九'[d]! + mark;
      started = true;
      zero = false;
    }
  }
  const value = parseChinese(cn);
  if (!value) return null;
  let tail = 0;
  for (let i = s.length - 1; i >= 0 && s[i]! in BIG_MAGNITUDES; i--) tail += BIG_MAGNITUDES[s[i]!]!;
  const multiplier = pow10(tail);
  return {
    value: value.value, number: div(value.value, multiplier), multiplier, approx, script: 'arabic', bare: false,
    isOne: false, intDigits: s.search(/\D/), decimal: false, hasMagnitude: true,
  };
}

/** `十`, `百`, `千万`, `万亿` after Arabic digits → the power of ten; null if not a magnitude. */
function magnitudeOf(rest: string): number | null {
  let p = 0;
  for (const ch of rest) {
    const small = SMALL_MAGNITUDES[ch];
    const big = BIG_MAGNITUDES[ch];
    if (small !== undefined) p += small;
    else if (big !== undefined) p += big;
    else return null;
  }
  return p;
}

interface ChineseValue {
  value: Exact;
  hasDigit: boolean;
  decimal: boolean;
}

/** Characters in the longest Chinese numeral read. */
const MAX_CHINESE = 64;

/**
 * Positional Chinese numerals: 一百零五, 三千五百万, 三亿五千万, 一万亿, 两千五
 * (→ 2500), 百亿, 三点五. Returns null for digit strings such as 十四五 or
 * 二〇二五, which are not numbers of this kind (years have their own rule).
 */
export function parseChinese(s: string): ChineseValue | null {
  // The longest real numeral is about 30 characters (九千九百九十九万…); a run of
  // thousands (亿亿亿…) would cost time quadratic in its length in BigInt.
  if (s.length > MAX_CHINESE) return null;
  const dot = s.indexOf('点');
  let fraction: Exact | null = null;
  let intText = s;
  let tailMag = '';
  if (dot >= 0) {
    intText = s.slice(0, dot);
    let fracDigits = '';
    let i = dot + 1;
    for (; i < s.length && s[i]! in CN_DIGITS; i++) fracDigits += String(CN_DIGITS[s[i]!]);
    tailMag = s.slice(i);
    if (!fracDigits || !intText) return null;
    fraction = parseDecimal(`0.${fracDigits}`);
  }
  const whole = parseInteger(intText);
  if (!whole) return null;
  if (fraction) {
    let value = add(whole.value, fraction);
    for (const ch of tailMag) {
      const big = BIG_MAGNITUDES[ch];
      if (big === undefined) return null;
      value = mul(value, pow10(big));
    }
    return { value, hasDigit: true, decimal: true };
  }
  return { value: whole.value, hasDigit: whole.hasDigit, decimal: false };
}

function parseInteger(s: string): { value: Exact; hasDigit: boolean } | null {
  let tera = 0n; // everything up to 万亿 (1e12), a compound magnitude: 两万亿零五百亿
  let yi = 0n; // everything up to the last 亿 since then
  let wan = 0n; // the 万 section since then
  let section = 0n; // below 万
  let digit: bigint | null = null;
  let lastMag = 0; // power of the magnitude just seen, for 两千五 = 2500
  let prevWasDigit = false;
  let prevZero = false;
  let hasDigit = false;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (prevWasDigit && !prevZero) return null; // 十四五, 二〇二五
      hasDigit = true;
      prevZero = d === 0;
      digit = BigInt(d);
      prevWasDigit = true;
      if (d === 0) lastMag = 0;
      continue;
    }
    prevWasDigit = false;
    prevZero = false;
    const small = SMALL_MAGNITUDES[ch];
    if (small !== undefined) {
      section += (digit ?? 1n) * 10n ** BigInt(small);
      digit = null;
      lastMag = small;
      continue;
    }
    const big = BIG_MAGNITUDES[ch];
    if (big === undefined) return null;
    const here = section + (digit ?? 0n);
    // A magnitude with nothing before it counts one: 亿 → 1e8, 万亿 → 1e12.
    const unit = here === 0n && yi === 0n && wan === 0n && tera === 0n ? 1n : here;
    if (big === 8 && wan !== 0n && here === 0n && yi === 0n && tera === 0n) {
      // 万亿 right after a 万 section: the whole so far is a count of 1e12, and 亿 sections may follow.
      tera = wan * 10n ** 8n;
      wan = 0n;
    } else if (big === 8) {
      yi = (yi + wan + unit) * 10n ** 8n;
      wan = 0n;
    } else {
      wan = (wan + unit) * 10n ** 4n;
    }
    section = 0n;
    digit = null;
    lastMag = big;
  }
  let last = digit ?? 0n;
  // 两千五 → 2500, 一万五 → 15000: a final digit right after a magnitude is one place lower.
  if (digit !== null && lastMag > 1 && s.length >= 2 && !(s[s.length - 2]! in CN_DIGITS)) {
    last = digit * 10n ** BigInt(lastMag - 1);
  }
  const total = tera + yi + wan + section + last;
  return { value: int(total), hasDigit };
}
