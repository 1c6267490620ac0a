/**
 * When a numeral counts things or time it must say how many: a bare
 * magnitude (`千家万户`, `百年大计`) or an article `一` (`一名志愿者`, `一天`) is
 * no figure unless a qualifier makes it one (`上百家`, `近千人`, `千余名`).
 */
import type { Numeral } from '../numbers/numeral.js';

// 近千人 · 超万家 · 逾百年 · 数千名
const QUALIFIED = /(?:近|超|逾|过|约|上|数|几|达|超过|将近|接近|突破|多达)$/;

export function needsQualifier(n: Numeral, text: string, start: number): boolean {
  if (n.script !== 'chinese') return false;
  if (!n.bare && !n.isOne) return false;
  if (n.approx) return false;
  return !QUALIFIED.test(text.slice(Math.max(0, start - 2), start));
}
