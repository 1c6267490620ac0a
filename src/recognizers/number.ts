/**
 * number: a statistic without a known unit.
 *   3.3万P (magnitude, unit as written) · 三分之二, 2/3的 (fractions) · 8.1∶40.3∶51.6, 1比1.2, 3比1 (each part of a ratio)
 *   里氏5.8级, 6至8级大风 (readings on a scale)
 */
import { grammar, markerAfterRun, piece, withMarker } from '../grammar/compose.js';
import { arabic, numeral, rangeJoiner, sign } from '../grammar/numeral.js';
import { allChars, union } from '../grammar/firstChars.js';
import { add, compare, div, int, parseDecimal } from '../numbers/exact.js';
import { parseNumeral } from '../numbers/numeral.js';
import { BIG_MAGNITUDES, SMALL_MAGNITUDES } from '../lexicon/numerals.js';
import { NUMERAL_TRIGGERS, amountCandidate, amountGrammar, readAmount } from './amount.js';
import { perDenominator, qualifiedBefore } from './bare.js';
import type { Candidate, Recognizer } from './types.js';

/** A numeral without one of these has no magnitude (see Numeral.hasMagnitude). */
const HAS_MAGNITUDE = new RegExp(`[${Object.keys({ ...SMALL_MAGNITUDES, ...BIG_MAGNITUDES }).join('')}]`);

/**
 * A bare number needs a magnitude among its numerals (the one at `pos`
 * included: 亿 after 超) or a unit of letters right after them: elsewhere its
 * pattern, which matches at every numeral, is not run.
 */
const magnitudeOrLetters = markerAfterRun(
  allChars(piece(`{{sign}} | {{numeral}} | {{rangeJoiner}}`, { sign, numeral, rangeJoiner })),
  union(allChars(HAS_MAGNITUDE), allChars(/[A-Za-z×*马毫微纳摩]/)),
  0,
);

/**
 * Ratios with a name of their own, and amounts of substance per volume, written after the number: statistics
 * with no unit of our table (0.785马赫; 3.5毫摩尔/升, as 3.5mmol/L is).
 */
const NAMED_RATIOS: ReadonlySet<string> = new Set(['马赫', '摩尔/升', '毫摩尔/升', '微摩尔/升', '纳摩尔/升', '毫摩尔每升', '微摩尔每升']);

// After a magnitude, Latin letters are the unit as written (3.3万P); nothing
// else is, and a following Han word is left alone. Without a magnitude a
// number needs a unit of three letters or more (280EFLOPS).
export const magnitudeNumber: Recognizer = {
  name: 'number',
  triggers: NUMERAL_TRIGGERS,
  ...(magnitudeOrLetters && { mayFindAt: magnitudeOrLetters }),
  // 7.8mmol/L: a unit per unit, in letters.
  // 0.785马赫: a Mach number, a ratio with a name of its own (NAMED_RATIOS).
  // 5万5G基站: after a magnitude, digits with letters are the next word (a model), not the unit's.
  grammar: amountGrammar(piece(`[A-Za-z]{1,6} (?: / [A-Za-z]{1,4} )? (?! [A-Za-z0-9] ) | 马赫 | [毫微纳]? 摩尔 (?: / 升 | 每升 ) | (?= [^A-Za-z0-9] | $ ) | (?<= [万亿] ) (?= \\d+ [A-Za-z] )`)),
  extract(m, ctx) {
    const a = readAmount(m.groups);
    if (!a) return null;
    if (perDenominator(ctx.text, m.start)) return null;
    // 科创50ETF, 50LOF: the name of a fund; Mate 60 Pro, iPhone 15 Plus: a model.
    if (/^(?:ETF|LOF|Pro|Plus|Ultra|Max|Mini|Turbo|Lite|Air|Neo|Gen|Note|Edge|SE|S?VIP)\b/i.test(m.groups.unit ?? '')) return null;
    // Without a magnitude, only a unit of three or more letters makes a statistic (280EFLOPS, not 5G or 4S).
    const unitOnly = (!a.low.hasMagnitude && a.low.script === 'arabic' && (m.groups.unit ?? '').length >= 3) || NAMED_RATIOS.has(m.groups.unit ?? '');
    // A bare magnitude (千亿) says too little without a qualifier or unit: 数百万 and 上亿 do.
    // 一千二百三十四万五千: a Chinese numeral past ten thousand has its magnitude inside.
    // 2×10⁻³, 6.02×10^23: a power of ten is a magnitude too.
    const large = a.low.hasMagnitude || (a.low.script === 'chinese' && /^[^万亿].*[万亿]/.test(m.groups.low!)) || /[×*]10/.test(m.groups.low!); // not 万一 (以防万一)
    if (!unitOnly && (!large || (a.low.bare && !a.low.approx && !qualifiedBefore(ctx.text, m.start)))) return null;
    if (a.high && !a.high.hasMagnitude) return null;
    const unit = m.groups.unit ?? '';
    return amountCandidate(m, a, 'number', unit, unit, null);
  },
};

// 三分之二 · 2分之1 · 一又二分之一 (1.5) — not 百分之/千分之/万分之, which are percentages.
export const fraction: Recognizer = {
  name: 'fraction',
  triggers: NUMERAL_TRIGGERS,
  grammar: withMarker(
    grammar(`(?: (?<whole> {{numeral}} ) 又 )? (?<den> {{numeral}} ) 分之 (?<num> {{numeral}} )`, { numeral }),
    piece(`{{numeral}} | 又`, { numeral }),
    piece(`分之`),
  ),
  extract(m) {
    if (/^[百千万]$/.test(m.groups.den!)) return null;
    const den = parseNumeral(m.groups.den!);
    const num = parseNumeral(m.groups.num!);
    const whole = m.groups.whole === undefined ? null : parseNumeral(m.groups.whole);
    if (!den || !num || den.value.num === 0n || whole === undefined) return null;
    // A whole number and a proper fraction: 一又二分之一; 三又五分之七 is no way to write a number.
    if (whole && (whole.approx || compare(num.value, den.value) >= 0)) return null;
    const value = whole ? add(whole.value, div(num.value, den.value)) : div(num.value, den.value);
    return { start: m.start, end: m.end, kind: 'number', value, valueMax: null, unit: '', unitText: '', number: value, multiplier: int(1), approx: '', change: '' };
  },
};

/**
 * 2/3的居民 · 约占1/4: a fraction written with a slash, where it cannot be a
 * date (6/30) or a pair of figures: a smaller numerator over a denominator up
 * to 100, with 的 after it or a share word before it.
 */
// 约占1/4 · 占比1/3 · 比重为1/5 · 占总人口的1/3 (a 的 after 占: a date is never a share of something).
const SHARE_BEFORE = /(?:占|占比|比重|比例|约|近|超过|逾|达|为|仅|占[^，。；;：:\n]{1,10}的)$/;
export const slashFraction: Recognizer = {
  name: 'slash fraction',
  triggers: '0123456789',
  grammar: withMarker(grammar(`(?<num> \\d{1,2} ) / (?<den> \\d{1,3} ) (?! [0-9./] )`), piece(`\\d`), piece(`/`)),
  extract(m, ctx) {
    const num = Number(m.groups.num);
    const den = Number(m.groups.den);
    if (num === 0 || den > 100 || num >= den) return null;
    if (!(ctx.text[m.end] === '的' || SHARE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)))) return null;
    const value = div(int(num), int(den));
    return { start: m.start, end: m.end, kind: 'number', value, valueMax: null, unit: '', unitText: '', number: value, multiplier: int(1), approx: '', change: '' };
  },
};

/** The name of a ratio right after: 按照1:10的比例, 1:5的配比. */
const RATIO_AFTER = /^的?(?:比例|配比|比值|比)/;
/** The name of a ratio right before (a verb between): 师生比达到, 男女比例为, 比分是. */
const RATIO_BEFORE = /(?:(?<![对相无好])比|比例|比分|比值)(?:为|是|达到|达|约为|约|仅为|已达|保持在|降至|降到|升至|提高到|提高至|调整为|缩小到|缩小至|扩大到|扩大至|最终定格在|定格在|锁定在|改写为)?$/;

// 8.1∶40.3∶51.6 · 3:1 · 12.5：1 — but not a clock time (10:30).
export const ratio: Recognizer = {
  name: 'ratio',
  triggers: '0123456789',
  grammar: withMarker(grammar(`{{arabic}} (?: [∶:：比] {{arabic}} )+ (?! [0-9.] )`, { arabic }), arabic, piece(`[∶:：比]`)),
  extract(m, ctx) {
    const parts = m.text.split(/[∶:：比]/);
    // 14:30, 14：30 are times of day — not after the name of a ratio (师生比达到1:16, 比分为2:15).
    if (
      parts.length === 2 && !m.text.includes('∶') && !m.text.includes('比') && /^\d{1,2}$/.test(parts[0]!) && /^\d\d$/.test(parts[1]!) && Number(parts[0]) <= 24 &&
      !RATIO_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 8), m.start)) &&
      !RATIO_AFTER.test(ctx.text.slice(m.end, m.end + 3))
    ) return null;
    // 2024比2023 compares two years (2024比2023年多): no ratio.
    if (m.text.includes('比') && parts.some((p) => /^(?:1[89]|20)\d\d$/.test(p))) return null;
    const out: Candidate[] = [];
    let at = m.start;
    for (const p of parts) {
      const value = parseDecimal(p);
      out.push({ start: at, end: at + p.length, kind: 'number', value, valueMax: null, unit: '', unitText: '', number: value, multiplier: int(1), approx: '', change: '' });
      at += p.length + 1;
    }
    return out;
  },
};

/** Before a magnitude written without 级: the scale's name (芮氏規模7.2, 里氏6.1, 震级为5.3). */
const MAGNITUDE_BEFORE = /(?:里氏|芮氏|规模|震级)(?:达到|达|为|约|有)?$/;
/** After it: an earthquake (规模7.2地震, 規模6.4的强震), or the end of the phrase when the scale's name leaves no doubt. */
const QUAKE_AFTER = /^的?(?:地震|强震|强烈地震|浅层地震|浅源地震|深源地震|余震)/;

/**
 * An earthquake's magnitude written without 级, as Taiwan and Hong Kong news
 * write it (芮氏規模7.2地震) — a number with unit 级 like 里氏7.2级. 规模 is
 * also the size of anything (规模5.2亿元 has its unit), so after 规模 the
 * number must be followed by an earthquake or stand in a sentence about one.
 */
/** The last characters MAGNITUDE_BEFORE can end with: the scan tries the pattern only after one of them. */
const MAGNITUDE_BEFORE_LAST = new Set([...'氏模级为达约有到'].map((c) => c.charCodeAt(0)));

export const bareMagnitude: Recognizer = {
  name: 'magnitude without 级',
  triggers: '0123456789',
  mayFindAt: (text, p) => MAGNITUDE_BEFORE_LAST.has(text.charCodeAt(p - 1)),
  grammar: withMarker(
    grammar(`(?<n> \\d (?: \\. \\d{1,2} )? ) (?! [\\d.] )`, {}),
    piece(`\\d | \\.`),
    piece(`[的地强浅深余，,。；;、）)！？\\s]`),
  ),
  extract(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.start - 8), m.start);
    if (!MAGNITUDE_BEFORE.test(before)) return null;
    const after = ctx.text.slice(m.end, m.end + 8);
    const quake = QUAKE_AFTER.test(after);
    if (!quake && !(PHRASE_END.test(after) && (/(?:里氏|芮氏|震级)/.test(before) || SCALE_SUBJECT.test(ctx.text.slice(Math.max(0, m.start - 30), m.start - 2))))) return null;
    const value = parseDecimal(m.groups.n!);
    return { start: m.start, end: m.end, kind: 'number', value, valueMax: null, unit: '级', unitText: '', number: value, multiplier: int(1), approx: '', change: '' };
  },
};

/** A change right before a number of points. */
const POINTS_MOVED = /(?:跌|涨|升|降|调贬|调升|下挫|回落|反弹|收跌|收涨)$/;

/**
 * Points of an index: 收报19500.23点 · 下跌125点. Only a decimal or three
 * digits and more: 3点 and 10点半 are times of day; not 点位, 点钟.
 */
export const indexPoints: Recognizer = {
  name: 'index points',
  triggers: '0123456789',
  grammar: withMarker(
    grammar(`(?: (?<low> {{arabic}} ) 点? {{rangeJoiner}} )? (?<n> {{arabic}} ) 点 (?! [钟半位阵状线面滴燃火击赞评] )`, { arabic, rangeJoiner }),
    piece(`{{arabic}} | {{rangeJoiner}}`, { arabic, rangeJoiner }),
    piece(`点`),
  ),
  extract(m, ctx) {
    // 恒指跌45点, 中间价调贬56点: two digits past 24 right after a change are points too (no time of day is 45点).
    const moved = POINTS_MOVED.test(ctx.text.slice(Math.max(0, m.start - 2), m.start));
    const points = (raw: string) => (raw.includes('.') || raw.replace(/,/g, '').length >= 3 || (moved && /^\d\d$/.test(raw) && Number(raw) > 24) ? parseDecimal(raw) : null);
    const value = points(m.groups.n!);
    if (!value) return null;
    // 3000至3500点: a range of points.
    const low = m.groups.low === undefined ? null : points(m.groups.low);
    if (m.groups.low !== undefined && (!low || compare(low, value) >= 0)) return null;
    return {
      start: m.start, end: m.end, kind: 'number', value: low ?? value, valueMax: low ? value : null, unit: '点', unitText: '点',
      number: low ?? value, multiplier: int(1), approx: '', change: '',
    };
  },
};

/** Before a reading on a scale of 级: the scale's name (里氏5.8级, 震级5.8级, 风力7级, 阵风达10级), a wind (东南风5级, 北风3到4级). */
const SCALE_BEFORE = /(?:里氏|震级|风力|阵风|风级|风)(?:达到|达|为|约|在|超过|可达|有)?$/;
/** After it: what the scale measures (5.8级地震, 6至8级大风, 5级左右余震, 12级台风). */
const SCALE_AFTER = /^(?:左右|以上|以下)?的?(?:地震|强震|强烈地震|强地震|余震|浅源地震|深源地震|大风|阵风|狂风|强风|台风|强台风|飓风|风|偏?[东南西北]{1,2}风)/;
/** Or the scale's subject earlier in the sentence, and the reading ends its phrase (余震…，最大为4.6级。). */
const SCALE_SUBJECT = /(?:地震|余震|震级|风力|大风|阵风)[^。！？\n]{0,24}$/;
const PHRASE_END = /^(?:左右|以上|以下)?(?:[，,。；;、）)！？]|$)/;

/**
 * Readings on a scale written with 级: an earthquake's magnitude and a wind
 * force, where the scale is named before the figure or what it measures
 * after it. Elsewhere 级 is a grade (二级棉, 5A级景区, 一级响应): no figure.
 */
export const scaleReading: Recognizer = {
  name: 'scale reading',
  triggers: NUMERAL_TRIGGERS,
  grammar: amountGrammar(piece(`级 (?! 别 )`)),
  extract(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
    const after = ctx.text.slice(m.end, m.end + 8);
    if (!SCALE_BEFORE.test(before) && !SCALE_AFTER.test(after) && !(SCALE_SUBJECT.test(before) && PHRASE_END.test(after))) return null;
    const a = readAmount(m.groups);
    if (!a || a.low.hasMagnitude) return null;
    // 4级以上地震: 以上 before what the scale measures still qualifies the reading.
    const around = /^(以上|以下|左右)/.exec(after);
    if (around && !a.approx) a.approx = around[1] === '以上' ? 'over' : around[1] === '以下' ? 'under' : 'about';
    return amountCandidate(m, a, 'number', '级', '级', null);
  },
};
