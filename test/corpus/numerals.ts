/**
 * Numeral forms across kinds: Arabic and full-width digits, thousands
 * separators, Chinese and financial numerals, bare magnitudes, mixed forms,
 * inner 余/多/几, vague numerals, 半, signs, Traditional script and 元角分.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── Arabic ──────────────────────────────────────────────────────────
  {
    sentence: '全县财政收入为28.6亿元。',
    figures: [{ text: '28.6亿元', kind: 'money', value: 2860000000, unit: 'CNY' }],
  },
  {
    sentence: '全区共有常住人口86万人。',
    figures: [{ text: '86万人', kind: 'count', value: 860000, unit: '人' }],
  },

  // ── full-width digits ───────────────────────────────────────────────
  {
    sentence: '出口额同比增长３３．４９％。',
    figures: [{ text: '３３．４９％', kind: 'percent', value: 33.49, unit: '%', change: 'up' }],
  },
  {
    sentence: '全市新增光伏装机１２０万千瓦。',
    figures: [{ text: '１２０万千瓦', kind: 'quantity', value: 1200000000, unit: 'W' }],
  },
  {
    sentence: '全年接待游客５６８万人次。',
    figures: [{ text: '５６８万人次', kind: 'count', value: 5680000, unit: '人次' }],
  },
  {
    sentence: '城镇居民人均可支配收入为４８６２５元。',
    figures: [{ text: '４８６２５元', kind: 'money', value: 48625, unit: 'CNY' }],
  },

  // ── thousands separators ────────────────────────────────────────────
  {
    sentence: '全市旅游总收入为1,335.6亿元。',
    figures: [{ text: '1,335.6亿元', kind: 'money', value: 133560000000, unit: 'CNY' }],
  },
  {
    note: 'a full-width comma between digit groups is a thousands separator',
    sentence: '全年完成固定资产投资1，335亿元。',
    figures: [{ text: '1，335亿元', kind: 'money', value: 133500000000, unit: 'CNY' }],
  },
  {
    sentence: '农村居民人均可支配收入为21,691元。',
    figures: [{ text: '21,691元', kind: 'money', value: 21691, unit: 'CNY' }],
  },
  {
    sentence: '全市户籍人口为1,205,368人。',
    figures: [{ text: '1,205,368人', kind: 'count', value: 1205368, unit: '人' }],
  },
  {
    note: 'the comma after 亿元 ends a clause: it is not a thousands separator',
    sentence: '营业收入为373.28亿元,同比增长8.5%。',
    figures: [
      { text: '373.28亿元', kind: 'money', value: 37328000000, unit: 'CNY' },
      { text: '8.5%', kind: 'percent', value: 8.5, unit: '%', change: 'up' },
    ],
  },

  {
    note: 'thousands separators inside the figures, a clause comma between them',
    sentence: '出口额为2,450亿元,进口额为1,830亿元。',
    figures: [
      { text: '2,450亿元', kind: 'money', value: 245000000000, unit: 'CNY' },
      { text: '1,830亿元', kind: 'money', value: 183000000000, unit: 'CNY' },
    ],
  },

  // ── Chinese numerals ────────────────────────────────────────────────
  {
    sentence: '三家企业签署了战略合作协议。',
    figures: [{ text: '三家', kind: 'count', value: 3, unit: '家' }],
  },
  {
    sentence: '全镇共有十二个行政村。',
    figures: [{ text: '十二个', kind: 'count', value: 12, unit: '个' }],
  },
  {
    sentence: '二十名技术骨干参加了培训。',
    figures: [{ text: '二十名', kind: 'count', value: 20, unit: '名' }],
  },
  {
    sentence: '全村一百零五户村民完成了改厕。',
    figures: [{ text: '一百零五户', kind: 'count', value: 105, unit: '户' }],
  },
  {
    note: '〇 written for 零 inside a numeral',
    sentence: '全村共有一百〇八户。',
    figures: [{ text: '一百〇八户', kind: 'count', value: 108, unit: '户' }],
  },
  {
    sentence: '饲料厂年产饲料三千零五十吨。',
    figures: [{ text: '三千零五十吨', kind: 'quantity', value: 3050000, unit: 'kg' }],
  },
  {
    sentence: '项目总投资三千五百万元。',
    figures: [{ text: '三千五百万元', kind: 'money', value: 35000000, unit: 'CNY' }],
  },
  {
    sentence: '合作社的蔬菜年产量达到两千吨。',
    figures: [{ text: '两千吨', kind: 'quantity', value: 2000000, unit: 'kg' }],
  },
  {
    sentence: '马拉松赛事吸引了两万人参加。',
    figures: [{ text: '两万人', kind: 'count', value: 20000, unit: '人' }],
  },
  {
    sentence: '账户余额为一千二百三十四万五千六百七十八元。',
    figures: [{ text: '一千二百三十四万五千六百七十八元', kind: 'money', value: 12345678, unit: 'CNY' }],
  },
  {
    sentence: '全市新建城镇住房三十六万套。',
    figures: [{ text: '三十六万套', kind: 'count', value: 360000, unit: '套' }],
  },
  {
    sentence: '县域经济总量达到四十二亿元。',
    figures: [{ text: '四十二亿元', kind: 'money', value: 4200000000, unit: 'CNY' }],
  },
  {
    sentence: '区域内常住人口达到一千三百万人。',
    figures: [{ text: '一千三百万人', kind: 'count', value: 13000000, unit: '人' }],
  },

  // ── bare magnitudes ─────────────────────────────────────────────────
  {
    sentence: '新材料产业年产值达到百亿元。',
    figures: [{ text: '百亿元', kind: 'money', value: 10000000000, unit: 'CNY' }],
  },
  {
    sentence: '全省跨境电商交易规模达到千亿元。',
    figures: [{ text: '千亿元', kind: 'money', value: 100000000000, unit: 'CNY' }],
  },
  {
    sentence: '全市地区生产总值跨越万亿元。',
    figures: [{ text: '万亿元', kind: 'money', value: 1000000000000, unit: 'CNY' }],
  },

  // ── financial (banker's) numerals ───────────────────────────────────
  {
    sentence: '本次捐款金额为贰万元整。',
    figures: [{ text: '贰万元', kind: 'money', value: 20000, unit: 'CNY' }],
  },
  {
    sentence: '今收到门禁卡押金壹佰元。',
    figures: [{ text: '壹佰元', kind: 'money', value: 100, unit: 'CNY' }],
  },
  {
    sentence: '合同金额为人民币叁仟伍佰元。',
    figures: [{ text: '叁仟伍佰元', kind: 'money', value: 3500, unit: 'CNY' }],
  },
  {
    sentence: '本次拨付专项资金伍拾万元。',
    figures: [{ text: '伍拾万元', kind: 'money', value: 500000, unit: 'CNY' }],
  },

  // ── mixed digits and Chinese magnitudes ─────────────────────────────
  {
    sentence: '全省网上零售额达到1.2万亿元。',
    figures: [{ text: '1.2万亿元', kind: 'money', value: 1200000000000, unit: 'CNY' }],
  },
  {
    sentence: '全市共有注册志愿者5.4万余名。',
    figures: [{ text: '5.4万余名', kind: 'count', value: 54000, unit: '名', approx: 'over' }],
  },
  {
    sentence: '项目获得省级补助资金3千万元。',
    figures: [{ text: '3千万元', kind: 'money', value: 30000000, unit: 'CNY' }],
  },
  {
    sentence: '展会吸引了2百多家企业参展。',
    figures: [{ text: '2百多家', kind: 'count', value: 200, unit: '家', approx: 'over' }],
  },

  // ── inner 余/多/几 ──────────────────────────────────────────────────
  {
    sentence: '合作社年收入100多万元。',
    figures: [{ text: '100多万元', kind: 'money', value: 1000000, unit: 'CNY', approx: 'over' }],
  },
  {
    sentence: '这项工作他坚持了十几年。',
    figures: [{ text: '十几年', kind: 'duration', value: 10, unit: 'year', approx: 'over' }],
  },
  {
    sentence: '村里建起了二十几个蔬菜大棚。',
    figures: [{ text: '二十几个', kind: 'count', value: 20, unit: '个', approx: 'over' }],
  },

  // ── vague numerals: low end as value, approx over ───────────────────
  {
    sentence: '洪水影响数百万人的生产生活。',
    figures: [{ text: '数百万人', kind: 'count', value: 1000000, unit: '人', approx: 'over' }],
  },
  {
    sentence: '上百名医护人员驰援灾区。',
    figures: [{ text: '上百名', kind: 'count', value: 100, unit: '名', approx: 'over' }],
  },
  {
    sentence: '该基地项目总投资几十亿元。',
    figures: [{ text: '几十亿元', kind: 'money', value: 1000000000, unit: 'CNY', approx: 'over' }],
  },

  // ── 半 after a unit ─────────────────────────────────────────────────
  {
    sentence: '这台设备重一吨半。',
    figures: [{ text: '一吨半', kind: 'quantity', value: 1500, unit: 'kg' }],
  },
  {
    sentence: '新建的围墙高两米半。',
    figures: [{ text: '两米半', kind: 'quantity', value: 2.5, unit: 'm' }],
  },
  {
    sentence: '座谈会持续了一个半小时。',
    figures: [{ text: '一个半小时', kind: 'duration', value: 1.5, unit: 'hour' }],
  },
  {
    sentence: '整个工程历时三年半。',
    figures: [{ text: '三年半', kind: 'duration', value: 3.5, unit: 'year' }],
  },

  // ── signs ───────────────────────────────────────────────────────────
  {
    sentence: '规上工业利润增速为负3.9%。',
    figures: [{ text: '负3.9%', kind: 'percent', value: -3.9, unit: '%', change: '' }],
  },
  {
    sentence: '进口额增速为-5%。',
    figures: [{ text: '-5%', kind: 'percent', value: -5, unit: '%', change: '' }],
  },
  {
    sentence: '生产者价格指数同比为-0.35%。',
    figures: [{ text: '-0.35%', kind: 'percent', value: -0.35, unit: '%' }],
  },
  {
    note: '零下 is a sign: part of the text, and the value is negative',
    sentence: '夜间最低气温降至零下12摄氏度。',
    figures: [{ text: '零下12摄氏度', kind: 'quantity', value: -12, unit: '°C' }],
  },
  {
    sentence: '山区最低气温为-8℃。',
    figures: [{ text: '-8℃', kind: 'quantity', value: -8, unit: '°C' }],
  },

  // ── Traditional script ──────────────────────────────────────────────
  {
    sentence: '全年出口總額達3.5億美元。',
    figures: [{ text: '3.5億美元', kind: 'money', value: 350000000, unit: 'USD' }],
  },
  {
    sentence: '全年新增就業1.2萬人。',
    figures: [{ text: '1.2萬人', kind: 'count', value: 12000, unit: '人' }],
  },
  {
    sentence: '馬拉松活動吸引了兩萬人參加。',
    figures: [{ text: '兩萬人', kind: 'count', value: 20000, unit: '人' }],
  },
  {
    sentence: '全程需要兩個多小時。',
    figures: [{ text: '兩個多小時', kind: 'duration', value: 2, unit: 'hour', approx: 'over' }],
  },
  {
    sentence: '會議持續了一個半小時。',
    figures: [{ text: '一個半小時', kind: 'duration', value: 1.5, unit: 'hour' }],
  },
  {
    sentence: '全年失業率下降0.3個百分點。',
    figures: [{ text: '0.3個百分點', kind: 'percentage_point', value: 0.3, unit: 'pp', change: 'down' }],
  },
  {
    note: '點 is the decimal point',
    sentence: '定期存款利率為百分之三點五。',
    figures: [{ text: '百分之三點五', kind: 'percent', value: 3.5, unit: '%' }],
  },
  {
    sentence: '項目總投資為三點五億元。',
    figures: [{ text: '三點五億元', kind: 'money', value: 350000000, unit: 'CNY' }],
  },
  {
    note: '圓 is the Traditional form of 元',
    sentence: '獎金總額為5萬圓。',
    figures: [{ text: '5萬圓', kind: 'money', value: 50000, unit: 'CNY', unit_text: '圓' }],
  },
  {
    sentence: '公司全年營收達1200億新臺幣。',
    figures: [{ text: '1200億新臺幣', kind: 'money', value: 120000000000, unit: 'TWD', unit_text: '新臺幣' }],
  },
  {
    sentence: '住宅樓價中位數為650萬港幣。',
    figures: [{ text: '650萬港幣', kind: 'money', value: 6500000, unit: 'HKD', unit_text: '港幣' }],
  },

  // ── 元角分 ──────────────────────────────────────────────────────────
  {
    sentence: '本期账单金额为123元1角1分。',
    figures: [{ text: '123元1角1分', kind: 'money', value: 123.11, unit: 'CNY' }],
  },
  {
    sentence: '散装鸡蛋每斤3元5角。',
    figures: [{ text: '3元5角', kind: 'money', value: 3.5, unit: 'CNY' }],
  },
  {
    sentence: '公交票价为每人次8角5分。',
    figures: [{ text: '8角5分', kind: 'money', value: 0.85, unit: 'CNY' }],
  },
  {
    note: 'the trailing 2 is a footnote mark: it must not merge into the amount, and it is no figure',
    sentence: '其中省级补助3541.07万元2，市级配套1200万元。',
    figures: [
      { text: '3541.07万元', kind: 'money', value: 35410700, unit: 'CNY' },
      { text: '1200万元', kind: 'money', value: 12000000, unit: 'CNY' },
    ],
  },

  // ── Latin unit symbols ──────────────────────────────────────────────
  {
    sentence: '该校男生平均身高为168cm。',
    figures: [{ text: '168cm', kind: 'quantity', value: 1.68, unit: 'm', unit_text: 'cm' }],
  },
  {
    sentence: '每袋大米净重25kg。',
    figures: [{ text: '25kg', kind: 'quantity', value: 25, unit: 'kg', unit_text: 'kg' }],
  },
  {
    sentence: '沿湖绿道全长3km。',
    figures: [{ text: '3km', kind: 'quantity', value: 3000, unit: 'm' }],
  },
  {
    sentence: '新建变电站的电压等级为500kV。',
    figures: [{ text: '500kV', kind: 'quantity', value: 500000, unit: 'V' }],
  },
  {
    sentence: '海上风电装机容量达到2.4GW。',
    figures: [{ text: '2.4GW', kind: 'quantity', value: 2400000000, unit: 'W' }],
  },
  {
    sentence: '每套公寓面积为100m²。',
    figures: [{ text: '100m²', kind: 'quantity', value: 100, unit: 'm2' }],
  },
  {
    sentence: '沿街商铺面积为100㎡。',
    figures: [{ text: '100㎡', kind: 'quantity', value: 100, unit: 'm2' }],
  },
];
