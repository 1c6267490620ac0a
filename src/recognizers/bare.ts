/**
 * When a numeral counts things or time it must say how many: a bare
 * magnitude (`千家万户`, `百年大计`) or an article `一` (`一名志愿者`, `一天`) is
 * no figure unless a qualifier makes it one (`上百家`, `近千人`, `千余名`).
 */
import type { Numeral } from '../numbers/numeral.js';

// 近千人 · 超万家 · 逾百年 · 数千名
const QUALIFIED = /(?:近|超|逾|过|约|上|数|几|达|超过|将近|接近|突破|多达)$/;

/** A lone magnitude other than 十: 百, 千, 万, 亿 (十年 and 十万人 are ordinary numbers). */
const LONE_MAGNITUDE = /^[百千万亿]$/;

/** Is a qualifier written right before `start`? */
export const qualifiedBefore = (text: string, start: number): boolean => QUALIFIED.test(text.slice(Math.max(0, start - 2), start));

export function needsQualifier(n: Numeral, written: string, text: string, start: number): boolean {
  if (n.script !== 'chinese') return false;
  if (!n.isOne && !(n.bare && LONE_MAGNITUDE.test(written))) return false;
  if (n.approx) return false;
  return !qualifiedBefore(text, start);
}
