/**
 * Qualifiers: approximation words, ranges, lists that share a unit, and the
 * change (up/down) versus level distinction.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── about: 约 大约 左右 上下 近似 ─────────────────────────────────────
  {
    sentence: '全市共有快递员约3000名。',
    figures: [{ text: '3000名', kind: 'count', value: 3000, unit: '名', approx: 'about' }],
  },
  {
    sentence: '该项目投资大约8亿元。',
    figures: [{ text: '8亿元', kind: 'money', value: 800000000, unit: 'CNY', approx: 'about' }],
  },
  {
    note: '左右 after the figure is not part of its text',
    sentence: '全年降水量为600毫米左右。',
    figures: [{ text: '600毫米', kind: 'quantity', value: 0.6, unit: 'm', approx: 'about' }],
  },
  {
    sentence: '全市常住人口增长1%左右。',
    figures: [{ text: '1%', kind: 'percent', value: 1, unit: '%', approx: 'about', change: 'up' }],
  },
  {
    sentence: '该品种的年产量在50万吨上下。',
    figures: [{ text: '50万吨', kind: 'quantity', value: 500000000, unit: 'kg', approx: 'about' }],
  },
  {
    note: '近似 is about, not the 近 of under',
    sentence: '该地块面积近似为3平方公里。',
    figures: [{ text: '3平方公里', kind: 'quantity', value: 3000000, unit: 'm2', approx: 'about' }],
  },
  {
    sentence: '居民消费支出同比增长约8%。',
    figures: [{ text: '8%', kind: 'percent', value: 8, unit: '%', approx: 'about', change: 'up' }],
  },

  // ── over: 余 多 几 超 超过 逾 以上 突破 ──────────────────────────────
  {
    sentence: '全市有300余名医护人员参加救援。',
    figures: [{ text: '300余名', kind: 'count', value: 300, unit: '名', approx: 'over' }],
  },
  {
    note: '余 in 厨余 follows no numeral',
    sentence: '日处理厨余垃圾20多吨。',
    figures: [{ text: '20多吨', kind: 'quantity', value: 20000, unit: 'kg', approx: 'over' }],
  },
  {
    sentence: '全县共有十几家农产品加工企业。',
    figures: [{ text: '十几家', kind: 'count', value: 10, unit: '家', approx: 'over' }],
  },
  {
    note: '超 before the figure is not part of its text',
    sentence: '全年引进重大项目超30个。',
    figures: [{ text: '30个', kind: 'count', value: 30, unit: '个', approx: 'over' }],
  },
  {
    sentence: '跨境电商进出口额超过500亿元。',
    figures: [{ text: '500亿元', kind: 'money', value: 50000000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '居家养老服务对象逾5000户。',
    figures: [{ text: '5000户', kind: 'count', value: 5000, unit: '户', approx: 'over' }],
  },
  {
    sentence: '主要农作物良种覆盖率达到96%以上。',
    figures: [{ text: '96%', kind: 'percent', value: 96, unit: '%', approx: 'over' }],
  },
  {
    sentence: '全年旅游总收入突破1万亿元。',
    figures: [{ text: '1万亿元', kind: 'money', value: 1000000000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '进出口总额增长超过两成。',
    figures: [{ text: '两成', kind: 'percent', value: 20, unit: '%', approx: 'over', change: 'up' }],
  },

  // ── under: 近 将近 不到 不足 以下 以内 ─────────────────────────────
  {
    sentence: '全市共有近3000家民宿。',
    figures: [{ text: '3000家', kind: 'count', value: 3000, unit: '家', approx: 'under' }],
  },
  {
    sentence: '将近2万人参加了健步走活动。',
    figures: [{ text: '2万人', kind: 'count', value: 20000, unit: '人', approx: 'under' }],
  },
  {
    sentence: '部分项目的完成率不到60%。',
    figures: [{ text: '60%', kind: 'percent', value: 60, unit: '%', approx: 'under' }],
  },
  {
    sentence: '该镇常住人口不足5000人。',
    figures: [{ text: '5000人', kind: 'count', value: 5000, unit: '人', approx: 'under' }],
  },
  {
    sentence: '城镇调查失业率控制在5.5%以下。',
    figures: [{ text: '5.5%', kind: 'percent', value: 5.5, unit: '%', approx: 'under' }],
  },
  {
    sentence: '居民消费价格涨幅控制在3%以内。',
    figures: [{ text: '3%', kind: 'percent', value: 3, unit: '%', approx: 'under' }],
  },
  {
    sentence: '工业增加值占比下降近5个百分点。',
    figures: [{ text: '5个百分点', kind: 'percentage_point', value: 5, unit: 'pp', approx: 'under', change: 'down' }],
  },
  {
    sentence: '全年新增就业岗位1.5万个。',
    figures: [{ text: '1.5万个', kind: 'count', value: 15000, unit: '个', approx: '' }],
  },

  // ── ranges: one figure, value low end, value_max high end ───────────
  {
    sentence: '每次献血量为150到200毫升。',
    figures: [{ text: '150到200毫升', kind: 'quantity', value: 0.15, value_max: 0.2, unit: 'L' }],
  },
  {
    sentence: '招募对象为18岁至45岁的健康居民。',
    figures: [{ text: '18岁至45岁', kind: 'count', value: 18, value_max: 45, unit: '岁' }],
  },
  {
    sentence: '规划建设周期为3—5年。',
    figures: [{ text: '3—5年', kind: 'duration', value: 3, value_max: 5, unit: 'year' }],
  },
  {
    sentence: '单个项目的投资规模为10~20亿元。',
    figures: [{ text: '10~20亿元', kind: 'money', value: 1000000000, value_max: 2000000000, unit: 'CNY' }],
  },
  {
    note: 'the magnitude written once applies to both ends: 30000 to 50000',
    sentence: '每户可获得3至5万元补贴。',
    figures: [{ text: '3至5万元', kind: 'money', value: 30000, value_max: 50000, unit: 'CNY' }],
  },
  {
    sentence: '每户补助5000元至1万元。',
    figures: [{ text: '5000元至1万元', kind: 'money', value: 5000, value_max: 10000, unit: 'CNY' }],
  },
  {
    sentence: '优质大米每吨售价为3000至5000元。',
    figures: [{ text: '3000至5000元', kind: 'money', value: 3000, value_max: 5000, unit: 'CNY' }],
  },
  {
    sentence: '预计总投资约80至100亿元。',
    figures: [{ text: '80至100亿元', kind: 'money', value: 8000000000, value_max: 10000000000, unit: 'CNY', approx: 'about' }],
  },
  {
    sentence: '预计全年经济增速在5%至6%之间。',
    figures: [{ text: '5%至6%', kind: 'percent', value: 5, value_max: 6, unit: '%', change: '' }],
  },
  {
    sentence: '新品种每亩可增产50到80公斤。',
    figures: [{ text: '50到80公斤', kind: 'quantity', value: 50, value_max: 80, unit: 'kg' }],
  },
  {
    sentence: '新线开通后出行时间可缩短1至2小时。',
    figures: [{ text: '1至2小时', kind: 'duration', value: 1, value_max: 2, unit: 'hour' }],
  },
  {
    sentence: '贷款利率下调0.1至0.2个百分点。',
    figures: [{ text: '0.1至0.2个百分点', kind: 'percentage_point', value: 0.1, value_max: 0.2, unit: 'pp', change: 'down' }],
  },
  {
    sentence: '新能源汽车出口量增长1.5—2倍。',
    figures: [{ text: '1.5—2倍', kind: 'multiple', value: 1.5, value_max: 2, unit: 'x', change: 'up' }],
  },
  {
    sentence: '每场活动预计吸引2万至3万人。',
    figures: [{ text: '2万至3万人', kind: 'count', value: 20000, value_max: 30000, unit: '人' }],
  },
  {
    sentence: '单个展馆面积在2000—3000平方米。',
    figures: [{ text: '2000—3000平方米', kind: 'quantity', value: 2000, value_max: 3000, unit: 'm2' }],
  },

  // ── lists sharing one unit ──────────────────────────────────────────
  {
    sentence: '各项指标分别提高1.2、0.8和1.5个百分点。',
    figures: [
      { text: '1.2', kind: 'percentage_point', value: 1.2, unit: 'pp' },
      { text: '0.8', kind: 'percentage_point', value: 0.8, unit: 'pp' },
      { text: '1.5个百分点', kind: 'percentage_point', value: 1.5, unit: 'pp' },
    ],
  },
  {
    sentence: '东、中、西部地区分别投资15、20和30亿元。',
    figures: [
      { text: '15', kind: 'money', value: 1500000000, unit: 'CNY' },
      { text: '20', kind: 'money', value: 2000000000, unit: 'CNY' },
      { text: '30亿元', kind: 'money', value: 3000000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '各园区分别新增企业12、15和20家。',
    figures: [
      { text: '12', kind: 'count', value: 12, unit: '家' },
      { text: '15', kind: 'count', value: 15, unit: '家' },
      { text: '20家', kind: 'count', value: 20, unit: '家' },
    ],
  },
  {
    sentence: '新建线路分别长120、150和180公里。',
    figures: [
      { text: '120', kind: 'quantity', value: 120000, unit: 'm' },
      { text: '150', kind: 'quantity', value: 150000, unit: 'm' },
      { text: '180公里', kind: 'quantity', value: 180000, unit: 'm' },
    ],
  },
  {
    note: 'each numeral keeps its own magnitude and takes the shared unit',
    sentence: '粮食、棉花和油料产量分别为12.5万、8.3万和6.1万吨。',
    figures: [
      { text: '12.5万', kind: 'quantity', value: 125000000, unit: 'kg' },
      { text: '8.3万', kind: 'quantity', value: 83000000, unit: 'kg' },
      { text: '6.1万吨', kind: 'quantity', value: 61000000, unit: 'kg' },
    ],
  },

  // ── change versus level ─────────────────────────────────────────────
  {
    sentence: '出口额同比增长27.36%。',
    figures: [{ text: '27.36%', kind: 'percent', value: 27.36, unit: '%', change: 'up' }],
  },
  {
    sentence: '营业收入增长21.5%。',
    figures: [{ text: '21.5%', kind: 'percent', value: 21.5, unit: '%', change: 'up' }],
  },
  {
    sentence: '居民消费价格环比下降1.2%。',
    figures: [{ text: '1.2%', kind: 'percent', value: 1.2, unit: '%', change: 'down' }],
  },
  {
    sentence: '城镇调查失业率下降0.3个百分点。',
    figures: [{ text: '0.3个百分点', kind: 'percentage_point', value: 0.3, unit: 'pp', change: 'down' }],
  },
  {
    sentence: '高技术产业投资占比提高2.1个百分点。',
    figures: [{ text: '2.1个百分点', kind: 'percentage_point', value: 2.1, unit: 'pp', change: 'up' }],
  },
  {
    sentence: '新能源汽车产量增长2倍。',
    figures: [{ text: '2倍', kind: 'multiple', value: 2, unit: 'x', change: 'up' }],
  },
  {
    note: '降幅 names a direction: down',
    sentence: '房地产开发投资降幅达9.7%。',
    figures: [{ text: '9.7%', kind: 'percent', value: 9.7, unit: '%', change: 'down' }],
  },
  {
    note: '涨幅 names a direction: up',
    sentence: '新建住宅价格实现1.6%的涨幅。',
    figures: [{ text: '1.6%', kind: 'percent', value: 1.6, unit: '%', change: 'up' }],
  },
  {
    sentence: '货物进出口增幅为9.1%。',
    figures: [{ text: '9.1%', kind: 'percent', value: 9.1, unit: '%', change: 'up' }],
  },
  {
    sentence: '国际原油价格跌幅达8.6%。',
    figures: [{ text: '8.6%', kind: 'percent', value: 8.6, unit: '%', change: 'down' }],
  },
  {
    sentence: '居民消费价格涨幅为3.1%。',
    figures: [{ text: '3.1%', kind: 'percent', value: 3.1, unit: '%', change: 'up' }],
  },
  {
    note: '增速 is a rate noun: no direction',
    sentence: '全年经济增速为6.2%。',
    figures: [{ text: '6.2%', kind: 'percent', value: 6.2, unit: '%', change: '' }],
  },
  {
    note: '增长率 is a rate noun: no direction',
    sentence: '全市常住人口增长率为0.5%。',
    figures: [{ text: '0.5%', kind: 'percent', value: 0.5, unit: '%', change: '' }],
  },
  {
    note: 'a level reached by a change is not a change',
    sentence: '金融机构存款余额增至5216.8亿元。',
    figures: [{ text: '5216.8亿元', kind: 'money', value: 521680000000, unit: 'CNY', change: '' }],
  },
  {
    sentence: '甘蔗收购价格提高到560元/吨。',
    figures: [{ text: '560元/吨', kind: 'money', value: 560, unit: 'CNY', unit_text: '元/吨', change: '' }],
  },
  {
    sentence: '电解铜现货价格涨至7.2万元/吨。',
    figures: [{ text: '7.2万元/吨', kind: 'money', value: 72000, unit: 'CNY', unit_text: '元/吨', change: '' }],
  },
  {
    sentence: '制造业采购经理指数回升至50.2%。',
    figures: [{ text: '50.2%', kind: 'percent', value: 50.2, unit: '%', change: '' }],
  },
  {
    sentence: '农业增加值比重下降到6.8%。',
    figures: [{ text: '6.8%', kind: 'percent', value: 6.8, unit: '%', change: '' }],
  },
  {
    sentence: '城乡居民收入比下降到2.1∶1。',
    figures: [
      { text: '2.1', kind: 'number', value: 2.1, unit: '', change: '' },
      { text: '1', kind: 'number', value: 1, unit: '', change: '' },
    ],
  },
  {
    note: 'a benchmark compared against is not a change',
    sentence: '全省经济增速高于4.9%的全国水平。',
    figures: [{ text: '4.9%', kind: 'percent', value: 4.9, unit: '%', change: '' }],
  },
  {
    sentence: '城镇调查失业率低于5.5%的调控目标。',
    figures: [{ text: '5.5%', kind: 'percent', value: 5.5, unit: '%', change: '' }],
  },
  {
    sentence: '全年化肥使用量减少1.3万吨。',
    figures: [{ text: '1.3万吨', kind: 'quantity', value: 13000000, unit: 'kg', change: 'down' }],
  },
  {
    sentence: '全市技能人才增加了2.4万人。',
    figures: [{ text: '2.4万人', kind: 'count', value: 24000, unit: '人', change: 'up' }],
  },
];
