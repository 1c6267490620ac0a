/**
 * Short sentences from the eighth round of audits: everyday and consumer
 * prose, science and health pages, Traditional-script news. Our own
 * sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── 把 after a bare 百/千/万: "about" ────────────────────────────────
  {
    sentence: '村里来了千把人，每人捐了百把块钱。',
    figures: [
      { text: '千把人', kind: 'count', value: 1000, unit: '人', approx: 'about' },
      { text: '百把块钱', kind: 'money', value: 100, unit: 'CNY', approx: 'about' },
    ],
  },
  {
    note: 'after a digit, 把 is the measure word of a chair',
    sentence: '礼堂里摆了三千把椅子。',
    figures: [{ text: '三千把', kind: 'count', value: 3000, unit: '把', approx: '' }],
  },
  {
    sentence: '这台相机万把元就能买到。',
    figures: [{ text: '万把元', kind: 'money', value: 10000, unit: 'CNY', approx: 'about' }],
  },
];
