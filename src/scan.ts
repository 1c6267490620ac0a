/**
 * The scanner: one pass over the match text to the characters a figure can
 * start with; there, the recognizers for that character are tried, the
 * longest match wins (ties go to the earlier recognizer), and the scan goes
 * on after it. The scan is a loop over char codes with a table of the
 * recognizers each character starts: text without a numeral costs a table
 * lookup a character.
 */
import { LOOK_AHEAD, type MarkerTest, type PositionTest, matchAt } from './grammar/compose.js';
import { charTest } from './text/charClass.js';
import { STANDARD_CODES } from './lexicon/notFigures.js';
import { RECOGNIZERS } from './recognizers/index.js';
import type { Candidate, Context, Recognizer } from './recognizers/types.js';

/**
 * Marker tests (see markerAfterRun) that read the same run: at a position
 * the run is read once, and each character's `bits` say which tests it
 * passes. Most recognizers are amounts and share one run (numerals, signs,
 * joiners), so where one test used to read it a dozen times, one read does.
 */
interface RunGroup {
  readonly run: Uint8Array;
  readonly from: number;
  /** Per char code: bit k set when the character is a marker of test k. */
  readonly bits: Int32Array;
  tests: number;
}

/** A recognizer's tests before its pattern runs: run group and bit, or a test of its own. */
interface Gate {
  readonly group: number;
  readonly bit: number;
  readonly test: PositionTest | null;
}

interface Tried {
  readonly recognizer: Recognizer;
  readonly gates: readonly Gate[];
}

const RUN_GROUPS: RunGroup[] = [];

function gateOf(test: PositionTest): Gate {
  const m: MarkerTest | undefined = test.marker;
  if (!m) return { group: -1, bit: 0, test };
  let g = RUN_GROUPS.findIndex((x) => x.run === m.run && x.from === m.from && x.tests < 31);
  if (g < 0) g = RUN_GROUPS.push({ run: m.run, from: m.from, bits: new Int32Array(0x10000), tests: 0 }) - 1;
  const group = RUN_GROUPS[g]!;
  const bit = 1 << group.tests++;
  for (const c of m.markers) group.bits[c]! |= bit;
  return { group: g, bit, test: null };
}

const triedOf = (r: Recognizer): Tried => ({
  recognizer: r,
  gates: [r.grammar.mayMatchAt, r.mayFindAt].filter((t): t is PositionTest => t !== undefined).map(gateOf),
});

/**
 * The recognizers to try at each UTF-16 code unit: `TRIED[GROUP[code]]`, with
 * group 0 (most characters) empty. Typed tables, because the scan looks at
 * every character.
 */
const GROUP = new Uint8Array(0x10000);
const TRIED: Tried[][] = [[]];
const TRIED_OF = new Map(RECOGNIZERS.map((r) => [r, triedOf(r)]));
for (const r of RECOGNIZERS) {
  for (const ch of r.triggers) {
    const code = ch.charCodeAt(0);
    if (GROUP[code] === 0) {
      GROUP[code] = TRIED.length;
      TRIED.push([]);
    }
    const list = TRIED[GROUP[code]!]!;
    const t = TRIED_OF.get(r)!;
    if (!list.includes(t)) list.push(t);
  }
}

/** All bits: past a long run every test says yes. */
const ALL = -1;

/** Which tests of run group `g` pass at `pos`: one read of the run for all of them. */
function runMask(g: RunGroup, text: string, pos: number): number {
  const { run, bits } = g;
  const end = Math.min(text.length, pos + g.from + LOOK_AHEAD);
  let mask = 0;
  for (let q = pos + g.from; q < end; q++) {
    const c = text.charCodeAt(q);
    mask |= bits[c]!;
    if (run[c] === 0) return mask;
  }
  return end < text.length ? ALL : mask;
}

/** An indicator's acronym right before a number is no code: 全市GDP5000亿元. */
const INDICATOR_LEFT = /(?:^|[^A-Za-z])(?:GDP|GNP|GNI|CPI|PPI|PMI|EPS|ROE|ROA)$/;
// ^ and superscripts: the exponent of 10^26 is no number of its own.
const isCodeLeft = charTest(/[A-Za-z0-9._#@^⁰¹²³⁴⁵⁶⁷⁸⁹]/);

/** The Chinese numeral characters (folded forms), by char code. */
const HAN_NUMERAL = new Uint8Array(0x10000);
for (const ch of '〇零一二两三四五六七八九十百千万亿') HAN_NUMERAL[ch.charCodeAt(0)] = 1;
/** The magnitudes among them. */
const MAGNITUDE = new Uint8Array(0x10000);
for (const ch of '十百千万亿') MAGNITUDE[ch.charCodeAt(0)] = 1;
/** Before 零, the characters of words that end in it: 找零, 清零, 归零, 挂零, 凋零, 飘零. */
const ENDS_IN_ZERO = new Uint8Array(0x10000);
for (const ch of '找清归挂凋飘') ENDS_IN_ZERO[ch.charCodeAt(0)] = 1;
/** Before 零, the last characters of units of time: 零 joins two lengths there (两个月零十天), no numeral goes on. */
const JOINS_LENGTHS = new Uint8Array(0x10000);
for (const ch of '年月周天日时钟') JOINS_LENGTHS[ch.charCodeAt(0)] = 1;

/**
 * No figure is written with a longer run of Chinese numerals. Past this, a
 * run where no figure starts is skipped whole: every recognizer has read it
 * to its end once already, and trying again at each of its characters would
 * make the time grow with the square of its length.
 */
const LONG_HAN_RUN = 32;

export function scan(ctx: Context): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const length = text.length;
  for (let p = 0; p < length; ) {
    const code = text.charCodeAt(p);
    const group = GROUP[code]!;
    if (group === 0) {
      p++;
      continue;
    }
    const tried = TRIED[group]!;
    const isDigit = code >= 0x30 && code <= 0x39;
    // Left of a number, these make it part of a code: SR2501, X200, 601398.SH, v1.2 (a slash does not: 200兆瓦/400兆瓦时).
    if (isDigit && p > 0 && isCodeLeft(text.charCodeAt(p - 1)) && !INDICATOR_LEFT.test(text.slice(Math.max(0, p - 4), p))) {
      p = skipDigits(text, p);
      continue;
    }
    // GB/T 1.1-2020, ISO 9001:2015: the number of a standard, after its code and a blank.
    if (isDigit && p > 1 && text.charCodeAt(p - 1) === 0x20 && STANDARD_CODE.test(text.slice(Math.max(0, p - 12), p))) {
      p = skipCode(text, p);
      continue;
    }
    if (HAN_NUMERAL[code] === 1 && p > 0 && insideHanNumeral(text, p, code)) {
      p++;
      continue;
    }
    if ((code === 0x2d || code === 0x2212 || code === 0x2b) && ((p > 0 && isCodeLeft(text.charCodeAt(p - 1))) || !isAsciiDigit(text.charCodeAt(p + 1)))) {
      p++;
      continue;
    }
    // 063, 0571: a number written with a leading zero is a code (公告编号：2025-063), or a month or day of a date (05月06日).
    const codeLike = code === 0x30 && isAsciiDigit(text.charCodeAt(p + 1));
    let best: Candidate | Candidate[] | null = null;
    let bestEnd = p;
    // The masks of the run groups at p, read when first asked for.
    visit++;
    for (let t = 0; t < tried.length; t++) {
      const { recognizer: r, gates } = tried[t]!;
      if (!passes(gates, text, p)) continue;
      const m = matchAt(r.grammar, text, p);
      if (!m || m.end === p) continue;
      const found = r.extract(m, ctx);
      if (!found || (codeLike && !isDate(found))) continue;
      const end = endOf(found, p);
      if (end > bestEnd) {
        best = found;
        bestEnd = end;
      }
    }
    // A magnitude right after a digit (GDP5000亿元 read from 亿) is the tail of a number, never a figure of its own.
    if (best && p > 0 && isAsciiDigit(text.charCodeAt(p - 1)) && HAN_NUMERAL[code] === 1) best = null;
    if (best) {
      if (Array.isArray(best)) for (const c of best) out.push(c);
      else out.push(best);
      p = bestEnd;
    } else if (isDigit) {
      p = skipDigits(text, p);
    } else {
      p = skipLongHanRun(text, p);
    }
  }
  return out;
}

/**
 * Run group masks of the current position, numbered `visit` (a count over
 * all scans, so no mask of another text is reused); `MASK_AT[g] !== visit`
 * means not read yet.
 */
const MASKS = new Int32Array(RUN_GROUPS.length);
const MASK_AT = new Float64Array(RUN_GROUPS.length).fill(-1);
let visit = 0;

/** Do all of a recognizer's tests pass at `p`? */
function passes(gates: readonly Gate[], text: string, p: number): boolean {
  for (let k = 0; k < gates.length; k++) {
    const gate = gates[k]!;
    if (gate.test) {
      if (!gate.test(text, p)) return false;
      continue;
    }
    const g = gate.group;
    if (MASK_AT[g] !== visit) {
      MASKS[g] = runMask(RUN_GROUPS[g]!, text, p);
      MASK_AT[g] = visit;
    }
    if ((MASKS[g]! & gate.bit) === 0) return false;
  }
  return true;
}

/** Would the scanner try `r` at `p`? Its tests, read as the scan reads them (for tests). */
export function triesAt(r: Recognizer, text: string, p: number): boolean {
  visit++;
  return passes(TRIED_OF.get(r)!.gates, text, p);
}

/**
 * Is the Chinese numeral at `p` inside a numeral read from its start, never the start of a figure?
 * After 〇 or 零, a digit is its tail (一〇五, 一百零五) — but for the 零 that ends a word (找零两块, 清零三次)
 * or joins two lengths (两个月零十天, 一年零一天); after another numeral, a magnitude is (百万美元, 千万元),
 * and any numeral of a run after 第 (第十二条 of a heading, dropped: not 二条).
 */
function insideHanNumeral(text: string, p: number, code: number): boolean {
  const prev = text.charCodeAt(p - 1);
  if (prev === 0x3007) return true;
  if (prev === 0x96f6) return !ENDS_IN_ZERO[text.charCodeAt(p - 2)] && !JOINS_LENGTHS[text.charCodeAt(p - 2)];
  return HAN_NUMERAL[prev] === 1 && (MAGNITUDE[code] === 1 || afterOrdinalMark(text, p));
}

/**
 * Does the run of Chinese numerals that `p` is inside start right after 第?
 * Read back at most LONG_HAN_RUN characters: no ordinal is longer, and a
 * longer read at every character of a long run would cost its square.
 */
function afterOrdinalMark(text: string, p: number): boolean {
  let q = p - 1;
  const stop = Math.max(1, p - LONG_HAN_RUN);
  while (q > stop && HAN_NUMERAL[text.charCodeAt(q - 1)] === 1) q--;
  return q > 0 && text.charCodeAt(q - 1) === 0x7b2c;
}

/** Past a run of Chinese numerals longer than LONG_HAN_RUN that starts at `p`, or the next character. */
function skipLongHanRun(text: string, p: number): number {
  let end = p;
  while (end < text.length && HAN_NUMERAL[text.charCodeAt(end)] === 1) end++;
  return end - p > LONG_HAN_RUN ? end : p + 1;
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

const isDate = (found: Candidate | Candidate[]): boolean => (Array.isArray(found) ? found.every((c) => c.kind === 'date') : found.kind === 'date');

/** Where the figures found end (the furthest). */
function endOf(found: Candidate | Candidate[], from: number): number {
  if (!Array.isArray(found)) return Math.max(from, found.end);
  let end = from;
  for (const c of found) if (c.end > end) end = c.end;
  return end;
}

/** A code of a standard (lexicon/notFigures.ts), maybe with /T or /Z, and a blank: what a standard's number follows. */
const STANDARD_CODE = new RegExp(`(?:^|[^A-Za-z])(?:${STANDARD_CODES.map((c) => c.replace('/', '\\/')).join('|')})\\d*(?:\\/[TZ])?\\x20$`);

/** Past the number of a standard: digits, dots, dashes and a year (1.1-2020, 9001:2015). */
function skipCode(text: string, p: number): number {
  let end = p;
  for (let c = text.charCodeAt(end); (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x3a || c === 0x2014 || c === 0x2013; c = text.charCodeAt(++end));
  return end;
}

/** A number that is no figure is skipped whole, never read from its middle: where the scan goes on. */
function skipDigits(text: string, p: number): number {
  // [0-9][0-9.,]*
  let end = p + 1;
  for (let c = text.charCodeAt(end); (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c; c = text.charCodeAt(++end));
  return end;
}
