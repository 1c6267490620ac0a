/**
 * A bare `元` takes the currency of the amount before it in its sentence when
 * that one was in `元` of another currency: `每股盈餘為新臺幣12.05元，去年同期為9.51元`
 * is TWD twice. `元` means the yuan only where nothing else was said
 * (`1美元兑7.1元` stays CNY: the amount before was in 美元, not in 元).
 */
import type { Candidate } from '../recognizers/types.js';

const SENTENCE_END = /[。！？!?\n]/;
const YUAN_NAMED_BEFORE = /(?:人民币|RMB)\s*$/;

export function carryCurrency(text: string, found: Candidate[]): Candidate[] {
  let lender: Candidate | null = null;
  for (const c of found) {
    if (c.kind !== 'money') continue;
    if (lender && SENTENCE_END.test(text.slice(lender.end, c.start))) lender = null;
    const bareYuan = c.unitText === '元' && c.unit === 'CNY' && !YUAN_NAMED_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start));
    if (bareYuan && lender) c.unit = lender.unit;
    else lender = c.unit !== 'CNY' && c.unitText.startsWith('元') ? c : bareYuan ? lender : null;
  }
  return found;
}
