/**
 * The per-unit part of a price or rate: `元/吨`, `美分/磅`, `元/平方公里`,
 * `吨/天`. Kept in `text` and `unit_text`; the value stays per one of it.
 */
import { piece, words } from '../grammar/compose.js';
import { UNITS } from '../lexicon/units.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { DURATION_UNITS } from '../lexicon/durations.js';

// 度 (a kilowatt-hour of a price: 0.56元/度) is not in UNITS, which reads it by its clause.
// 分 and 秒 alone are per minute and per second (心率60到100次/分); 万元 and 元 of an intensity (0.42吨标准煤/万元).
const perWords = words([...Object.keys(UNITS), ...MEASURE_WORDS, ...Object.keys(DURATION_UNITS), '磅', '盎司', '桶', '月', '日', '人', '年', '度', '分', '秒', '万元', '元']);

// /吨 · /平方公里 · 每吨 · /人·年 · /100毫升 (a power of ten before the unit: 186.4毫克/100毫升, 80mg/100ml, 8元/100克)
// (/户·月: per household and month.)
// (/百人: per hundred people, as a rate of phones is written: 126.8部/百人.)
export const perUnit = piece(`(?: / (?: 10{1,4} | 百 | 千 | 万 )? | 每 ) {{perWords}} (?: · {{perWords}} )? (?! [A-Za-z] )`, { perWords });

// 十二元一斤 · 7.5元一升 · 500元一天: the spoken price, one of the unit after the amount, ending the phrase.
export const spokenPerUnit = piece(`一 {{perWords}} (?= $ | [，。；！？、,.;!?）)\\s”"] | 的 | 左右 )`, { perWords });
