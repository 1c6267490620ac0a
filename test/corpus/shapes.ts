/**
 * Shapes from documents unlike newspaper economy pages: weather reports,
 * sports, nutrition, transport. Signed ranges, lengths of time in parts,
 * ratios with 比, speeds and energy. Our own sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── a sign on each end of a range ────────────────────────────────────
  {
    sentence: '明天最低气温在-5℃至3℃之间。',
    figures: [{ text: '-5℃至3℃', kind: 'quantity', value: -5, value_max: 3, unit: '°C' }],
  },
  {
    sentence: '夜间气温-8至-2℃。',
    figures: [{ text: '-8至-2℃', kind: 'quantity', value: -8, value_max: -2, unit: '°C' }],
  },
  {
    sentence: '山区气温为零下5到零下1摄氏度。',
    figures: [{ text: '零下5到零下1摄氏度', kind: 'quantity', value: -5, value_max: -1, unit: '°C' }],
  },
  {
    sentence: '预计增速在-0.5%至1.2%之间。',
    figures: [{ text: '-0.5%至1.2%', kind: 'percent', value: -0.5, value_max: 1.2, unit: '%' }],
  },
  {
    note: 'a low end above the high end is no range',
    sentence: '温度从-2℃降到-6℃。',
    figures: [
      { text: '-2℃', kind: 'quantity', value: -2, unit: '°C' },
      { text: '-6℃', kind: 'quantity', value: -6, unit: '°C' },
    ],
  },
  // ── lengths of time in parts ────────────────────────────────────────
  {
    sentence: '全程用时3小时25分钟，比上届快了1分52秒。',
    figures: [
      { text: '3小时25分钟', kind: 'duration', value: 205, unit: 'minute', unit_text: '分钟' },
      { text: '1分52秒', kind: 'duration', value: 112, unit: 'second' },
    ],
  },
  {
    sentence: '他以9秒83的成绩获得冠军。',
    figures: [{ text: '9秒83', kind: 'duration', value: 9.83, unit: 'second' }],
  },
  {
    sentence: '项目建设工期2年3个月，预计一年零三个月后投用。',
    figures: [
      { text: '2年3个月', kind: 'duration', value: 27, unit: 'month' },
      { text: '一年零三个月', kind: 'duration', value: 15, unit: 'month' },
    ],
  },
  {
    sentence: '救援持续了2小时5分30秒，展会历时2周3天。',
    figures: [
      { text: '2小时5分30秒', kind: 'duration', value: 7530, unit: 'second' },
      { text: '2周3天', kind: 'duration', value: 17, unit: 'day' },
    ],
  },
  {
    note: 'a part as large as the unit above it is no length in parts',
    sentence: '计划用1年15个月完成。',
    figures: [
      { text: '1年', kind: 'duration', value: 1, unit: 'year' },
      { text: '15个月', kind: 'duration', value: 15, unit: 'month' },
    ],
  },
  {
    note: 'set phrases of time',
    sentence: '要珍惜每一分一秒，这不是一朝一夕的事。',
    figures: [],
  },
  {
    note: '多 or 余 after the unit of time',
    sentence: '改造工程历时3年多，调试又用了2个月余。',
    figures: [
      { text: '3年多', kind: 'duration', value: 3, unit: 'year', approx: 'over' },
      { text: '2个月余', kind: 'duration', value: 2, unit: 'month', approx: 'over' },
    ],
  },
  {
    note: '多 that begins the next word',
    sentence: '近5年多次获奖。',
    figures: [{ text: '5年', kind: 'duration', value: 5, unit: 'year', approx: 'under' }],
  },
  {
    sentence: '客队在第89分钟扳平比分。',
    figures: [{ text: '第89分钟', kind: 'ordinal', value: 89, unit: '分钟' }],
  },
  // ── ratios written with 比 ──────────────────────────────────────────
  {
    sentence: '新生儿男女性别比为1比1.05。',
    figures: [
      { text: '1', kind: 'number', value: 1, unit: '' },
      { text: '1.05', kind: 'number', value: 1.05, unit: '' },
    ],
  },
  {
    sentence: '主队最终以3比1取胜。',
    figures: [
      { text: '3', kind: 'number', value: 3, unit: '' },
      { text: '1', kind: 'number', value: 1, unit: '' },
    ],
  },
  {
    note: 'two years compared, not a ratio',
    sentence: '2025比2024年多出两个工作日。',
    figures: [
      { text: '2024年', kind: 'date', value: '2024', unit: 'date' },
      { text: '两个工作日', kind: 'duration', value: 2, unit: 'day' },
    ],
  },
  // ── speeds and energy ───────────────────────────────────────────────
  {
    sentence: '列车最高运营时速350公里/小时，阵风风速达到25米/秒。',
    figures: [
      { text: '350公里/小时', kind: 'quantity', value: 350, unit: 'km/h', unit_text: '公里/小时' },
      { text: '25米/秒', kind: 'quantity', value: 90, unit: 'km/h', unit_text: '米/秒' },
    ],
  },
  {
    sentence: '成年人每天约需2000千卡热量，即8368千焦。',
    figures: [
      { text: '2000千卡', kind: 'quantity', value: 8368000, unit: 'J', unit_text: '千卡', approx: 'about' },
      { text: '8368千焦', kind: 'quantity', value: 8368000, unit: 'J', unit_text: '千焦' },
    ],
  },
  {
    sentence: '一份套餐含热量650大卡。',
    figures: [{ text: '650大卡', kind: 'quantity', value: 2719600, unit: 'J' }],
  },
  {
    note: 'a measure per unit keeps the per-unit part in unit_text',
    sentence: '水稻亩产达到800千克/亩。',
    figures: [{ text: '800千克/亩', kind: 'quantity', value: 800, unit: 'kg', unit_text: '千克/亩' }],
  },
];
