/**
 * A bare `元` takes the currency of the amount before it in its sentence when
 * that one was in `元` of another currency: `每股盈餘為新臺幣12.05元，去年同期為9.51元`
 * is TWD twice; or in the dollar of Hong Kong, Macau or Taiwan however written
 * (`收入為6,719億港元，開支為7,591億元`: HKD twice). `元` means the yuan only where nothing else was said
 * (`1美元兑7.1元` stays CNY: the amount before was in 美元, not in 元).
 */
import { type Exact, add } from '../numbers/exact.js';
import type { Candidate } from '../recognizers/types.js';

const SENTENCE_END = /[。！？!?\n]/;
/**
 * The dollars of Hong Kong, Macau and Taiwan, where a bare 元 is the local
 * dollar: after `6,719億港元` the sentence's `7,591億元` is HKD too (美元, 日元,
 * 欧元 lend nothing: mainland prose mixes them with the yuan).
 */
const LOCAL_DOLLARS: ReadonlySet<string> = new Set(['HKD', 'MOP', 'TWD']);
/** 1港元兑0.92元: an exchange rate; …639港元，上海…475元, 回深圳后又花了300元, 用人民幣付款約110元: the mainland, or the yuan named. */
const EXCHANGE = /兑|兌|折合|换|換|人民币|人民幣|RMB|内地|內地|大陆|大陸|上海|北京|深圳|广州|廣州|珠海|重庆|天津|杭州|南京|武汉|成都/;
const YUAN_NAMED_BEFORE = /(?:人民币|RMB)\s*$/;

export function carryCurrency(text: string, found: Candidate[]): Candidate[] {
  let lender: Candidate | null = null;
  for (const c of found) {
    if (c.kind !== 'money') continue;
    if (lender && SENTENCE_END.test(text.slice(lender.end, c.start))) lender = null;
    const bareYuan = c.unitText === '元' && c.unit === 'CNY' && !YUAN_NAMED_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start));
    // 1港元兑0.92元: an exchange rate gives the other currency; so does a mainland place or the yuan named between.
    if (bareYuan && lender && !EXCHANGE.test(text.slice(lender.end, c.start))) c.unit = lender.unit;
    else lender = (c.unit !== 'CNY' && c.unitText.startsWith('元')) || LOCAL_DOLLARS.has(c.unit) ? c : bareYuan ? lender : null;
  }
  return found;
}

/** Subunits written after an amount of their main unit: `5美元50美分` is 5.5 USD, one figure (as `3元5角` is). */
const SUBUNITS: ReadonlySet<string> = new Set(['美分', '欧分', '便士']);

/** Joins a money figure in a subunit to the amount of the same currency right before it (`5美元50美分`, `3英镑20便士`). */
export function joinSubunits(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const prev = out[out.length - 1];
    if (
      prev && prev.kind === 'money' && c.kind === 'money' && prev.end === c.start && prev.unit === c.unit &&
      SUBUNITS.has(c.unitText) && !SUBUNITS.has(prev.unitText) && !prev.valueMax && !c.valueMax && !c.approx && text[c.start] !== '-'
    ) {
      // number and multiplier stay those of the main amount, as for 123元1角1分.
      out[out.length - 1] = { ...prev, end: c.end, value: add(prev.value as Exact, c.value as Exact) };
      continue;
    }
    out.push(c);
  }
  return out;
}
