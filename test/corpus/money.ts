/**
 * Money: an amount with a currency. `value` is in the currency's main unit,
 * `unit` is the ISO 4217 code; per-unit prices stay `money` and keep the
 * per-unit part in `unit_text`.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── 元 with magnitudes ──────────────────────────────────────────────
  {
    sentence: '全区实现地区生产总值2876亿元。',
    figures: [{ text: '2876亿元', kind: 'money', value: 287600000000, unit: 'CNY', unit_text: '元' }],
  },
  {
    sentence: '该项目总投资5630万元。',
    figures: [{ text: '5630万元', kind: 'money', value: 56300000, unit: 'CNY', unit_text: '元' }],
  },
  {
    sentence: '全县发放耕地地力保护补贴1.37亿元。',
    figures: [{ text: '1.37亿元', kind: 'money', value: 137000000, unit: 'CNY' }],
  },
  {
    note: 'exact decimal: 46.04亿 is 4604000000, never 4603999999.9999995',
    sentence: '营业收入同比增长12%，达到46.04亿元。',
    figures: [
      { text: '12%', kind: 'percent', value: 12, unit: '%', change: 'up' },
      { text: '46.04亿元', kind: 'money', value: 4604000000, unit: 'CNY', change: '' },
    ],
  },
  {
    sentence: '城镇居民人均可支配收入为48562元。',
    figures: [{ text: '48562元', kind: 'money', value: 48562, unit: 'CNY' }],
  },
  {
    sentence: '城镇最低工资标准调整为每月2100元。',
    figures: [{ text: '2100元', kind: 'money', value: 2100, unit: 'CNY' }],
  },
  {
    note: '一般 in 一般公共预算 is a word, not a figure',
    sentence: '全省一般公共预算支出1.2万亿元。',
    figures: [{ text: '1.2万亿元', kind: 'money', value: 1200000000000, unit: 'CNY' }],
  },
  {
    sentence: '签约项目总金额达1080.5亿元。',
    figures: [{ text: '1080.5亿元', kind: 'money', value: 108050000000, unit: 'CNY' }],
  },
  {
    sentence: '全年实现税收收入2.3亿元，其中增值税1.1亿元。',
    figures: [
      { text: '2.3亿元', kind: 'money', value: 230000000, unit: 'CNY' },
      { text: '1.1亿元', kind: 'money', value: 110000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '全市新增贷款580亿元，其中普惠小微贷款120亿元。',
    figures: [
      { text: '580亿元', kind: 'money', value: 58000000000, unit: 'CNY' },
      { text: '120亿元', kind: 'money', value: 12000000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '企业研发经费投入为73.5亿元，占营业收入的比重为4.1%。',
    figures: [
      { text: '73.5亿元', kind: 'money', value: 7350000000, unit: 'CNY' },
      { text: '4.1%', kind: 'percent', value: 4.1, unit: '%' },
    ],
  },
  {
    sentence: '居民人均医疗保健支出为2156元，增长5.3%。',
    figures: [
      { text: '2156元', kind: 'money', value: 2156, unit: 'CNY' },
      { text: '5.3%', kind: 'percent', value: 5.3, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '公司拟每股派发现金红利0.35元。',
    figures: [{ text: '0.35元', kind: 'money', value: 0.35, unit: 'CNY' }],
  },
  {
    sentence: '玉米收购价为每公斤2.45元。',
    figures: [{ text: '2.45元', kind: 'money', value: 2.45, unit: 'CNY' }],
  },
  {
    sentence: '鸡蛋零售均价为每斤5.6元。',
    figures: [{ text: '5.6元', kind: 'money', value: 5.6, unit: 'CNY' }],
  },
  {
    note: '一次性 is a word: 一次 inside it is not a count',
    sentence: '向返乡创业人员发放一次性补贴5000元。',
    figures: [{ text: '5000元', kind: 'money', value: 5000, unit: 'CNY' }],
  },
  {
    sentence: '项目获得中央预算内投资三点五亿元。',
    figures: [{ text: '三点五亿元', kind: 'money', value: 350000000, unit: 'CNY', unit_text: '元' }],
  },
  {
    sentence: '临时救助标准提高到每人八百元。',
    figures: [{ text: '八百元', kind: 'money', value: 800, unit: 'CNY', change: '' }],
  },
  {
    note: 'thousands separator',
    sentence: '全市旅游总收入为1,268.4亿元。',
    figures: [{ text: '1,268.4亿元', kind: 'money', value: 126840000000, unit: 'CNY' }],
  },

  // ── bare magnitudes ─────────────────────────────────────────────────
  {
    sentence: '全区数字经济核心产业规模突破百亿元。',
    figures: [{ text: '百亿元', kind: 'money', value: 10000000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '全市金融机构资产规模迈入万亿元行列。',
    figures: [{ text: '万亿元', kind: 'money', value: 1000000000000, unit: 'CNY' }],
  },
  {
    sentence: '跨境人民币结算量达到千亿元。',
    figures: [{ text: '千亿元', kind: 'money', value: 100000000000, unit: 'CNY' }],
  },

  // ── other currencies ────────────────────────────────────────────────
  {
    sentence: '全年货物进出口总额为742.38亿美元。',
    figures: [{ text: '742.38亿美元', kind: 'money', value: 74238000000, unit: 'USD', unit_text: '美元' }],
  },
  {
    sentence: '合同外资金额为5800万美元。',
    figures: [{ text: '5800万美元', kind: 'money', value: 58000000, unit: 'USD' }],
  },
  {
    sentence: '全市实际利用外资31.5亿美元，同比下降4.2%。',
    figures: [
      { text: '31.5亿美元', kind: 'money', value: 3150000000, unit: 'USD' },
      { text: '4.2%', kind: 'percent', value: 4.2, unit: '%', change: 'down' },
    ],
  },
  {
    sentence: '全年实际使用外资12.8亿欧元。',
    figures: [{ text: '12.8亿欧元', kind: 'money', value: 1280000000, unit: 'EUR', unit_text: '欧元' }],
  },
  {
    sentence: '该笔跨境融资金额为2.5亿欧元，期限为3年。',
    figures: [
      { text: '2.5亿欧元', kind: 'money', value: 250000000, unit: 'EUR' },
      { text: '3年', kind: 'duration', value: 3, unit: 'year' },
    ],
  },
  {
    sentence: '该车企在日本市场的销售额为350亿日元。',
    figures: [{ text: '350亿日元', kind: 'money', value: 35000000000, unit: 'JPY', unit_text: '日元' }],
  },
  {
    sentence: '该基金共募集资金4.5亿英镑。',
    figures: [{ text: '4.5亿英镑', kind: 'money', value: 450000000, unit: 'GBP', unit_text: '英镑' }],
  },
  {
    sentence: '特区政府拨款80亿港元支持创新科技发展。',
    figures: [{ text: '80亿港元', kind: 'money', value: 8000000000, unit: 'HKD', unit_text: '港元' }],
  },
  {
    sentence: '演唱会门票收入达2.3亿港币。',
    figures: [{ text: '2.3亿港币', kind: 'money', value: 230000000, unit: 'HKD', unit_text: '港币' }],
  },
  {
    note: '澳门元 is MOP, not 澳元 (AUD) and not 元 (CNY)',
    sentence: '博彩毛收入为183亿澳门元。',
    figures: [{ text: '183亿澳门元', kind: 'money', value: 18300000000, unit: 'MOP', unit_text: '澳门元' }],
  },
  {
    sentence: '岛内外销订单金额为520亿新台币。',
    figures: [{ text: '520亿新台币', kind: 'money', value: 52000000000, unit: 'TWD', unit_text: '新台币' }],
  },
  {
    sentence: '双方签约金额达3.6万亿韩元。',
    figures: [{ text: '3.6万亿韩元', kind: 'money', value: 3600000000000, unit: 'KRW', unit_text: '韩元' }],
  },
  {
    sentence: '项目合同金额为15亿卢布。',
    figures: [{ text: '15亿卢布', kind: 'money', value: 1500000000, unit: 'RUB', unit_text: '卢布' }],
  },
  {
    sentence: '哈方在该园区投资约2000亿坚戈。',
    figures: [{ text: '2000亿坚戈', kind: 'money', value: 200000000000, unit: 'KZT', approx: 'about' }],
  },
  {
    sentence: '铁矿石采购金额为9.8亿澳元。',
    figures: [{ text: '9.8亿澳元', kind: 'money', value: 980000000, unit: 'AUD', unit_text: '澳元' }],
  },
  {
    sentence: '油菜籽进口额为6.2亿加元。',
    figures: [{ text: '6.2亿加元', kind: 'money', value: 620000000, unit: 'CAD', unit_text: '加元' }],
  },
  {
    sentence: '钟表出口额为45亿瑞士法郎。',
    figures: [{ text: '45亿瑞士法郎', kind: 'money', value: 4500000000, unit: 'CHF', unit_text: '瑞士法郎' }],
  },
  {
    note: '新加坡元 is SGD, not 元 (CNY)',
    sentence: '外资企业在园区追加投资3.2亿新加坡元。',
    figures: [{ text: '3.2亿新加坡元', kind: 'money', value: 320000000, unit: 'SGD', unit_text: '新加坡元' }],
  },
  {
    note: 'cents are converted to the main unit',
    sentence: '该公司每股派息12美分。',
    figures: [{ text: '12美分', kind: 'money', value: 0.12, unit: 'USD', unit_text: '美分' }],
  },

  // ── per-unit prices ─────────────────────────────────────────────────
  {
    sentence: '棉花现货价格报1.52万元/吨。',
    figures: [{ text: '1.52万元/吨', kind: 'money', value: 15200, unit: 'CNY', unit_text: '元/吨' }],
  },
  {
    sentence: '国际原糖期货报19.6美分/磅。',
    figures: [{ text: '19.6美分/磅', kind: 'money', value: 0.196, unit: 'USD', unit_text: '美分/磅' }],
  },
  {
    sentence: '园区工业用地平均投资强度为8.6亿元/平方公里。',
    figures: [{ text: '8.6亿元/平方公里', kind: 'money', value: 860000000, unit: 'CNY', unit_text: '元/平方公里' }],
  },
  {
    sentence: '猪肉批发价为23.5元/公斤。',
    figures: [{ text: '23.5元/公斤', kind: 'money', value: 23.5, unit: 'CNY', unit_text: '元/公斤' }],
  },
  {
    note: 'a price per kilowatt-hour is money, not a quantity of energy',
    sentence: '工商业电价提高到0.65元/千瓦时。',
    figures: [{ text: '0.65元/千瓦时', kind: 'money', value: 0.65, unit: 'CNY', unit_text: '元/千瓦时', change: '' }],
  },
  {
    sentence: '螺纹钢现货均价为每吨3680元。',
    figures: [{ text: '3680元', kind: 'money', value: 3680, unit: 'CNY' }],
  },

  // ── qualifiers on money ─────────────────────────────────────────────
  {
    sentence: '全省网络零售额首次突破2万亿元。',
    figures: [{ text: '2万亿元', kind: 'money', value: 2000000000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '民营企业贷款余额超过3000亿元。',
    figures: [{ text: '3000亿元', kind: 'money', value: 300000000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '平均每户增收约4800元。',
    figures: [{ text: '4800元', kind: 'money', value: 4800, unit: 'CNY', approx: 'about' }],
  },
  {
    sentence: '社会消费品零售总额近5000亿元。',
    figures: [{ text: '5000亿元', kind: 'money', value: 500000000000, unit: 'CNY', approx: 'under' }],
  },
  {
    sentence: '单个项目投资额不足10万元。',
    figures: [{ text: '10万元', kind: 'money', value: 100000, unit: 'CNY', approx: 'under' }],
  },
  {
    sentence: '实际到位资金逾20亿元。',
    figures: [{ text: '20亿元', kind: 'money', value: 2000000000, unit: 'CNY', approx: 'over' }],
  },
  {
    note: '多 inside the figure is part of its text',
    sentence: '村集体经济收入达到100多万元。',
    figures: [{ text: '100多万元', kind: 'money', value: 1000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '全县筹集防汛救灾资金3000余万元。',
    figures: [{ text: '3000余万元', kind: 'money', value: 30000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '单套房屋总价控制在150万元以内。',
    figures: [{ text: '150万元', kind: 'money', value: 1500000, unit: 'CNY', approx: 'under' }],
  },

  // ── change and lists ────────────────────────────────────────────────
  {
    note: 'a level reached by a change is not a change',
    sentence: '住户存款余额增至8756.3亿元。',
    figures: [{ text: '8756.3亿元', kind: 'money', value: 875630000000, unit: 'CNY', change: '' }],
  },
  {
    sentence: '农村居民人均交通支出减少了200元。',
    figures: [{ text: '200元', kind: 'money', value: 200, unit: 'CNY', change: 'down' }],
  },
  {
    note: 'a list sharing one unit gives one money figure per numeral',
    sentence: '新区三个片区分别投资15、25和40亿元。',
    figures: [
      { text: '三个', kind: 'count', value: 3, unit: '个' },
      { text: '15', kind: 'money', value: 1500000000, unit: 'CNY' },
      { text: '25', kind: 'money', value: 2500000000, unit: 'CNY' },
      { text: '40亿元', kind: 'money', value: 4000000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '每户补助标准由3000元提高到4500元。',
    figures: [
      { text: '3000元', kind: 'money', value: 3000, unit: 'CNY' },
      { text: '4500元', kind: 'money', value: 4500, unit: 'CNY', change: '' },
    ],
  },
];
