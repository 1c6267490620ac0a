/**
 * Cases where the words around a figure decide what it is: 度 of heat or of
 * electricity, 倍多, 净增, a quarter written Q1, change that does not leak
 * across a clause.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  {
    sentence: '全社会用电量达到3000亿度，同比增长4.1%。',
    figures: [
      { text: '3000亿度', kind: 'quantity', value: 300000000000000, unit: 'Wh' },
      { text: '4.1%', kind: 'percent', value: 4.1, unit: '%', change: 'up' },
    ],
  },
  {
    note: '度 of heat',
    sentence: '午后气温升至36度，局地出现雷阵雨。',
    figures: [{ text: '36度', kind: 'quantity', value: 36, unit: '°C' }],
  },
  { note: '度 of an angle is no figure we know', sentence: '摄像头可以旋转360度。', figures: [] },
  {
    sentence: '出口额增长1倍多，进口额增长两倍。',
    figures: [
      { text: '1倍多', kind: 'multiple', value: 1, unit: 'x', approx: 'over', change: 'up' },
      { text: '两倍', kind: 'multiple', value: 2, unit: 'x', change: 'up' },
    ],
  },
  {
    sentence: '个体工商户净增3200户，注销企业净减150家。',
    figures: [
      { text: '3200户', kind: 'count', value: 3200, unit: '户', change: 'up' },
      { text: '150家', kind: 'count', value: 150, unit: '家', change: 'down' },
    ],
  },
  {
    sentence: '公司2025年Q1营收为18.6亿元。',
    figures: [
      { text: '2025年Q1', kind: 'date', value: '2025-Q1', unit: 'date' },
      { text: '18.6亿元', kind: 'money', value: 1860000000, unit: 'CNY' },
    ],
  },
  {
    note: 'a change stops at the clause comma',
    sentence: '贷款余额同比多增800亿元，第2批项目随即开工。',
    figures: [
      { text: '800亿元', kind: 'money', value: 80000000000, unit: 'CNY', change: 'up' },
      { text: '第2批', kind: 'ordinal', value: 2, unit: '批', change: '' },
    ],
  },
  {
    note: 'the 前 of 目前 is no ordinal',
    sentence: '目前5家银行已完成系统改造。',
    figures: [{ text: '5家', kind: 'count', value: 5, unit: '家' }],
  },
  {
    note: '零 alone begins a word',
    sentence: '汽车零部件出口增长12%。',
    figures: [{ text: '12%', kind: 'percent', value: 12, unit: '%', change: 'up' }],
  },
  {
    note: 'sector names are no ranks',
    sentence: '第三产业增加值增长5.3%，第三方机构参与评估。',
    figures: [{ text: '5.3%', kind: 'percent', value: 5.3, unit: '%', change: 'up' }],
  },
  {
    note: 'a title closes before the figure',
    sentence: '展出《山水》《四季》三款丝巾。',
    figures: [{ text: '三款', kind: 'count', value: 3, unit: '款' }],
  },
  {
    note: 'a number after the clause comma of another figure',
    sentence: '全年实现营收373.28亿元,同比增长8%。',
    figures: [
      { text: '373.28亿元', kind: 'money', value: 37328000000, unit: 'CNY' },
      { text: '8%', kind: 'percent', value: 8, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'a place name: a Chinese count, a character and a place word',
    sentence: '在五棵树村，村民种下3000棵树。',
    figures: [{ text: '3000棵', kind: 'count', value: 3000, unit: '棵' }],
  },
  {
    note: 'set formulas of official prose count nothing',
    sentence: '坚持四个全面战略布局，落实中央八项规定精神，树牢四个意识，全年新建4个产业园。',
    figures: [{ text: '4个', kind: 'count', value: 4, unit: '个' }],
  },
  {
    note: 'a level left behind, and a span of time before a change verb, are no changes',
    sentence: '经济总量从不足百亿元增长到近万亿元，死亡率连续三年下降。',
    figures: [
      { text: '百亿元', kind: 'money', value: 10000000000, unit: 'CNY', approx: 'under', change: '' },
      { text: '万亿元', kind: 'money', value: 1000000000000, unit: 'CNY', approx: 'under', change: '' },
      { text: '三年', kind: 'duration', value: 3, unit: 'year', change: '' },
    ],
  },
  {
    note: 'a bare magnitude counts only with a qualifier; a measure word must not begin a longer word',
    sentence: '外贸总额连跨千亿台阶，新装3台风机。',
    figures: [{ text: '3台', kind: 'count', value: 3, unit: '台' }],
  },
];
