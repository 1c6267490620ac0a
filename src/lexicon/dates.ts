/** Words of the calendar. */

/** 今年 → +0 … relative to the reference year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 去年: -1, 上年: -1, 明年: 1, 来年: 1, 前年: -2, 后年: 2,
};

/** 本月 → +0 … relative to the reference month. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  本月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1,
};

/** TIMEX3 season codes. */
export const SEASONS: Readonly<Record<string, string>> = { 春: 'SP', 夏: 'SU', 秋: 'FA', 冬: 'WI' };

/** Offsets of eras: 民国 years count from 1912 (民国元年); 公元 is the common era; 公元前 years are read as negative (BC0221). */
export const ERAS: Readonly<Record<string, number>> = { 民国: 1911, 公元: 0, 公元前: 0 };

/** Two-digit years up to this one are 20xx, later ones 19xx (`08年` 2008, `97年` 1997). */
export const TWO_DIGIT_YEAR_PIVOT = 49;

/**
 * Words that end in 前 (目前, 之前, 提前, 此前, 年前…): their 前 opens no rank
 * (前十) and no first months of a year (前10个月). By the character before 前.
 */
// (史前 is prehistoric, but 影史前十 is the film industry's top ten.)
export const WORD_ENDING_IN_QIAN = /(?:[目之以此当提年日空事面眼先从生战会节午门跟向往超月天周饭课睡婚考行临]|(?<!影)史)$/;
