/**
 * Percentages (`%`), percentage points (`pp`) and multiples (`x`).
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── percent: Arabic and full-width ──────────────────────────────────
  {
    note: '以上 inside 规模以上 stands after no figure',
    sentence: '全市规模以上工业增加值同比增长8.3%。',
    figures: [{ text: '8.3%', kind: 'percent', value: 8.3, unit: '%', change: 'up' }],
  },
  {
    sentence: '城镇调查失业率为5.1%。',
    figures: [{ text: '5.1%', kind: 'percent', value: 5.1, unit: '%', change: '' }],
  },
  {
    sentence: '居民消费价格同比上涨0.4%。',
    figures: [{ text: '0.4%', kind: 'percent', value: 0.4, unit: '%', change: 'up' }],
  },
  {
    sentence: '工业生产者出厂价格同比下降2.8%。',
    figures: [{ text: '2.8%', kind: 'percent', value: 2.8, unit: '%', change: 'down' }],
  },
  {
    note: 'full-width digits and ％ stay full-width in text',
    sentence: '高技术制造业增加值同比增长１５．６２％。',
    figures: [{ text: '１５．６２％', kind: 'percent', value: 15.62, unit: '%', change: 'up' }],
  },
  {
    sentence: '全社会研发经费投入强度达到2.68%。',
    figures: [{ text: '2.68%', kind: 'percent', value: 2.68, unit: '%' }],
  },
  {
    note: 'a level reached by a change is not a change',
    sentence: '森林覆盖率提高到24.02%。',
    figures: [{ text: '24.02%', kind: 'percent', value: 24.02, unit: '%', change: '' }],
  },
  {
    sentence: '服务业增加值占地区生产总值的比重为62.3%。',
    figures: [{ text: '62.3%', kind: 'percent', value: 62.3, unit: '%' }],
  },
  {
    sentence: '有45.6%的企业扩大了研发投入。',
    figures: [{ text: '45.6%', kind: 'percent', value: 45.6, unit: '%' }],
  },
  {
    sentence: '就业人员中女性占比为43.7%。',
    figures: [{ text: '43.7%', kind: 'percent', value: 43.7, unit: '%' }],
  },
  {
    sentence: '空气质量优良天数比例为88.2%。',
    figures: [{ text: '88.2%', kind: 'percent', value: 88.2, unit: '%' }],
  },
  {
    sentence: '全市居民消费价格总水平上涨2%。',
    figures: [{ text: '2%', kind: 'percent', value: 2, unit: '%', change: 'up' }],
  },
  {
    sentence: '粮食播种面积增长0.6%，产量增长2.7%。',
    figures: [
      { text: '0.6%', kind: 'percent', value: 0.6, unit: '%', change: 'up' },
      { text: '2.7%', kind: 'percent', value: 2.7, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '城镇和农村居民人均可支配收入分别增长4.9%和6.7%。',
    figures: [
      { text: '4.9%', kind: 'percent', value: 4.9, unit: '%' },
      { text: '6.7%', kind: 'percent', value: 6.7, unit: '%' },
    ],
  },
  {
    sentence: '农业、工业和服务业增加值分别增长5.2%、6.1%和4.8%。',
    figures: [
      { text: '5.2%', kind: 'percent', value: 5.2, unit: '%' },
      { text: '6.1%', kind: 'percent', value: 6.1, unit: '%' },
      { text: '4.8%', kind: 'percent', value: 4.8, unit: '%' },
    ],
  },

  // ── percent: signs ──────────────────────────────────────────────────
  {
    note: '负 is part of the text and the value; 增速 is a rate noun, not a change',
    sentence: '规上工业利润增速为负3.9%。',
    figures: [{ text: '负3.9%', kind: 'percent', value: -3.9, unit: '%', change: '' }],
  },
  {
    note: 'the sign is kept; change still comes only from the word 增长',
    sentence: '进口额同比增长-5%。',
    figures: [{ text: '-5%', kind: 'percent', value: -5, unit: '%', change: 'up' }],
  },

  // ── percent: Chinese forms ──────────────────────────────────────────
  {
    sentence: '行政经费压减百分之八。',
    figures: [{ text: '百分之八', kind: 'percent', value: 8, unit: '%' }],
  },
  {
    sentence: '该项指标达到百分之三十二点五。',
    figures: [{ text: '百分之三十二点五', kind: 'percent', value: 32.5, unit: '%' }],
  },
  {
    sentence: '农村自来水普及率达到百分之百。',
    figures: [{ text: '百分之百', kind: 'percent', value: 100, unit: '%' }],
  },
  {
    sentence: '手续费率仅为百分之零点五。',
    figures: [{ text: '百分之零点五', kind: 'percent', value: 0.5, unit: '%' }],
  },
  {
    sentence: '新能源汽车市场渗透率超过三成。',
    figures: [{ text: '三成', kind: 'percent', value: 30, unit: '%', approx: 'over' }],
  },
  {
    sentence: '近四成受访企业表示订单增加。',
    figures: [{ text: '四成', kind: 'percent', value: 40, unit: '%', approx: 'under' }],
  },
  {
    sentence: '企业物流成本下降两成。',
    figures: [{ text: '两成', kind: 'percent', value: 20, unit: '%', change: 'down' }],
  },
  {
    sentence: '电商渠道销售额占比超过五成。',
    figures: [{ text: '五成', kind: 'percent', value: 50, unit: '%', approx: 'over' }],
  },
  {
    note: '一成 here is 10%, unlike the idiom 一成不变',
    sentence: '亏损企业数量下降一成。',
    figures: [{ text: '一成', kind: 'percent', value: 10, unit: '%', change: 'down' }],
  },
  {
    note: 'per mille: 6.39‰ is 0.639 percent',
    sentence: '全市人口出生率为6.39‰。',
    figures: [{ text: '6.39‰', kind: 'percent', value: 0.639, unit: '%' }],
  },
  {
    sentence: '人口自然增长率为-0.35‰。',
    figures: [{ text: '-0.35‰', kind: 'percent', value: -0.035, unit: '%' }],
  },
  {
    sentence: '不良贷款率控制在千分之三以内。',
    figures: [{ text: '千分之三', kind: 'percent', value: 0.3, unit: '%', approx: 'under' }],
  },
  {
    sentence: '交易佣金费率为万分之五。',
    figures: [{ text: '万分之五', kind: 'percent', value: 0.05, unit: '%' }],
  },
  {
    note: 'a discount: 八折 is 80 percent of the price',
    sentence: '景区门票按八折优惠。',
    figures: [{ text: '八折', kind: 'percent', value: 80, unit: '%' }],
  },
  {
    sentence: '会员购书可享七五折。',
    figures: [{ text: '七五折', kind: 'percent', value: 75, unit: '%' }],
  },
  {
    sentence: '会员日全场商品九五折。',
    figures: [{ text: '九五折', kind: 'percent', value: 95, unit: '%' }],
  },
  {
    sentence: '部分过季商品对折销售。',
    figures: [{ text: '对折', kind: 'percent', value: 50, unit: '%' }],
  },

  // ── percent: approx, change nouns, benchmarks ───────────────────────
  {
    sentence: '消费对经济增长的贡献率达到60%以上。',
    figures: [{ text: '60%', kind: 'percent', value: 60, unit: '%', approx: 'over' }],
  },
  {
    sentence: '全省居民医保参保率稳定在95%以上。',
    figures: [{ text: '95%', kind: 'percent', value: 95, unit: '%', approx: 'over' }],
  },
  {
    sentence: '单位地区生产总值能耗下降13.5%左右。',
    figures: [{ text: '13.5%', kind: 'percent', value: 13.5, unit: '%', approx: 'about', change: 'down' }],
  },
  {
    sentence: '社会消费品零售总额增幅为7.6%。',
    figures: [{ text: '7.6%', kind: 'percent', value: 7.6, unit: '%', change: 'up' }],
  },
  {
    sentence: '主要股指全年跌幅达3.2%。',
    figures: [{ text: '3.2%', kind: 'percent', value: 3.2, unit: '%', change: 'down' }],
  },
  {
    sentence: '全员劳动生产率增长率为4.5%。',
    figures: [{ text: '4.5%', kind: 'percent', value: 4.5, unit: '%', change: '' }],
  },
  {
    sentence: '全市固定资产投资平均增速为6.5%。',
    figures: [{ text: '6.5%', kind: 'percent', value: 6.5, unit: '%', change: '' }],
  },
  {
    note: 'a benchmark compared against is not a change',
    sentence: '该市城镇化率低于65%的全省水平。',
    figures: [{ text: '65%', kind: 'percent', value: 65, unit: '%', change: '' }],
  },

  // ── percentage points ───────────────────────────────────────────────
  {
    sentence: '制造业增加值占比提高2个百分点。',
    figures: [{ text: '2个百分点', kind: 'percentage_point', value: 2, unit: 'pp', change: 'up' }],
  },
  {
    sentence: '城镇调查失业率下降0.5个百分点。',
    figures: [{ text: '0.5个百分点', kind: 'percentage_point', value: 0.5, unit: 'pp', change: 'down' }],
  },
  {
    sentence: '工业产能利用率回落1.2个百分点。',
    figures: [{ text: '1.2个百分点', kind: 'percentage_point', value: 1.2, unit: 'pp', change: 'down' }],
  },
  {
    sentence: '人均消费支出增速高出收入增速0.8个百分点。',
    figures: [{ text: '0.8个百分点', kind: 'percentage_point', value: 0.8, unit: 'pp' }],
  },
  {
    sentence: '服务业占比提高1.3个百分点，达到56.2%。',
    figures: [
      { text: '1.3个百分点', kind: 'percentage_point', value: 1.3, unit: 'pp', change: 'up' },
      { text: '56.2%', kind: 'percent', value: 56.2, unit: '%', change: '' },
    ],
  },
  {
    note: 'the rate reached after 至 is a level, not a change',
    sentence: '首套房贷利率下降0.3个百分点至3.85%。',
    figures: [
      { text: '0.3个百分点', kind: 'percentage_point', value: 0.3, unit: 'pp', change: 'down' },
      { text: '3.85%', kind: 'percent', value: 3.85, unit: '%', change: '' },
    ],
  },
  {
    sentence: '研发人员占比提高三个百分点。',
    figures: [{ text: '三个百分点', kind: 'percentage_point', value: 3, unit: 'pp', change: 'up' }],
  },
  {
    note: 'Traditional script 個百分點',
    sentence: '全年失業率下降0.4個百分點。',
    figures: [{ text: '0.4個百分點', kind: 'percentage_point', value: 0.4, unit: 'pp', change: 'down' }],
  },

  // ── multiples ───────────────────────────────────────────────────────
  {
    sentence: '人均地区生产总值是全国平均水平的1.8倍。',
    figures: [{ text: '1.8倍', kind: 'multiple', value: 1.8, unit: 'x', change: '' }],
  },
  {
    note: '增长2倍 is a multiple with change up (value 2, as written)',
    sentence: '出口额增长2倍。',
    figures: [{ text: '2倍', kind: 'multiple', value: 2, unit: 'x', change: 'up' }],
  },
  {
    sentence: '跨境电商交易额增长1.5倍。',
    figures: [{ text: '1.5倍', kind: 'multiple', value: 1.5, unit: 'x', change: 'up' }],
  },
  {
    sentence: '新能源汽车出口量增长两倍。',
    figures: [{ text: '两倍', kind: 'multiple', value: 2, unit: 'x', change: 'up' }],
  },
  {
    note: '翻一番 doubles',
    sentence: '城乡居民人均收入实现翻一番。',
    figures: [{ text: '翻一番', kind: 'multiple', value: 2, unit: 'x' }],
  },
  {
    note: '翻两番 quadruples',
    sentence: '全市经济总量实现翻两番。',
    figures: [{ text: '翻两番', kind: 'multiple', value: 4, unit: 'x' }],
  },
  {
    note: 'a factor reached (扩大到) is a level, not a change',
    sentence: '园区产值扩大到原来的4倍。',
    figures: [{ text: '4倍', kind: 'multiple', value: 4, unit: 'x', change: '' }],
  },
  {
    sentence: '新能源汽车产量为燃油车的0.6倍。',
    figures: [{ text: '0.6倍', kind: 'multiple', value: 0.6, unit: 'x' }],
  },
];
