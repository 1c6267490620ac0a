/**
 * When a numeral counts things or time it must say how many: a bare
 * magnitude (`千家万户`, `百年大计`, `迈上千亿台阶`) is no figure unless a qualifier makes it
 * one (`上百家`, `近千人`, `千余名`), and `一` before a measure word is an
 * article (`一名志愿者`, `一批`). Before a unit of time `一` counts (`一个月内`),
 * except where it means "a certain" or "the previous" (`有一天`, `上一季度`).
 */
import { NOT_VAGUE_BEFORE } from '../grammar/numeral.js';
import type { Numeral } from '../numbers/numeral.js';

// 近千人 · 超万家 · 逾百年 · 数千名 · 不足百人 · 不到千人
// (not the 上 of a verb or a place: 迈上千亿台阶, 线上百万用户)
// (破 too, not after 打: 票房破亿, 销量破万.)
const QUALIFIED = new RegExp(`(?:近|超|逾|过|约|(?<![${NOT_VAGUE_BEFORE}])上|数|几|达|(?<!打)破|超过|将近|接近|突破|多达|不足|不到|不满|未满|不下)$`);

/** Magnitudes alone, not led by 十: 百, 千亿, 万 (十年 and 十万人 are ordinary numbers). */
const BARE_MAGNITUDE = /^[百千万亿]+$/;

/** Before 一 of a span of time: 上一季度, 每一年, 有一天, 第一年, 前一天 — but 已有一年, 仅有一天 count. */
const NOT_A_SPAN = /(?:[上下每同另某这那第前]|(?<![已经还共仅只才将近])有)$/;

/** Is a qualifier written right before `start`? */
export const qualifiedBefore = (text: string, start: number): boolean => QUALIFIED.test(text.slice(Math.max(0, start - 2), start));

/**
 * 每10股派3元, 每10万人口, 12.5/10万: a numeral right after 每 or / says what a
 * rate is per, no figure of its own (`slash` false: after 每 only — between
 * quantities a slash makes a pair, 200兆瓦/400兆瓦时).
 */
export function perDenominator(text: string, start: number, slash = true): boolean {
  const c = text.charCodeAt(start - 1);
  return c === 0x6bcf || (slash && c === 0x2f);
}

/** Is this numeral no figure for a count (`time`: for a duration)? */
export function notCounting(n: Numeral, written: string, text: string, start: number, time = false): boolean {
  if (n.script !== 'chinese') return false;
  if (n.isOne) return !time || NOT_A_SPAN.test(text.slice(Math.max(0, start - 2), start));
  if (n.bare && BARE_MAGNITUDE.test(written)) return !n.approx && !qualifiedBefore(text, start);
  return false;
}
