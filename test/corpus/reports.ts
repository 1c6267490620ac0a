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
  // ── earthquake magnitudes without 级 ──────────────────────────────
  {
    sentence: '花蓮外海發生芮氏規模7.2地震，震源深度15.5公里。',
    figures: [
      { text: '7.2', kind: 'number', value: 7.2, unit: '级', unit_text: '' },
      { text: '15.5公里', kind: 'quantity', value: 15500, unit: 'm' },
    ],
  },
  { sentence: '當地發生規模5.3的強震。', figures: [{ text: '5.3', kind: 'number', value: 5.3, unit: '级' }] },
  { sentence: '这次地震的震级为5.3，震中位于山区。', figures: [{ text: '5.3', kind: 'number', value: 5.3, unit: '级' }] },
  {
    note: '规模 is the size of anything: a figure with a unit stays what it is, a bare one is none',
    sentence: '项目规模5亿元，规模3.5，增长较快。',
    figures: [{ text: '5亿元', kind: 'money', value: 500000000, unit: 'CNY' }],
  },
  // ── a length of time before 中 ────────────────────────────────────
  {
    note: '中 after minutes, days or weeks starts the next word (中等, 中火) or means "within"; 年中 and 月中 stay dates',
    sentence: '每周至少进行150分钟中等强度运动，在过去3天中共接诊100人，2024年中公司上市。',
    figures: [
      { text: '150分钟', kind: 'duration', value: 150, unit: 'minute', approx: 'over' },
      { text: '3天', kind: 'duration', value: 3, unit: 'day' },
      { text: '100人', kind: 'count', value: 100, unit: '人' },
      { text: '2024年', kind: 'date', value: '2024', unit: 'date' },
    ],
  },
  // ── bounds: 不小于, 不大于, ≥, ≤ ─────────────────────────────────────
  {
    sentence: '卧室面积不小于1.2平方米，阳台不大于50平方米，收缩压≥160毫米汞柱，误差<0.5%。',
    figures: [
      { text: '1.2平方米', kind: 'quantity', value: 1.2, unit: 'm2', approx: 'over' },
      { text: '50平方米', kind: 'quantity', value: 50, unit: 'm2', approx: 'under' },
      { text: '160毫米汞柱', kind: 'quantity', value: 21331.5819864, unit: 'Pa', approx: 'over' },
      { text: '0.5%', kind: 'percent', value: 0.5, unit: '%', approx: 'under' },
    ],
  },
  {
    note: '不低于 is a floor, not a gap to a benchmark: no change',
    sentence: '按照不低于总户数20%的比例配建。',
    figures: [{ text: '20%', kind: 'percent', value: 20, unit: '%', approx: 'over', change: '' }],
  },
  {
    note: 'a qualifier before 占 governs the share, past its base figure',
    sentence: '本次回购股份约占股本总额12.5亿股的0.80%。',
    figures: [
      { text: '12.5亿股', kind: 'count', value: 1250000000, unit: '股', approx: '' },
      { text: '0.80%', kind: 'percent', value: 0.8, unit: '%', approx: 'about' },
    ],
  },
  // ── medicine: rates per 100 and blood pressure ─────────────────────
  {
    sentence: '血液酒精含量为86.4毫克/100毫升，即80mg/100ml以上。',
    figures: [
      { text: '86.4毫克/100毫升', kind: 'quantity', value: 0.0000864, unit: 'kg', unit_text: '毫克/100毫升' },
      { text: '80mg/100ml', kind: 'quantity', value: 0.00008, unit: 'kg', approx: 'over' },
    ],
  },
  {
    sentence: '患者血压140/90毫米汞柱，目标为130/80mmHg以下。',
    figures: [
      { text: '140', kind: 'quantity', value: 18665.1342381, unit: 'Pa' },
      { text: '90毫米汞柱', kind: 'quantity', value: 11999.01486735, unit: 'Pa' },
      { text: '130', kind: 'quantity', value: 17331.91036395, unit: 'Pa' },
      { text: '80mmHg', kind: 'quantity', value: 10665.7909932, unit: 'Pa', approx: 'under' },
    ],
  },
  // ── phases, classes, weekdays and lunar days ───────────────────────
  {
    sentence: '该药已进入三期临床试验，另有1类创新药获批，二类医疗器械3个，全市有3类人员。',
    figures: [
      { text: '3个', kind: 'count', value: 3, unit: '个' },
      { text: '3类', kind: 'count', value: 3, unit: '类' },
    ],
  },
  {
    sentence: '本周六起开始打折，星期三起停课，他腊月二十六回家，每周三次，本周发生三起事故。',
    figures: [
      { text: '三次', kind: 'count', value: 3, unit: '次' },
      { text: '三起', kind: 'count', value: 3, unit: '起' },
    ],
  },
  { sentence: '首付三成就够了。', figures: [{ text: '三成', kind: 'percent', value: 30, unit: '%' }] },
  {
    note: 'the 一 of 一斤 is no dime: the price is per jin',
    sentence: '苹果五块一斤，白菜一块二一斤，三块蛋糕一起买。',
    figures: [
      { text: '五块一斤', kind: 'money', value: 5, unit: 'CNY' },
      { text: '一块二一斤', kind: 'money', value: 1.2, unit: 'CNY' },
      { text: '三块', kind: 'count', value: 3, unit: '块' },
    ],
  },
  {
    sentence: '婴儿满6月龄后添加辅食，11月11日当天前1000名下单的顾客3天前收到通知。',
    figures: [
      { text: '6月龄', kind: 'duration', value: 6, unit: 'month' },
      { text: '11月11日', kind: 'date', value: 'XXXX-11-11', unit: 'date' },
      { text: '前1000名', kind: 'ordinal', value: 1000, unit: '名' },
      { text: '3天', kind: 'duration', value: 3, unit: 'day' },
    ],
  },
  // ── energy, transport and farming ─────────────────────────────────
  {
    sentence: '这款车百公里能源成本约42元，油耗由8升降到6升，一亩收了八千多斤，单位能耗为0.42吨标准煤/万元。',
    figures: [
      { text: '42元', kind: 'money', value: 42, unit: 'CNY', approx: 'about' },
      { text: '8升', kind: 'quantity', value: 8, unit: 'L' },
      { text: '6升', kind: 'quantity', value: 6, unit: 'L' },
      { text: '八千多斤', kind: 'quantity', value: 4000, unit: 'kg', approx: 'over' },
      { text: '0.42吨标准煤/万元', kind: 'quantity', value: 420, unit: 'kg', unit_text: '吨标准煤/万元' },
    ],
  },
  {
    note: 'a hundred kilometres with no amount after it in its clause is a length; 升降机 is a lift',
    sentence: '山脉绵延百公里，工地安装3台升降机。',
    figures: [
      { text: '百公里', kind: 'quantity', value: 100000, unit: 'm' },
      { text: '3台', kind: 'count', value: 3, unit: '台' },
    ],
  },
  {
    sentence: '全年减排二氧化碳33.5万吨，改造提升420万亩，居民消费价格涨幅控制在3%左右。',
    figures: [
      { text: '33.5万吨', kind: 'quantity', value: 335000000, unit: 'kg', change: 'down' },
      { text: '420万亩', kind: 'quantity', value: 2800000000, unit: 'm2', change: '' },
      { text: '3%', kind: 'percent', value: 3, unit: '%', approx: 'about', change: 'up' },
    ],
  },
  // ── company reports ──────────────────────────────────────────────
  {
    sentence: '净息差下降18BP，贷款利率下调25bp，收益率上行15bps，毛利率提升2.3pct，出生率下降0.41个千分点。',
    figures: [
      { text: '18BP', kind: 'percentage_point', value: 0.18, unit: 'pp', change: 'down' },
      { text: '25bp', kind: 'percentage_point', value: 0.25, unit: 'pp', change: 'down' },
      { text: '15bps', kind: 'percentage_point', value: 0.15, unit: 'pp', change: 'up' },
      { text: '2.3pct', kind: 'percentage_point', value: 2.3, unit: 'pp', change: 'up' },
      { text: '0.41个千分点', kind: 'percentage_point', value: 0.041, unit: 'pp', change: 'down' },
    ],
  },
  {
    sentence: '公司披露2025年半年度报告，2025Q1营收增长，25Q3和2025H1毛利率回升，型号A2025Q1。',
    figures: [
      { text: '2025年半年度', kind: 'date', value: '2025-H1', unit: 'date' },
      { text: '2025Q1', kind: 'date', value: '2025-Q1', unit: 'date' },
      { text: '25Q3', kind: 'date', value: '2025-Q3', unit: 'date' },
      { text: '2025H1', kind: 'date', value: '2025-H1', unit: 'date' },
    ],
  },
  {
    sentence: '本期债券期限为3+2年，票面利率2.5%。',
    figures: [
      { text: '3', kind: 'duration', value: 3, unit: 'year' },
      { text: '2年', kind: 'duration', value: 2, unit: 'year' },
      { text: '2.5%', kind: 'percent', value: 2.5, unit: '%' },
    ],
  },
  {
    sentence: '航班量单日最高达到1.75万班，气温最高可达40℃。',
    figures: [
      { text: '1.75万班', kind: 'count', value: 17500, unit: '班', approx: '' },
      { text: '40℃', kind: 'quantity', value: 40, unit: '°C', approx: 'under' },
    ],
  },
  // ── a length of time before an amount; a yield per unit ───────────
  {
    note: 'one of a length of time before an amount is still a length of time (the spec has no exception for what it is per)',
    sentence: '那会儿一个月工资才三十几块钱，降压药一天吃两次，用了一年建成3座桥，五花肉一斤半切成3厘米见方的块。',
    figures: [
      { text: '一个月', kind: 'duration', value: 1, unit: 'month' },
      { text: '三十几块钱', kind: 'money', value: 30, unit: 'CNY', approx: 'over' },
      { text: '一天', kind: 'duration', value: 1, unit: 'day' },
      { text: '两次', kind: 'count', value: 2, unit: '次' },
      { text: '一年', kind: 'duration', value: 1, unit: 'year' },
      { text: '3座', kind: 'count', value: 3, unit: '座' },
      { text: '一斤半', kind: 'quantity', value: 0.75, unit: 'kg' },
      { text: '3厘米', kind: 'quantity', value: 0.03, unit: 'm' },
    ],
  },
  {
    note: 'a gap to a benchmark in an amount is a change; rings of a shooting score; ring roads are none',
    sentence: '该市每万人拥有执业医师32.5人，高于全省平均水平4.1人；该选手以总成绩245.6环夺冠；家住三环，5环内限行。',
    figures: [
      { text: '32.5人', kind: 'count', value: 32.5, unit: '人', change: '' },
      { text: '4.1人', kind: 'count', value: 4.1, unit: '人', change: 'up' },
      { text: '245.6环', kind: 'count', value: 245.6, unit: '环' },
    ],
  },
  // ── world news and markets ───────────────────────────────────────
  {
    sentence: '工党赢得411席，北约32个成员国表示支持，1美元兑0.88瑞郎，该国发生6.8级强烈地震。',
    figures: [
      { text: '411席', kind: 'count', value: 411, unit: '席' },
      { text: '32个', kind: 'count', value: 32, unit: '个', approx: '' },
      { text: '1美元', kind: 'money', value: 1, unit: 'USD' },
      { text: '0.88瑞郎', kind: 'money', value: 0.88, unit: 'CHF' },
      { text: '6.8级', kind: 'number', value: 6.8, unit: '级' },
    ],
  },
  {
    sentence: '恒指收高0.3%，股价重挫12%，经济收缩0.5%，标准普尔500种股票指数上涨0.2%。',
    figures: [
      { text: '0.3%', kind: 'percent', value: 0.3, unit: '%', change: 'up' },
      { text: '12%', kind: 'percent', value: 12, unit: '%', change: 'down' },
      { text: '0.5%', kind: 'percent', value: 0.5, unit: '%', change: 'down' },
      { text: '0.2%', kind: 'percent', value: 0.2, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '两只股票分别以1.91%和1.42%的涨幅领涨。',
    figures: [
      { text: '两只', kind: 'count', value: 2, unit: '只' },
      { text: '1.91%', kind: 'percent', value: 1.91, unit: '%', change: 'up' },
      { text: '1.42%', kind: 'percent', value: 1.42, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'a unit of account: no figure starts at the magnitude inside 百万',
    sentence: '财报中的金额单位为百万美元，数据以千万元计，投资数十亿元。',
    figures: [{ text: '数十亿元', kind: 'money', value: 1000000000, unit: 'CNY', approx: 'over' }],
  },
  // ── look-alikes of today's rules ─────────────────────────────────
  {
    note: 'only …种股票指数 is an index name; 减排 naming a kind of project is no change; winds of any direction',
    sentence: '买入3种股票，节能减排项目投资2亿元，有3级东南风，约三成就业人员从事服务业，一亩地能多打200斤粮食。',
    figures: [
      { text: '3种', kind: 'count', value: 3, unit: '种' },
      { text: '2亿元', kind: 'money', value: 200000000, unit: 'CNY', change: '' },
      { text: '3级', kind: 'number', value: 3, unit: '级' },
      { text: '三成', kind: 'percent', value: 30, unit: '%', approx: 'about' },
      { text: '200斤', kind: 'quantity', value: 100, unit: 'kg' },
    ],
  },
  // ── technology and web prose ─────────────────────────────────────
  {
    sentence: '该店铺销售额破亿，搭载三元锂电池，88VIP会员数量超过4200万，存储总容量超过1580EB，配备64核处理器，用户可享立减500元优惠。',
    figures: [
      { text: '亿', kind: 'number', value: 100000000, unit: '', approx: 'over' },
      { text: '4200万', kind: 'number', value: 42000000, unit: '', approx: 'over' },
      { text: '1580EB', kind: 'quantity', value: 1.58e21, unit: 'B', approx: 'over' },
      { text: '64核', kind: 'count', value: 64, unit: '核' },
      { text: '500元', kind: 'money', value: 500, unit: 'CNY', change: 'down' },
    ],
  },
  {
    sentence: '累计播放量达3.2亿次，人均流量达到20.16GB/户·月。',
    figures: [
      { text: '3.2亿次', kind: 'count', value: 320000000, unit: '次', change: '' },
      { text: '20.16GB/户·月', kind: 'quantity', value: 20160000000, unit: 'B', unit_text: 'GB/户·月' },
    ],
  },
  // ── policy documents ─────────────────────────────────────────────
  {
    note: 'an article heading leaves nothing behind; 以上 before the second bound; a bound between a change and its figure; 最低 inside a noun',
    sentence: '第十二条　对违规单位处1万元以上5万元以下罚款，专项资金年均增长不低于5%，按当地最低工资标准的70%给予补贴。',
    figures: [
      { text: '1万元', kind: 'money', value: 10000, unit: 'CNY', approx: 'over' },
      { text: '5万元', kind: 'money', value: 50000, unit: 'CNY', approx: 'under' },
      { text: '5%', kind: 'percent', value: 5, unit: '%', approx: 'over', change: 'up' },
      { text: '70%', kind: 'percent', value: 70, unit: '%', approx: '' },
    ],
  },
  {
    note: 'two digits past 24 after a change are points; a time of day is none',
    sentence: '恒指跌45点，中间价调贬56点，下午3点收盘。',
    figures: [
      { text: '45点', kind: 'number', value: 45, unit: '点', change: 'down' },
      { text: '56点', kind: 'number', value: 56, unit: '点', change: 'down' },
    ],
  },
  {
    note: 'sizes and memory with the unit written once; a power of ten and a fraction with a unit are no size list',
    sentence: '车身长宽高为4980×1960×1480毫米，手机有8+256GB版本，误差2×10^-3米，螺丝1/2英寸。',
    figures: [
      { text: '4980', kind: 'quantity', value: 4.98, unit: 'm' },
      { text: '1960', kind: 'quantity', value: 1.96, unit: 'm' },
      { text: '1480毫米', kind: 'quantity', value: 1.48, unit: 'm' },
      { text: '8', kind: 'quantity', value: 8e9, unit: 'B' },
      { text: '256GB', kind: 'quantity', value: 2.56e11, unit: 'B' },
      { text: '2×10^-3米', kind: 'quantity', value: 0.002, unit: 'm' },
    ],
  },
  {
    note: '年中 after a number of years is "in those years"; after a year, the middle of it (a date)',
    sentence: '过去5年中有3年粮食增产，2024年中公司上市。',
    figures: [
      { text: '5年', kind: 'duration', value: 5, unit: 'year' },
      { text: '3年', kind: 'duration', value: 3, unit: 'year' },
      { text: '2024年', kind: 'date', value: '2024', unit: 'date' },
    ],
  },
];
