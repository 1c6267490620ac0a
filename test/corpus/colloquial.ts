/**
 * Short sentences from the eleventh round of audits: sports, schools,
 * housing, weather and culture pages; Hong Kong and Taiwan news; spoken
 * Chinese. Our own sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── titles of works, ratios, margins ──────────────────────────────
  { note: 'a month inside a title names the work', sentence: '动画片《三月的第二天》今日上映。', figures: [] },
  {
    note: 'a year inside a title is a real time',
    sentence: '会议学习了《全市促进消费行动方案（2024—2026年）》。',
    figures: [{ text: '2024—2026年', kind: 'date', value: '2024/2026', unit: 'date' }],
  },
  {
    note: 'a ratio named before an ASCII colon is no time of day',
    sentence: '全县中小学生师比达到1:14。',
    figures: [
      { text: '1', kind: 'number', value: 1, unit: '' },
      { text: '14', kind: 'number', value: 14, unit: '' },
    ],
  },
  { note: 'a time of day stays one', sentence: '比赛于19:35开球。', figures: [] },
  { note: 'a margin of points', sentence: '主队以3分之差输掉了比赛。', figures: [{ text: '3分', kind: 'count', value: 3, unit: '分' }] },
  { sentence: '约有3分之1的学生参加。', figures: [{ text: '3分之1', kind: 'number', value: 1 / 3, unit: '' }] },
  // ── spoken money and measure words ────────────────────────────────
  {
    note: 'dimes before what the price is per',
    sentence: '菜场里的小葱七毛一斤，香菜九毛一把。',
    figures: [
      { text: '七毛一斤', kind: 'money', value: 0.7, unit: 'CNY', unit_text: '角一斤' },
      { text: '九毛一把', kind: 'money', value: 0.9, unit: 'CNY' },
    ],
  },
  { sentence: '黄瓜一块二毛五一斤。', figures: [{ text: '一块二毛五一斤', kind: 'money', value: 1.25, unit: 'CNY' }] },
  { note: 'a saying, no money', sentence: '他向来一毛不拔。', figures: [] },
  {
    note: '号 counts people before 人',
    sentence: '礼堂里坐了二百来号人，门外还有四十几号人。',
    figures: [
      { text: '二百来号', kind: 'count', value: 200, unit: '号', approx: 'about' },
      { text: '四十几号', kind: 'count', value: 40, unit: '号', approx: 'over' },
    ],
  },
  { note: '号 numbers elsewhere', sentence: '地铁5号线延长段通车。', figures: [] },
  {
    note: 'spoken floor space after a Chinese numeral',
    sentence: '他们买了一套九十平的房子，原来只有六十平。',
    figures: [
      { text: '九十平', kind: 'quantity', value: 90, unit: 'm2' },
      { text: '六十平', kind: 'quantity', value: 60, unit: 'm2' },
    ],
  },
  {
    note: '瓩 is a kilowatt as Taiwan writes it',
    sentence: '今夏尖峰負載達3,950萬瓩，較去年增加120萬瓩。',
    figures: [
      { text: '3,950萬瓩', kind: 'quantity', value: 39500000000, unit: 'W' },
      { text: '120萬瓩', kind: 'quantity', value: 1200000000, unit: 'W', change: 'up' },
    ],
  },
  // ── Hong Kong and Taiwan dates ────────────────────────────────────
  {
    note: 'a quarter written 第N季 with its movement after it',
    sentence: '首季經濟按年增長2.1%，第三季則按年增長2.6%。',
    figures: [
      { text: '首季', kind: 'date', value: 'XXXX-Q1', unit: 'date' },
      { text: '2.1%', kind: 'percent', value: 2.1, unit: '%', change: 'up' },
      { text: '第三季', kind: 'date', value: 'XXXX-Q3', unit: 'date' },
      { text: '2.6%', kind: 'percent', value: 2.6, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '第二季全港住宅買賣登記為1萬2,480宗。',
    figures: [
      { text: '第二季', kind: 'date', value: 'XXXX-Q2', unit: 'date' },
      { text: '1萬2,480宗', kind: 'count', value: 12480, unit: '宗' },
    ],
  },
  { note: 'a season of a show stays a rank', sentence: '这档综艺第三季下月开播。', figures: [{ text: '第三季', kind: 'ordinal', value: 3, unit: '季' }] },
  {
    note: 'a year of the Republic before 全年',
    sentence: '112年全年進口值為3.6兆元。',
    figures: [
      { text: '112年', kind: 'date', value: '2023', unit: 'date' },
      { text: '3.6兆元', kind: 'money', value: 3600000000000, unit: 'CNY' },
    ],
  },
  {
    note: 'a dateline with the day only',
    sentence: '（中央社記者林小華高雄8日電）高雄港上月貨櫃量增加5%。',
    figures: [
      { text: '8日', kind: 'date', value: 'XXXX-XX-08', unit: 'date' },
      { text: '5%', kind: 'percent', value: 5, unit: '%', change: 'up' },
    ],
  },
  { note: 'no dateline: 日电 of a word', sentence: '中日电力合作项目签约。', figures: [] },
  // ── change ────────────────────────────────────────────────────────
  {
    note: 'a cut of a rate named after 调降',
    sentence: '央行調降存款準備率0.5個百分點。',
    figures: [{ text: '0.5個百分點', kind: 'percentage_point', value: 0.5, unit: 'pp', change: 'down' }],
  },
  {
    note: 'spoken qualifiers between a change and its figure',
    sentence: '菜价涨了差不多三成，房租涨了快一倍。',
    figures: [
      { text: '三成', kind: 'percent', value: 30, unit: '%', change: 'up' },
      { text: '一倍', kind: 'multiple', value: 1, unit: 'x', change: 'up' },
    ],
  },
  {
    note: 'how long a run of rises lasted is no change',
    sentence: '出口連升六個月，物价连跌3个月。',
    figures: [
      { text: '六個月', kind: 'duration', value: 6, unit: 'month', change: '' },
      { text: '3个月', kind: 'duration', value: 3, unit: 'month', change: '' },
    ],
  },
  {
    sentence: '预计夜间降温幅度可能达到10℃。',
    figures: [{ text: '10℃', kind: 'quantity', value: 10, unit: '°C', change: 'down' }],
  },
  // ── markets and science ───────────────────────────────────────────
  {
    sentence: '激光器输出功率为8毫瓦，对照组为12mW。',
    figures: [
      { text: '8毫瓦', kind: 'quantity', value: 0.008, unit: 'W' },
      { text: '12mW', kind: 'quantity', value: 0.012, unit: 'W' },
    ],
  },
  {
    note: 'an amount of substance per volume, in Chinese as in letters',
    sentence: '患者血钾浓度为4.2毫摩尔/升，空腹血糖6.1mmol/L。',
    figures: [
      { text: '4.2毫摩尔/升', kind: 'number', value: 4.2, unit: '毫摩尔/升' },
      { text: '6.1mmol/L', kind: 'number', value: 6.1, unit: 'mmol/L' },
    ],
  },
  {
    sentence: '10年期国债收益率一度下破1.65%，央行同日宣布降准0.25个百分点。',
    figures: [
      { text: '10年', kind: 'duration', value: 10, unit: 'year' },
      { text: '1.65%', kind: 'percent', value: 1.65, unit: '%', approx: 'under' },
      { text: '0.25个百分点', kind: 'percentage_point', value: 0.25, unit: 'pp', change: 'down' },
    ],
  },
  { sentence: '该股盘中涨幅一度超过80%。', figures: [{ text: '80%', kind: 'percent', value: 80, unit: '%', approx: 'over', change: 'up' }] },
  {
    note: '俩 and 仨 are 两 and 三 with their measure word inside; alone they are no figure',
    sentence: '俩人走了两天，他们仨在家。',
    figures: [
      { text: '俩人', kind: 'count', value: 2, unit: '人' },
      { text: '两天', kind: 'duration', value: 2, unit: 'day' },
    ],
  },
  // ── from the stress test of these rules ───────────────────────────
  { note: '号 before a word that begins with 人 is no count of people', sentence: '5号人工岛和3号人行横道已完工。', figures: [] },
  { note: 'a tied score is no floor space', sentence: '双方一度战成十平。', figures: [] },
  { note: 'a set phrase, no money', sentence: '这笔钱一毛一分都不能少。', figures: [] },
  { sentence: '电池容量为3000mWh。', figures: [{ text: '3000mWh', kind: 'quantity', value: 3, unit: 'Wh' }] },
  {
    note: 'a ratio before its name, or after 定格在',
    sentence: '按照1:10的比例配建，比分最终定格在23:21。',
    figures: [
      { text: '1', kind: 'number', value: 1, unit: '' },
      { text: '10', kind: 'number', value: 10, unit: '' },
      { text: '23', kind: 'number', value: 23, unit: '' },
      { text: '21', kind: 'number', value: 21, unit: '' },
    ],
  },
  { note: 'a margin in Chinese numerals', sentence: '以三分之差战胜对手。', figures: [{ text: '三分', kind: 'count', value: 3, unit: '分' }] },
  { note: 'a tour of a band is no quarter', sentence: '樂團第四季全台巡演共12場。', figures: [{ text: '第四季', kind: 'ordinal', value: 4, unit: '季' }, { text: '12場', kind: 'count', value: 12, unit: '场' }] },
  {
    note: 'a quarter before a movement a few words on, and after 今年',
    sentence: '首季来华外国游客增长30%，今年首季訪港旅客亦上升。',
    figures: [
      { text: '首季', kind: 'date', value: 'XXXX-Q1', unit: 'date' },
      { text: '30%', kind: 'percent', value: 30, unit: '%', change: 'up' },
      { text: '首季', kind: 'date', value: 'XXXX-Q1', unit: 'date' },
    ],
  },
  {
    note: 'what a rate is per is no figure, in money too',
    sentence: '按增量部分每1美元给予0.02元奖励，每100元返还5元。',
    figures: [
      { text: '0.02元', kind: 'money', value: 0.02, unit: 'CNY' },
      { text: '5元', kind: 'money', value: 5, unit: 'CNY' },
    ],
  },
  {
    note: 'a cap with what is granted between',
    sentence: '每家企业每年最高补助30万元。',
    figures: [{ text: '30万元', kind: 'money', value: 300000, unit: 'CNY', approx: 'under' }],
  },
  {
    note: 'a rate per hundred people written /百人',
    sentence: '全省移动电话普及率为118.2部/百人。',
    figures: [{ text: '118.2部/百人', kind: 'count', value: 118.2, unit: '部', unit_text: '部/百人' }],
  },
  {
    note: 'a qualifier after 分别 bounds every item of the list',
    sentence: '三年投资分别不低于800亿元、900亿元和1000亿元。',
    figures: [
      { text: '三年', kind: 'duration', value: 3, unit: 'year' },
      { text: '800亿元', kind: 'money', value: 80000000000, unit: 'CNY', approx: 'over' },
      { text: '900亿元', kind: 'money', value: 90000000000, unit: 'CNY', approx: 'over' },
      { text: '1000亿元', kind: 'money', value: 100000000000, unit: 'CNY', approx: 'over' },
    ],
  },
];
