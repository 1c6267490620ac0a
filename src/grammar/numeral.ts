/**
 * The numeral: Arabic, Chinese or mixed, with its magnitude and the 余/多/几
 * that make it approximate. Patterns run on folded text (see lexicon/script.ts),
 * so full-width digits, Traditional and financial numerals are already plain.
 */
import { piece, words } from './compose.js';
import { UNITS } from '../lexicon/units.js';

/** What follows a magnitude character that begins a unit (千瓦 → 瓦): there the character is the unit's. */
const unitsStartingWith = (ch: string) =>
  words(Object.keys(UNITS).filter((w) => w.startsWith(ch) && w.length > 1).map((w) => w.slice(1)));

// 千 is a magnitude unless it begins a unit: `500千伏` is 500 of 千伏, `千万千瓦` 1e7 of 千瓦.
export const kilo = piece(`千 (?! {{kiloUnits}} )`, { kiloUnits: unitsStartingWith('千') });

// 百 is a magnitude unless it begins 百分位 (第95百分位数: the 95th percentile, no 9500th).
const hundred = piece(`百 (?! 分位 )`);
// 十 · 百: the magnitudes below 千.
const tenOrHundred = piece(`十 | {{hundred}}`, { hundred });

// 1,335.6 · 46.04 · 1335 — a thousands comma only before exactly three digits,
// so `373.28亿元,同比` keeps its clause comma.
export const arabic = piece(`(?: \\d{1,3} (?: ,\\d{3} )+ (?!\\d) | \\d+ ) (?: \\.\\d+ )?`);

// 三 · 〇 · 两
export const cnDigit = piece(`[〇零一二两三四五六七八九]`);

// 十 · 百 · 千 · 万 · 亿
export const cnMagnitude = piece(`[十万亿] | {{hundred}} | {{kilo}}`, { hundred, kilo });

// 万 · 亿 · 万亿: the magnitudes that multiply a whole number.
// 12.5亿亿次: 亿亿 is 1e16, how supercomputer speeds are written.
export const bigMagnitude = piece(`亿亿 | 万亿 | 亿 | 万`);

// 余 · 多 · 几 · 来 inside a figure: `5.4万余`, `100多万`, `十几`, `十来`.
// (来 of 来自, 来源 after a numeral is no 'or so': 三分之二来自…)
export const innerApprox = piece(`[余多几] | 来 (?! [自源] )`);

/**
 * Before 上, the characters that make it a word of its own, not a vague digit:
 * a verb (迈上万亿元台阶) or a place (以上十个, 楼上十户, 线上百万用户, 身上十块钱).
 */
export const NOT_VAGUE_BEFORE = '迈登走跃攀踏冲站爬跨以楼网线身桌墙山天手街路船车机场会海地纸书面马晚早世台头床岸湖江河';

// 上百 · 数百万 · 几十亿: a vague leading digit — but not 上 after a verb or a place.
// (几 is never a word of its own there: 相机几千元, 飞机几百架.)
export const vagueDigit = piece(`(?: (?<! [${NOT_VAGUE_BEFORE}] ) [上数] | 几 ) (?= [十百千万亿] )`);

// 三点五 (3.5)
export const cnFraction = piece(`点 [〇零一二三四五六七八九]+`);

/**
 * A numeral.
 *   1335 · 46.04 · 1.2万亿 · 3千万 · 100多万 · 5.4万余 · 2百多 · 6000余 · 3万5千 · 3亿5千万
 *   三 · 一百零五 · 三千五百万 · 百亿 · 十几 · 三十多万 · 几十亿 · 上百 · 三点五 · 千把
 */
export const numeral = piece(
  `(?: (?: [一两二三四五六七八九] | \\d{1,3} ) 个 {{innerApprox}}? {{bigMagnitude}} (?! [级亿] )   # 两个亿 · 一个多亿 · 3个亿 (spoken; first, so 3 alone does not win; 3个万亿级产业 is a count)
   | {{arabic}} {{power}}?                                              # 3.8×10^26 · 1.5×10⁸
       (?: \\x20? {{innerApprox}}? (?: {{tenOrHundred}} | {{kilo}} ) (?: {{innerApprox}}? {{bigMagnitude}} )?   # 3千万 · 2百 · 5 千 · 3千多万
         | \\x20? {{innerApprox}}? {{bigMagnitude}}                             # 1.2万亿 · 100多万 · 5 万
         | 兆 (?= 零? \\d[\\d,]* 亿 ) )?                                          # 2兆8,943亿: Taiwan's trillion, before 亿 sections only
       (?: (?<= [十百千万亿兆] ) 零? {{section}} (?: (?: {{tenOrHundred}} | {{kilo}} ) {{bigMagnitude}}? | {{bigMagnitude}} ) ){0,4}
                                                                         # 3万5千 · 3亿5千万 · 1亿2500万 · 3亿5,000万 · 2万亿零500亿 (at
                                                                         # most four more: a longer run is no numeral, and
                                                                         # reading it from each position would be quadratic)
       (?: (?<= [万亿] ) 零? (?: \\d,\\d{3} | \\d{3,4} | \\d (?= [元块，。；、,;！？!?）)\\s] | $ | 左右 | 多 | 的 | 个 (?! 月 | 小时 | 星期 | 季度 ) ) ) (?! [\\d.,] ) )?
                                                                         # 12万3456 · 12萬3,456 · 2,340萬428: the digits below 万, written out;
                                                                         # 4万6 · 1万5: one digit is spoken, 46000 and 15000 (as 三万五), where the phrase ends or 元 follows (5万5G, 2万6岁 are none)
       {{innerApprox}}?                                                  # 5.4万余 · 6000余
   | (?<! [〇零一二两三四五六七八九十百千万亿] ) (?: 百 | {{kilo}} | 万 ) 把           # 千把人 · 百把块钱 · 万把块: 把 after a bare magnitude is "about"
   | {{vagueDigit}}? (?: {{cnDigit}} | {{cnMagnitude}} )+ (?: {{cnFraction}} {{bigMagnitude}}? )?
       (?: {{innerApprox}} {{bigMagnitude}}? )?                          # 十几 · 三十多万
   )`,
  {
    arabic,
    power: piece(`[×*] 10 (?: \\^ -? \\d{1,3} | ⁻? [⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} )`),
    // A section after a magnitude, with or without its thousands comma: 5000 · 5,000.
    section: piece(`\\d{1,3} (?: , \\d{3} )+ (?! \\d ) | \\d+`),
    innerApprox, kilo, tenOrHundred, bigMagnitude, vagueDigit, cnDigit, cnMagnitude, cnFraction,
  },
);

/** A sign before a numeral: `负3.9%`, `-5%` — not the 负 that ends a word (税负, 减负, 肩负, 胜负). */
export const sign = piece(`(?<! [税减肩担胜抱欺自辜正] ) 负 | - | − | \\+`);

/** Between the two ends of a range: `150到200`, `3—5`, `10~20`. */
export const rangeJoiner = piece(`到 | 至 | — | – | - | ~ | ～ | 〜 | －`);

/** Between the items of a list that share one unit: `1.2、0.8和1.5个百分点`. */
export const listJoiner = piece(`、 | 和 | 与 | 及 | 或`);
