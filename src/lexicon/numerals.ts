/**
 * Chinese numeral characters. The traditional and financial forms (萬, 億,
 * 兩, 壹, 贰, 拾, …) are folded onto these by `script.ts` before matching, so
 * each table below is written once.
 */

/** Digits, `〇` and `零` included. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Magnitudes inside a section of four digits: `三千五百`. */
export const SMALL_MAGNITUDES: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

/** Section magnitudes that multiply everything before them: `三千五百万`. */
export const BIG_MAGNITUDES: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/**
 * Words inside a figure that make it approximate: `5.4万余`, `100多万`,
 * `十几年`, `十来个`, `千把人`. All but `来` and `把` mean "more than" (把 only
 * after a bare 百/千/万: grammar/numeral.ts).
 */
export const INNER_APPROX: Readonly<Record<string, 'over' | 'about'>> = {
  余: 'over', 多: 'over', 几: 'over', 来: 'about', 把: 'about',
};

/** A leading word standing for an unknown digit: `上百`, `数百万`, `几十亿`. */
export const VAGUE_DIGITS: readonly string[] = ['上', '数', '几'];
