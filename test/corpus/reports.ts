/**
 * Short sentences from the tenth round of audits: company reports,
 * statistical bulletins, energy, transport and farming news, legal,
 * medical and everyday writing. Our own sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── a magnitude, then a model's digits ─────────────────────────────
  {
    note: 'the digits of 5G start the next word: 5万 stays a figure',
    sentence: '全省已建成5万5G基站，用户达2亿。',
    figures: [
      { text: '5万', kind: 'number', value: 50000, unit: '' },
      { text: '2亿', kind: 'number', value: 200000000, unit: '' },
    ],
  },
];
