/**
 * Quantities: physical measures in canonical units — kg, m, m2, m3, L, W, Wh,
 * V, TEU, °C.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── mass → kg ───────────────────────────────────────────────────────
  {
    sentence: '全省粮食总产量达到1250.6万吨。',
    figures: [{ text: '1250.6万吨', kind: 'quantity', value: 12506000000, unit: 'kg', unit_text: '吨' }],
  },
  {
    sentence: '全年钢材产量为865.3万吨。',
    figures: [{ text: '865.3万吨', kind: 'quantity', value: 8653000000, unit: 'kg' }],
  },
  {
    sentence: '全年原煤产量2.8亿吨。',
    figures: [{ text: '2.8亿吨', kind: 'quantity', value: 280000000000, unit: 'kg' }],
  },
  {
    sentence: '年处理污水量7300万吨。',
    figures: [{ text: '7300万吨', kind: 'quantity', value: 73000000000, unit: 'kg' }],
  },
  {
    sentence: '全市化肥施用量减少3.6万吨。',
    figures: [{ text: '3.6万吨', kind: 'quantity', value: 36000000, unit: 'kg', change: 'down' }],
  },
  {
    sentence: '每公顷施用有机肥15吨。',
    figures: [{ text: '15吨', kind: 'quantity', value: 15000, unit: 'kg' }],
  },
  {
    note: '亩 inside the word 亩产 has no numeral',
    sentence: '小麦平均亩产达到650公斤。',
    figures: [{ text: '650公斤', kind: 'quantity', value: 650, unit: 'kg', unit_text: '公斤' }],
  },
  {
    sentence: '生猪平均出栏体重为120千克。',
    figures: [{ text: '120千克', kind: 'quantity', value: 120, unit: 'kg', unit_text: '千克' }],
  },
  {
    sentence: '这种苹果的单果重约250克。',
    figures: [{ text: '250克', kind: 'quantity', value: 0.25, unit: 'kg', approx: 'about', unit_text: '克' }],
  },
  {
    sentence: '日均处理生活垃圾20多吨。',
    figures: [{ text: '20多吨', kind: 'quantity', value: 20000, unit: 'kg', approx: 'over' }],
  },
  {
    sentence: '每箱脐橙净重10kg。',
    figures: [{ text: '10kg', kind: 'quantity', value: 10, unit: 'kg', unit_text: 'kg' }],
  },

  // ── length → m ──────────────────────────────────────────────────────
  {
    sentence: '新建和改造农村公路1250公里。',
    figures: [{ text: '1250公里', kind: 'quantity', value: 1250000, unit: 'm', unit_text: '公里' }],
  },
  {
    sentence: '特高压输电线路全长1563公里。',
    figures: [{ text: '1563公里', kind: 'quantity', value: 1563000, unit: 'm' }],
  },
  {
    sentence: '隧道全长12.8千米。',
    figures: [{ text: '12.8千米', kind: 'quantity', value: 12800, unit: 'm', unit_text: '千米' }],
  },
  {
    sentence: '年内铺设供热管网38.6千米。',
    figures: [{ text: '38.6千米', kind: 'quantity', value: 38600, unit: 'm' }],
  },
  {
    sentence: '大桥主跨长1092米。',
    figures: [{ text: '1092米', kind: 'quantity', value: 1092, unit: 'm', unit_text: '米' }],
  },
  {
    sentence: '输水管道直径为1.4米。',
    figures: [{ text: '1.4米', kind: 'quantity', value: 1.4, unit: 'm' }],
  },
  {
    sentence: '全年平均降水量为356.8毫米。',
    figures: [{ text: '356.8毫米', kind: 'quantity', value: 0.3568, unit: 'm', unit_text: '毫米' }],
  },
  {
    sentence: '儿童平均身高增加了2.3厘米。',
    figures: [{ text: '2.3厘米', kind: 'quantity', value: 0.023, unit: 'm', unit_text: '厘米', change: 'up' }],
  },
  {
    sentence: '牧场位于海拔4500米以上的高原。',
    figures: [{ text: '4500米', kind: 'quantity', value: 4500, unit: 'm', approx: 'over' }],
  },
  {
    sentence: '全省高速公路通车里程突破1万公里。',
    figures: [{ text: '1万公里', kind: 'quantity', value: 10000000, unit: 'm', approx: 'over' }],
  },
  {
    sentence: '滨江绿道全长3km。',
    figures: [{ text: '3km', kind: 'quantity', value: 3000, unit: 'm', unit_text: 'km' }],
  },

  // ── area → m2 ───────────────────────────────────────────────────────
  {
    note: '亩 is 2000/3 m2; 56.8万亩 = 378666666.666… m2',
    sentence: '新增高标准农田56.8万亩。',
    figures: [{ text: '56.8万亩', kind: 'quantity', value: 378666666.6666667, unit: 'm2', unit_text: '亩' }],
  },
  {
    sentence: '合作社流转土地320亩。',
    figures: [{ text: '320亩', kind: 'quantity', value: 213333.33333333334, unit: 'm2', unit_text: '亩' }],
  },
  {
    sentence: '全年新增造林面积12.5万亩。',
    figures: [{ text: '12.5万亩', kind: 'quantity', value: 83333333.33333333, unit: 'm2' }],
  },
  {
    sentence: '水稻种植面积稳定在300万亩左右。',
    figures: [{ text: '300万亩', kind: 'quantity', value: 2000000000, unit: 'm2', approx: 'about' }],
  },
  {
    sentence: '人工造林面积达到2.6万公顷。',
    figures: [{ text: '2.6万公顷', kind: 'quantity', value: 260000000, unit: 'm2', unit_text: '公顷' }],
  },
  {
    sentence: '全县果园面积为5000公顷。',
    figures: [{ text: '5000公顷', kind: 'quantity', value: 50000000, unit: 'm2' }],
  },
  {
    sentence: '新开工保障性住房建筑面积85万平方米。',
    figures: [{ text: '85万平方米', kind: 'quantity', value: 850000, unit: 'm2', unit_text: '平方米' }],
  },
  {
    sentence: '城镇居民人均住房建筑面积为41.5平方米。',
    figures: [{ text: '41.5平方米', kind: 'quantity', value: 41.5, unit: 'm2' }],
  },
  {
    sentence: '保护区湿地面积380平方公里。',
    figures: [{ text: '380平方公里', kind: 'quantity', value: 380000000, unit: 'm2', unit_text: '平方公里' }],
  },
  {
    sentence: '每套公寓的使用面积为100m²。',
    figures: [{ text: '100m²', kind: 'quantity', value: 100, unit: 'm2' }],
  },
  {
    sentence: '临街商铺面积为100㎡。',
    figures: [{ text: '100㎡', kind: 'quantity', value: 100, unit: 'm2' }],
  },

  // ── volume → m3, L ──────────────────────────────────────────────────
  {
    sentence: '全省天然气产量达到210亿立方米。',
    figures: [{ text: '210亿立方米', kind: 'quantity', value: 21000000000, unit: 'm3', unit_text: '立方米' }],
  },
  {
    sentence: '水库总库容1.2亿立方米。',
    figures: [{ text: '1.2亿立方米', kind: 'quantity', value: 120000000, unit: 'm3' }],
  },
  {
    sentence: '年供水能力达到3500万立方米。',
    figures: [{ text: '3500万立方米', kind: 'quantity', value: 35000000, unit: 'm3' }],
  },
  {
    sentence: '储气设施的储气能力达到5亿立方米。',
    figures: [{ text: '5亿立方米', kind: 'quantity', value: 500000000, unit: 'm3' }],
  },
  {
    note: '方 after a numeral is a cubic metre; 土石方 before it is a word',
    sentence: '工程累计完成土石方开挖45万方。',
    figures: [{ text: '45万方', kind: 'quantity', value: 450000, unit: 'm3', unit_text: '方' }],
  },
  {
    sentence: '接收站本次卸载液化天然气约6万立方米。',
    figures: [{ text: '6万立方米', kind: 'quantity', value: 60000, unit: 'm3', approx: 'about' }],
  },
  {
    sentence: '无偿献血者每次可献血200毫升。',
    figures: [{ text: '200毫升', kind: 'quantity', value: 0.2, unit: 'L', unit_text: '毫升' }],
  },
  {
    sentence: '乳企日均收购鲜奶1.5万升。',
    figures: [{ text: '1.5万升', kind: 'quantity', value: 15000, unit: 'L', unit_text: '升' }],
  },

  // ── power → W ───────────────────────────────────────────────────────
  {
    sentence: '全省风电装机容量突破1亿千瓦。',
    figures: [{ text: '1亿千瓦', kind: 'quantity', value: 100000000000, unit: 'W', approx: 'over', unit_text: '千瓦' }],
  },
  {
    sentence: '全市新增分布式光伏装机45万千瓦。',
    figures: [{ text: '45万千瓦', kind: 'quantity', value: 450000000, unit: 'W' }],
  },
  {
    sentence: '单个充电桩功率达到120千瓦。',
    figures: [{ text: '120千瓦', kind: 'quantity', value: 120000, unit: 'W' }],
  },
  {
    sentence: '光伏电站装机规模为300兆瓦。',
    figures: [{ text: '300兆瓦', kind: 'quantity', value: 300000000, unit: 'W', unit_text: '兆瓦' }],
  },
  {
    sentence: '海上风电项目总装机容量为1.2吉瓦。',
    figures: [{ text: '1.2吉瓦', kind: 'quantity', value: 1200000000, unit: 'W', unit_text: '吉瓦' }],
  },
  {
    sentence: '抽水蓄能电站装机规模达到2.4GW。',
    figures: [{ text: '2.4GW', kind: 'quantity', value: 2400000000, unit: 'W', unit_text: 'GW' }],
  },
  {
    note: '千万千瓦 is 1e7 × 1000 W',
    sentence: '全省清洁能源装机规模超过千万千瓦。',
    figures: [{ text: '千万千瓦', kind: 'quantity', value: 10000000000, unit: 'W', approx: 'over' }],
  },
  {
    sentence: '节能灯的额定功率仅为9瓦。',
    figures: [{ text: '9瓦', kind: 'quantity', value: 9, unit: 'W', unit_text: '瓦' }],
  },
  {
    sentence: '单块光伏组件功率为550瓦。',
    figures: [{ text: '550瓦', kind: 'quantity', value: 550, unit: 'W' }],
  },

  // ── energy → Wh ─────────────────────────────────────────────────────
  {
    sentence: '全年发电量为356亿千瓦时。',
    figures: [{ text: '356亿千瓦时', kind: 'quantity', value: 35600000000000, unit: 'Wh', unit_text: '千瓦时' }],
  },
  {
    sentence: '全社会用电量达到4.2万亿千瓦时。',
    figures: [{ text: '4.2万亿千瓦时', kind: 'quantity', value: 4200000000000000, unit: 'Wh' }],
  },
  {
    note: '度 of electricity is a kilowatt-hour',
    sentence: '试点小区每户每月平均用电120度。',
    figures: [{ text: '120度', kind: 'quantity', value: 120000, unit: 'Wh', unit_text: '度' }],
  },
  {
    note: '度 of electricity is a kilowatt-hour',
    sentence: '光伏电站全年上网电量12.6亿度。',
    figures: [{ text: '12.6亿度', kind: 'quantity', value: 1260000000000, unit: 'Wh', unit_text: '度' }],
  },

  // ── voltage → V ─────────────────────────────────────────────────────
  {
    sentence: '新建500千伏输电线路86公里。',
    figures: [
      { text: '500千伏', kind: 'quantity', value: 500000, unit: 'V', unit_text: '千伏' },
      { text: '86公里', kind: 'quantity', value: 86000, unit: 'm' },
    ],
  },
  {
    sentence: '我国居民用电的额定电压为220伏。',
    figures: [{ text: '220伏', kind: 'quantity', value: 220, unit: 'V', unit_text: '伏' }],
  },
  {
    sentence: '该变电站的电压等级为500kV。',
    figures: [{ text: '500kV', kind: 'quantity', value: 500000, unit: 'V', unit_text: 'kV' }],
  },

  // ── containers → TEU ────────────────────────────────────────────────
  {
    sentence: '港口集装箱吞吐量完成1350万标准箱。',
    figures: [{ text: '1350万标准箱', kind: 'quantity', value: 13500000, unit: 'TEU', unit_text: '标准箱' }],
  },
  {
    sentence: '内河港集装箱吞吐量增长至82.6万标准箱。',
    figures: [{ text: '82.6万标准箱', kind: 'quantity', value: 826000, unit: 'TEU', change: '' }],
  },

  // ── temperature → °C ────────────────────────────────────────────────
  {
    sentence: '城区最高气温达到40.5摄氏度。',
    figures: [{ text: '40.5摄氏度', kind: 'quantity', value: 40.5, unit: '°C', unit_text: '摄氏度' }],
  },
  {
    sentence: '全年平均气温为15.2℃。',
    figures: [{ text: '15.2℃', kind: 'quantity', value: 15.2, unit: '°C', unit_text: '℃' }],
  },
  {
    sentence: '受冷空气影响全市气温下降8℃。',
    figures: [{ text: '8℃', kind: 'quantity', value: 8, unit: '°C', change: 'down' }],
  },
  {
    note: '近 in 近海 is a word, not a qualifier',
    sentence: '近海海水温度升高1.5℃。',
    figures: [{ text: '1.5℃', kind: 'quantity', value: 1.5, unit: '°C', change: 'up', approx: '' }],
  },
];
