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
    note: '多 begins the next word; 近 at the head of the clause opens the span (the last five years)',
    sentence: '近5年多次获奖。',
    figures: [{ text: '5年', kind: 'duration', value: 5, unit: 'year', approx: '' }],
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
  // ── sports times and heights ────────────────────────────────────────
  {
    sentence: '他以9秒98夺冠，女子1500米冠军成绩为4分05秒32。',
    figures: [
      { text: '9秒98', kind: 'duration', value: 9.98, unit: 'second' },
      { text: '1500米', kind: 'quantity', value: 1500, unit: 'm' },
      { text: '4分05秒32', kind: 'duration', value: 245.32, unit: 'second' },
    ],
  },
  {
    sentence: '她跳出了6米82的好成绩，队友身高1米85。',
    figures: [
      { text: '6米82', kind: 'quantity', value: 6.82, unit: 'm' },
      { text: '1米85', kind: 'quantity', value: 1.85, unit: 'm' },
    ],
  },
  {
    note: 'digits after 米 that begin another measure',
    sentence: '管道长3米20厘米。',
    figures: [
      { text: '3米', kind: 'quantity', value: 3, unit: 'm' },
      { text: '20厘米', kind: 'quantity', value: 0.2, unit: 'm' },
    ],
  },
  // ── change words and comparisons ────────────────────────────────────
  {
    note: 'a date between 比 and a one-character change word',
    sentence: '平均房价比2024年高2%，成交量比2023年少1.5万套。',
    figures: [
      { text: '2024年', kind: 'date', value: '2024', unit: 'date' },
      { text: '2%', kind: 'percent', value: 2, unit: '%', change: 'up' },
      { text: '2023年', kind: 'date', value: '2023', unit: 'date' },
      { text: '1.5万套', kind: 'count', value: 15000, unit: '套', change: 'down' },
    ],
  },
  {
    note: 'the change does not depend on the reference date',
    sentence: '病床比上年多46张。',
    refDate: '2025-06-30',
    figures: [
      { text: '上年', kind: 'date', value: '2024', unit: 'date' },
      { text: '46张', kind: 'count', value: 46, unit: '张', change: 'up' },
    ],
  },
  {
    sentence: '粮食产量比上年增产1.9%，棉花减产3.2%，增速加快0.8个百分点，出口萎缩2.1%，价格下挫4%。',
    figures: [
      { text: '1.9%', kind: 'percent', value: 1.9, unit: '%', change: 'up' },
      { text: '3.2%', kind: 'percent', value: 3.2, unit: '%', change: 'down' },
      { text: '0.8个百分点', kind: 'percentage_point', value: 0.8, unit: 'pp', change: 'up' },
      { text: '2.1%', kind: 'percent', value: 2.1, unit: '%', change: 'down' },
      { text: '4%', kind: 'percent', value: 4, unit: '%', change: 'down' },
    ],
  },
  {
    note: 'a basis point is a hundredth of a percentage point',
    sentence: '贷款市场报价利率下调25个基点至3.1%，存款利率下浮10基点。',
    figures: [
      { text: '25个基点', kind: 'percentage_point', value: 0.25, unit: 'pp', unit_text: '个基点', change: 'down' },
      { text: '3.1%', kind: 'percent', value: 3.1, unit: '%', change: '' },
      { text: '10基点', kind: 'percentage_point', value: 0.1, unit: 'pp', change: 'down' },
    ],
  },
  // ── qualifiers ──────────────────────────────────────────────────────
  {
    note: '过 after a verb is an aspect, before a round amount a qualifier',
    sentence: '他曾去过3次北京，全县算力规模过万P。',
    figures: [
      { text: '3次', kind: 'count', value: 3, unit: '次', approx: '' },
      { text: '万P', kind: 'number', value: 10000, unit: 'P', approx: 'over' },
    ],
  },
  {
    sentence: '全市60岁及以上人口占21%，职工30人（含）以下的企业减免一半。',
    figures: [
      { text: '60岁', kind: 'count', value: 60, unit: '岁', approx: 'over' },
      { text: '21%', kind: 'percent', value: 21, unit: '%', approx: '' },
      { text: '30人', kind: 'count', value: 30, unit: '人', approx: 'under' },
    ],
  },
  // ── days as a length ────────────────────────────────────────────────
  {
    sentence: '财政部门应在10日内拨付资金，公示期为7日，逾期60日以上的贷款须在180日内处置。',
    figures: [
      { text: '10日', kind: 'duration', value: 10, unit: 'day', approx: 'under' },
      { text: '7日', kind: 'duration', value: 7, unit: 'day' },
      { text: '60日', kind: 'duration', value: 60, unit: 'day', approx: 'over' },
      { text: '180日', kind: 'duration', value: 180, unit: 'day', approx: 'under' },
    ],
  },
  {
    note: 'a day of the month stays a date',
    sentence: '会议于15日召开，6月10日内完成报名。',
    figures: [
      { text: '15日', kind: 'date', value: 'XXXX-XX-15', unit: 'date' },
      { text: '6月10日', kind: 'date', value: 'XXXX-06-10', unit: 'date' },
    ],
  },
  // ── units and measure words ─────────────────────────────────────────
  {
    sentence: '台风中心气压950百帕，近中心噪声达到85分贝。',
    figures: [
      { text: '950百帕', kind: 'quantity', value: 95000, unit: 'Pa' },
      { text: '85分贝', kind: 'quantity', value: 85, unit: 'dB' },
    ],
  },
  {
    note: '每10股 is what the 3元 is per, no figure of its own',
    sentence: '股东拟增持500万股，公司总股本为12.5亿股，每10股派3元。',
    figures: [
      { text: '500万股', kind: 'count', value: 5000000, unit: '股' },
      { text: '12.5亿股', kind: 'count', value: 1250000000, unit: '股' },
      { text: '3元', kind: 'money', value: 3, unit: 'CNY' },
    ],
  },
  {
    note: 'a measure word that begins a longer word',
    sentence: '构建三支撑格局，住在2单元，双十一期间成交活跃，他参加了十项全能比赛。',
    figures: [],
  },
  // ── ranks, multiples ────────────────────────────────────────────────
  {
    sentence: '成绩排名前10%的学生可获奖学金。',
    figures: [{ text: '10%', kind: 'percent', value: 10, unit: '%' }],
  },
  {
    sentence: '该队排在第3至5名之间，另一队在第六至第八位。',
    figures: [
      { text: '第3至5名', kind: 'ordinal', value: 3, value_max: 5, unit: '名' },
      { text: '第六至第八位', kind: 'ordinal', value: 6, value_max: 8, unit: '位' },
    ],
  },
  {
    sentence: '销量增长了一倍半。',
    figures: [{ text: '一倍半', kind: 'multiple', value: 1.5, unit: 'x', change: 'up' }],
  },
  // ── two digits side by side, slash fractions, 已有一 ───────────────────
  {
    sentence: '约有三四百人参加，其中两三个来自外省，七八十名是志愿者，项目三五年内完成。',
    figures: [
      { text: '三四百人', kind: 'count', value: 300, value_max: 400, unit: '人', approx: 'about' },
      { text: '两三个', kind: 'count', value: 2, value_max: 3, unit: '个', approx: 'about' },
      { text: '七八十名', kind: 'count', value: 70, value_max: 80, unit: '名', approx: 'about' },
      { text: '三五年', kind: 'duration', value: 3, value_max: 5, unit: 'year', approx: 'about' },
    ],
  },
  {
    sentence: '两三万元的投入。',
    figures: [{ text: '两三万元', kind: 'money', value: 20000, value_max: 30000, unit: 'CNY', approx: 'about' }],
  },
  {
    note: 'digits side by side that are no pair',
    sentence: '三三两两的游客，纪念五四运动。',
    figures: [],
  },
  {
    sentence: '约有2/3的居民支持，反对者约占1/4。',
    figures: [
      { text: '2/3', kind: 'number', value: 2 / 3, unit: '', approx: 'about' },
      { text: '1/4', kind: 'number', value: 0.25, unit: '', approx: 'about' },
    ],
  },
  {
    note: 'a slash between numbers that is no fraction',
    sentence: '比分定格在2/3，报告于2025/6/30发布。',
    figures: [{ text: '2025/6/30', kind: 'date', value: '2025-06-30', unit: 'date' }],
  },
  {
    note: '一 after 已有 counts; 有一天 is "one day"',
    sentence: '项目停工已有一个多月，有一天终会复工。',
    figures: [{ text: '一个多月', kind: 'duration', value: 1, unit: 'month', approx: 'over' }],
  },
  {
    note: 'a length after a word of speed is a speed',
    sentence: '列车最高时速350公里，以每小时80公里的速度通过，阵风每秒12米，线路全长80公里。',
    figures: [
      { text: '350公里', kind: 'quantity', value: 350, unit: 'km/h', unit_text: '公里' },
      { text: '80公里', kind: 'quantity', value: 80, unit: 'km/h' },
      { text: '12米', kind: 'quantity', value: 43.2, unit: 'km/h' },
      { text: '80公里', kind: 'quantity', value: 80000, unit: 'm' },
    ],
  },
  // ── second audit: Arabic sections, currencies before amounts, Traditional script ──
  {
    sentence: '公司共有3万5千名员工，投资3亿5千万元，覆盖1万2千余户。',
    figures: [
      { text: '3万5千名', kind: 'count', value: 35000, unit: '名' },
      { text: '3亿5千万元', kind: 'money', value: 350000000, unit: 'CNY' },
      { text: '1万2千余户', kind: 'count', value: 12000, unit: '户', approx: 'over' },
    ],
  },
  {
    sentence: '全日成交金額新臺幣4280億元，港币500万元，折合港元约5亿元。',
    figures: [
      { text: '4280億元', kind: 'money', value: 428000000000, unit: 'TWD' },
      { text: '500万元', kind: 'money', value: 5000000, unit: 'HKD' },
      { text: '5亿元', kind: 'money', value: 500000000, unit: 'HKD', approx: 'about' },
    ],
  },
  {
    sentence: '旅费3万日币，另换200澳幣。',
    figures: [
      { text: '3万日币', kind: 'money', value: 30000, unit: 'JPY' },
      { text: '200澳幣', kind: 'money', value: 200, unit: 'AUD' },
    ],
  },
  {
    sentence: '虧損擴大12%，利率上調0.25個百分點，接種疫苗500萬劑，噪音為60分貝，售價3000泰銖。',
    figures: [
      { text: '12%', kind: 'percent', value: 12, unit: '%', change: 'up' },
      { text: '0.25個百分點', kind: 'percentage_point', value: 0.25, unit: 'pp', change: 'up' },
      { text: '500萬劑', kind: 'count', value: 5000000, unit: '剂', unit_text: '劑' },
      { text: '60分貝', kind: 'quantity', value: 60, unit: 'dB' },
      { text: '3000泰銖', kind: 'money', value: 3000, unit: 'THB' },
    ],
  },
  {
    sentence: '民國113年5月，台北市人口減少。',
    figures: [{ text: '民國113年5月', kind: 'date', value: '2024-05', unit: 'date' }],
  },
  // ── second audit: change words, levels after 为 ─────────────────────
  {
    sentence: '恒指跌0.8%，纳指升1.2%，股价大涨8%，利润骤降45%，营收季增11%，预测值上修0.3个百分点，升幅为3%。',
    figures: [
      { text: '0.8%', kind: 'percent', value: 0.8, unit: '%', change: 'down' },
      { text: '1.2%', kind: 'percent', value: 1.2, unit: '%', change: 'up' },
      { text: '8%', kind: 'percent', value: 8, unit: '%', change: 'up' },
      { text: '45%', kind: 'percent', value: 45, unit: '%', change: 'down' },
      { text: '11%', kind: 'percent', value: 11, unit: '%', change: 'up' },
      { text: '0.3个百分点', kind: 'percentage_point', value: 0.3, unit: 'pp', change: 'up' },
      { text: '3%', kind: 'percent', value: 3, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'a verb with 为 names the level reached; one-character 增 and 降 still need a comparison',
    sentence: '剂量下调为15毫克，比例提高为20%，增幅为5%，全年起降31.6万架次。',
    figures: [
      { text: '15毫克', kind: 'quantity', value: 0.000015, unit: 'kg', change: '' },
      { text: '20%', kind: 'percent', value: 20, unit: '%', change: '' },
      { text: '5%', kind: 'percent', value: 5, unit: '%', change: 'up' },
      { text: '31.6万架次', kind: 'count', value: 316000, unit: '架次', change: '' },
    ],
  },
  // ── second audit: ranges, tenths, points, ratios ─────────────────────
  {
    sentence: '预计下降2至3成，客流回升约三成半，指数区间为3000至3500点。',
    figures: [
      { text: '2至3成', kind: 'percent', value: 20, value_max: 30, unit: '%', change: 'down' },
      { text: '三成半', kind: 'percent', value: 35, unit: '%', approx: 'about' },
      { text: '3000至3500点', kind: 'number', value: 3000, value_max: 3500, unit: '点' },
    ],
  },
  {
    sentence: '初中生师比为12.5：1，会议于14：30开始。',
    figures: [
      { text: '12.5', kind: 'number', value: 12.5, unit: '' },
      { text: '1', kind: 'number', value: 1, unit: '' },
    ],
  },
  // ── second audit: words that begin with a qualifier, names of institutions ──
  {
    sentence: '新款笔记本搭载32GB内存，科室有3名内科医生，约定违约金为总价的20%。',
    figures: [
      { text: '32GB', kind: 'quantity', value: 32000000000, unit: 'B', approx: '' },
      { text: '3名', kind: 'count', value: 3, unit: '名', approx: '' },
      { text: '20%', kind: 'percent', value: 20, unit: '%', approx: '' },
    ],
  },
  {
    sentence: '他向第三中级人民法院提出上诉，此前在市第二人民医院治疗，毕业于第一中学。',
    figures: [],
  },
  {
    sentence: '自判决书送达之第二日起算，面积约1200平方呎。',
    figures: [
      { text: '第二日', kind: 'ordinal', value: 2, unit: '日' },
      { text: '1200平方呎', kind: 'quantity', value: 111.483648, unit: 'm2', approx: 'about' },
    ],
  },
  // ── years of eras and ranges of years ───────────────────────────────
  {
    sentence: '公元前221年，秦统一六国；公元8年，王莽称帝。',
    figures: [
      { text: '公元前221年', kind: 'date', value: 'BC0221', unit: 'date' },
      { text: '公元8年', kind: 'date', value: '0008', unit: 'date' },
    ],
  },
  {
    sentence: '宋代（960—1279年）的古城历经3000至5000年变迁。',
    figures: [
      { text: '960—1279年', kind: 'date', value: '0960/1279', unit: 'date' },
      { text: '3000至5000年', kind: 'duration', value: 3000, value_max: 5000, unit: 'year' },
    ],
  },
  {
    note: 'a blank around digits, as typeset text has it',
    sentence: '全国共有 58 个城市开通地铁，收入为5 万元，占比为30 %，容量为200 mL。',
    figures: [
      { text: '58 个', kind: 'count', value: 58, unit: '个' },
      { text: '5 万元', kind: 'money', value: 50000, unit: 'CNY' },
      { text: '30 %', kind: 'percent', value: 30, unit: '%' },
      { text: '200 mL', kind: 'quantity', value: 0.2, unit: 'L' },
    ],
  },
  {
    note: 'a blank after a figure with no unit is not part of it',
    sentence: '常住人口达到3万 以上，空腹血糖为7.8mmol/L。',
    figures: [
      { text: '3万', kind: 'number', value: 30000, unit: '', approx: 'over' },
      { text: '7.8mmol/L', kind: 'number', value: 7.8, unit: 'mmol/L' },
    ],
  },
  {
    sentence: '台积电市值突破新臺幣26兆元。',
    figures: [{ text: '26兆元', kind: 'money', value: 26000000000000, unit: 'TWD', approx: 'over' }],
  },
  {
    note: 'minutes of a time of day, a unit of account',
    sentence: '会议于10时30分开始，9点30分结束，表中单位：万元。',
    figures: [],
  },
  {
    sentence: '绿色贷款增速高于各项贷款增速7.6个百分点，低于上年同期1.5个百分点，高于5.1%的全国水平。',
    figures: [
      { text: '7.6个百分点', kind: 'percentage_point', value: 7.6, unit: 'pp', change: 'up' },
      { text: '1.5个百分点', kind: 'percentage_point', value: 1.5, unit: 'pp', change: 'down' },
      { text: '5.1%', kind: 'percent', value: 5.1, unit: '%', change: '' },
    ],
  },
  {
    note: '近 opening a span of time is "the last", elsewhere "nearly"',
    sentence: '近五年来，大桥已有近70年历史。',
    figures: [
      { text: '五年', kind: 'duration', value: 5, unit: 'year', approx: '' },
      { text: '70年', kind: 'duration', value: 70, unit: 'year', approx: 'under' },
    ],
  },
  // ── third audit ─────────────────────────────────────────────────────
  {
    sentence: '第一宇宙速度为7.9公里每秒，逃逸速度为11.2km/s，星系直径约为3000光年，仪器冷却至约7开尔文。',
    figures: [
      { text: '7.9公里每秒', kind: 'quantity', value: 28440, unit: 'km/h' },
      { text: '11.2km/s', kind: 'quantity', value: 40320, unit: 'km/h' },
      { text: '3000光年', kind: 'quantity', value: 28382191417742400000, unit: 'm', approx: 'about' },
      { text: '7开尔文', kind: 'quantity', value: 7, unit: 'K', approx: 'about' },
    ],
  },
  {
    note: 'what a rate is per is no figure; a rate per 10万 written with a slash is a percent',
    sentence: '报告发病率为每10万人口95.37，每10万人口发病12.3例，发病率为12.5/10万。',
    figures: [
      { text: '12.3例', kind: 'count', value: 12.3, unit: '例' },
      { text: '12.5/10万', kind: 'percent', value: 0.0125, unit: '%' },
    ],
  },
  {
    sentence: '成交额较上日溢价56.98%，假期比去年多出1天，恒生指数收涨1.21%，贷款同比多增800亿元。',
    figures: [
      { text: '56.98%', kind: 'percent', value: 56.98, unit: '%', change: 'up' },
      { text: '1天', kind: 'duration', value: 1, unit: 'day', change: 'up' },
      { text: '1.21%', kind: 'percent', value: 1.21, unit: '%', change: 'up' },
      { text: '800亿元', kind: 'money', value: 80000000000, unit: 'CNY', change: 'up' },
    ],
  },
  {
    note: 'list markers, the previous one, names',
    sentence: '第一，要坚持稳中求进；第二是统筹发展。余额较前一交易日增加，前一天成交活跃，科创50ETF走强，探测器位于第二拉格朗日点。',
    figures: [],
  },
  {
    sentence: '排名第一，领先第二名。',
    figures: [
      { text: '第一', kind: 'ordinal', value: 1, unit: '' },
      { text: '第二名', kind: 'ordinal', value: 2, unit: '名' },
    ],
  },
  {
    sentence: '光速约为每秒30万公里，收购价约为每公斤2.45元。',
    figures: [
      { text: '30万公里', kind: 'quantity', value: 1080000000, unit: 'km/h', approx: 'about' },
      { text: '2.45元', kind: 'money', value: 2.45, unit: 'CNY', approx: 'about' },
    ],
  },
  {
    note: '当月 and 当年 mean the month or year just named, never the reference date',
    sentence: '5月当月收入356亿元。',
    refDate: '2025-06-30',
    figures: [
      { text: '5月', kind: 'date', value: '2025-05', unit: 'date' },
      { text: '356亿元', kind: 'money', value: 35600000000, unit: 'CNY' },
    ],
  },
  {
    note: 'scientific notation: the exponent is no number of its own',
    sentence: '太阳辐射功率约为3.8×10^26瓦，日地距离约为1.5×10⁸公里。',
    figures: [
      { text: '3.8×10^26瓦', kind: 'quantity', value: 3.8e26, unit: 'W', approx: 'about' },
      { text: '1.5×10⁸公里', kind: 'quantity', value: 150000000000, unit: 'm', approx: 'about' },
    ],
  },
  {
    note: 'a list of months or quarters sharing its unit',
    sentence: '1、2月份收入增长3%，三、四季度增速回升。',
    figures: [
      { text: '1', kind: 'date', value: 'XXXX-01', unit: 'date' },
      { text: '2月份', kind: 'date', value: 'XXXX-02', unit: 'date' },
      { text: '3%', kind: 'percent', value: 3, unit: '%', change: 'up' },
      { text: '三', kind: 'date', value: 'XXXX-Q3', unit: 'date' },
      { text: '四季度', kind: 'date', value: 'XXXX-Q4', unit: 'date' },
    ],
  },
  {
    note: 'a Chinese numeral past ten thousand needs no unit; 万一 is no number',
    sentence: '全市人口一千二百三十四万五千，汛期要备足物资以防万一。',
    figures: [{ text: '一千二百三十四万五千', kind: 'number', value: 12345000, unit: '' }],
  },
  {
    note: 'tonnes of coal equivalent are a mass, the clause keeps its own subject',
    sentence: '全省能源消费总量为2.36亿吨标准煤，排放总量为6.03亿吨二氧化碳当量。',
    figures: [
      { text: '2.36亿吨标准煤', kind: 'quantity', value: 236000000000, unit: 'kg', unit_text: '吨标准煤' },
      { text: '6.03亿吨二氧化碳当量', kind: 'quantity', value: 603000000000, unit: 'kg', unit_text: '吨二氧化碳当量' },
    ],
  },
  // ── fourth audit ────────────────────────────────────────────────────
  {
    note: 'spoken magnitudes with 个',
    sentence: '项目总投资两个多亿元，配套资金一个亿。',
    figures: [
      { text: '两个多亿元', kind: 'money', value: 200000000, unit: 'CNY', approx: 'over' },
      { text: '一个亿', kind: 'number', value: 100000000, unit: '' },
    ],
  },
  {
    sentence: '采用3奈米製程，匯率為1美元兌32.5元新臺幣，新臺幣兌美元升值約3%，人民币贬值2.1%。',
    figures: [
      { text: '3奈米', kind: 'quantity', value: 3e-9, unit: 'm' },
      { text: '1美元', kind: 'money', value: 1, unit: 'USD' },
      { text: '32.5元新臺幣', kind: 'money', value: 32.5, unit: 'TWD' },
      { text: '3%', kind: 'percent', value: 3, unit: '%', approx: 'about', change: 'up' },
      { text: '2.1%', kind: 'percent', value: 2.1, unit: '%', change: 'down' },
    ],
  },
  {
    note: 'double digits; a unit of account before GDP',
    sentence: '快递业务量增长两位数，万元GDP能耗下降3.5%，营收增长将达到两成。',
    figures: [
      { text: '3.5%', kind: 'percent', value: 3.5, unit: '%', change: 'down' },
      { text: '两成', kind: 'percent', value: 20, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'a pair after a higher digit; a pair of tenths',
    sentence: '来了一百二三十人，多是二十五六岁和十一二岁的，八九成来自本地。',
    figures: [
      { text: '一百二三十人', kind: 'count', value: 120, value_max: 130, unit: '人', approx: 'about' },
      { text: '二十五六岁', kind: 'count', value: 25, value_max: 26, unit: '岁', approx: 'about' },
      { text: '十一二岁', kind: 'count', value: 11, value_max: 12, unit: '岁', approx: 'about' },
      { text: '八九成', kind: 'percent', value: 80, value_max: 90, unit: '%', approx: 'about' },
    ],
  },
  {
    sentence: '高峰小时断面客流3.2万人次/小时，第一、第二、第三产业增加值分别增长3.1%、7.4%和6.2%。',
    figures: [
      { text: '3.2万人次/小时', kind: 'count', value: 32000, unit: '人次', unit_text: '人次/小时' },
      { text: '3.1%', kind: 'percent', value: 3.1, unit: '%', change: 'up' },
      { text: '7.4%', kind: 'percent', value: 7.4, unit: '%', change: 'up' },
      { text: '6.2%', kind: 'percent', value: 6.2, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '商品打七至八折，占比百分之三到五，另有百分之三至百分之五。',
    figures: [
      { text: '七至八折', kind: 'percent', value: 70, value_max: 80, unit: '%' },
      { text: '百分之三到五', kind: 'percent', value: 3, value_max: 5, unit: '%' },
      { text: '百分之三至百分之五', kind: 'percent', value: 3, value_max: 5, unit: '%' },
    ],
  },
  {
    sentence: '二〇〇八至二〇一二年，该城在17至18世纪和19、20世纪两度繁荣。',
    figures: [
      { text: '二〇〇八至二〇一二年', kind: 'date', value: '2008/2012', unit: 'date' },
      { text: '17至18世纪', kind: 'date', value: '16XX/17XX', unit: 'date' },
      { text: '19', kind: 'date', value: '18XX', unit: 'date' },
      { text: '20世纪', kind: 'date', value: '19XX', unit: 'date' },
    ],
  },
  {
    sentence: '这批工厂建于上世纪五六十年代，兴盛于七八十年代。',
    figures: [
      { text: '上世纪五六十年代', kind: 'date', value: '195X/196X', unit: 'date' },
      { text: '七八十年代', kind: 'date', value: '197X/198X', unit: 'date' },
    ],
  },
  {
    note: 'days of custody or closure are lengths',
    sentence: '判决前先行羁押一日折抵刑期一日，该店停业3日。',
    figures: [
      { text: '一日', kind: 'duration', value: 1, unit: 'day' },
      { text: '一日', kind: 'duration', value: 1, unit: 'day' },
      { text: '3日', kind: 'duration', value: 3, unit: 'day' },
    ],
  },
  {
    note: 'a bare 元 takes the currency of the amount before it in its sentence',
    sentence: '每股盈餘為新臺幣12.05元，去年同期為9.51元；1美元兑7.1元。',
    figures: [
      { text: '12.05元', kind: 'money', value: 12.05, unit: 'TWD' },
      { text: '9.51元', kind: 'money', value: 9.51, unit: 'TWD' },
      { text: '1美元', kind: 'money', value: 1, unit: 'USD' },
      { text: '7.1元', kind: 'money', value: 7.1, unit: 'CNY' },
    ],
  },
  {
    sentence: '约有百分之七八十的学校开设了课程。',
    figures: [{ text: '百分之七八十', kind: 'percent', value: 70, value_max: 80, unit: '%', approx: 'about' }],
  },
];
