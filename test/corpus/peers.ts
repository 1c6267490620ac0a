/**
 * Short sentences in the manner of other recognizers' test suites
 * (Recognizers-Text, Duckling): lists of three and more, decimals before
 * 成 and 折, Traditional signs, shares, names and set phrases. Our own
 * sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── Traditional script: the sign ─────────────────────────────────────
  {
    sentence: '淨利率為負3.9%。',
    figures: [{ text: '負3.9%', kind: 'percent', value: -3.9, unit: '%' }],
  },
  {
    sentence: '實質成長率為負百分之三。',
    figures: [{ text: '負百分之三', kind: 'percent', value: -3, unit: '%' }],
  },
  {
    sentence: '出口額負增長，降幅為負5%。',
    figures: [{ text: '負5%', kind: 'percent', value: -5, unit: '%' }],
  },
  // ── lists of three and more sharing one unit ─────────────────────────
  {
    sentence: '1、2、3月份全区出口保持增长。',
    figures: [
      { text: '1', kind: 'date', value: 'XXXX-01', unit: 'date' },
      { text: '2', kind: 'date', value: 'XXXX-02', unit: 'date' },
      { text: '3月份', kind: 'date', value: 'XXXX-03', unit: 'date' },
    ],
  },
  {
    sentence: '2021、2022和2023年该县粮食连续丰收。',
    figures: [
      { text: '2021', kind: 'date', value: '2021', unit: 'date' },
      { text: '2022', kind: 'date', value: '2022', unit: 'date' },
      { text: '2023年', kind: 'date', value: '2023', unit: 'date' },
    ],
  },
  {
    sentence: '今年二、三、四季度订单饱满。',
    refDate: '2025-06-30',
    figures: [
      { text: '今年二', kind: 'date', value: '2025-Q2', unit: 'date' },
      { text: '三', kind: 'date', value: '2025-Q3', unit: 'date' },
      { text: '四季度', kind: 'date', value: '2025-Q4', unit: 'date' },
    ],
  },
  {
    note: 'a list must rise: 3、1月份 is no list of months',
    sentence: '3、1月份',
    figures: [{ text: '1月份', kind: 'date', value: 'XXXX-01', unit: 'date' }],
  },
  {
    sentence: '三家企业分别投资十、二十和三十亿元。',
    figures: [
      { text: '三家', kind: 'count', value: 3, unit: '家' },
      { text: '十', kind: 'money', value: 1000000000, unit: 'CNY' },
      { text: '二十', kind: 'money', value: 2000000000, unit: 'CNY' },
      { text: '三十亿元', kind: 'money', value: 3000000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '两种产品销量分别增长二、三成。',
    figures: [
      { text: '两种', kind: 'count', value: 2, unit: '种' },
      { text: '二', kind: 'percent', value: 20, unit: '%', change: 'up' },
      { text: '三成', kind: 'percent', value: 30, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '他在第七、八届全运会上夺冠。',
    figures: [
      { text: '第七', kind: 'ordinal', value: 7, unit: '届' },
      { text: '八届', kind: 'ordinal', value: 8, unit: '届' },
    ],
  },
  {
    sentence: '获得第1、2、3名的选手。',
    figures: [
      { text: '第1', kind: 'ordinal', value: 1, unit: '名' },
      { text: '2', kind: 'ordinal', value: 2, unit: '名' },
      { text: '3名', kind: 'ordinal', value: 3, unit: '名' },
    ],
  },
  {
    sentence: '两队分获第一、第二名。',
    figures: [
      { text: '两队', kind: 'count', value: 2, unit: '队' },
      { text: '第一', kind: 'ordinal', value: 1, unit: '名' },
      { text: '第二名', kind: 'ordinal', value: 2, unit: '名' },
    ],
  },
  {
    note: 'a list of sector names stays no figure',
    sentence: '第一、第二、第三产业协调发展。',
    figures: [],
  },
  // ── quarters written as ranks ────────────────────────────────────────
  {
    sentence: '2024年第一至第三季度营收稳步增长。',
    figures: [{ text: '2024年第一至第三季度', kind: 'date', value: '2024-Q1/2024-Q3', unit: 'date' }],
  },
  {
    sentence: '第二、第三季度是销售旺季。',
    figures: [
      { text: '第二', kind: 'date', value: 'XXXX-Q2', unit: 'date' },
      { text: '第三季度', kind: 'date', value: 'XXXX-Q3', unit: 'date' },
    ],
  },
  {
    note: '第 before a month is no date range',
    sentence: '名列第3至5位。',
    figures: [{ text: '第3至5位', kind: 'ordinal', value: 3, value_max: 5, unit: '位' }],
  },
  // ── decimals before 成 and 折 ────────────────────────────────────────
  {
    sentence: '部分商品低至三点五折，会员再享九五折。',
    figures: [
      { text: '三点五折', kind: 'percent', value: 35, unit: '%' },
      { text: '九五折', kind: 'percent', value: 95, unit: '%' },
    ],
  },
  {
    sentence: '清仓商品零点五折起。',
    figures: [{ text: '零点五折', kind: 'percent', value: 5, unit: '%' }],
  },
  {
    sentence: '新能源车占比约二点五成，去年为1.5成。',
    figures: [
      { text: '二点五成', kind: 'percent', value: 25, unit: '%', approx: 'about' },
      { text: '1.5成', kind: 'percent', value: 15, unit: '%' },
    ],
  },
  {
    note: 'set phrases with 折',
    sentence: '项目审批一波三折，补贴又被七折八扣。',
    figures: [],
  },
  // ── a share written as a slash fraction ──────────────────────────────
  {
    sentence: '农村人口占总人口的1/3，女性占比1/2。',
    figures: [
      { text: '1/3', kind: 'number', value: 1 / 3, unit: '' },
      { text: '1/2', kind: 'number', value: 0.5, unit: '' },
    ],
  },
  {
    note: 'a date with a slash is no share',
    sentence: '截至今年的6/30，任务过半。',
    figures: [{ text: '6/30', kind: 'date', value: 'XXXX-06-30', unit: 'date' }],
  },
  // ── bare magnitudes that are no amount ───────────────────────────────
  {
    sentence: '全市外贸迈上千亿台阶。',
    figures: [],
  },
  {
    sentence: '表中金额单位为亿元，以万元计的另列。',
    figures: [],
  },
  // ── names made of a count ────────────────────────────────────────────
  {
    sentence: '六盘水市、三门峡市和七台河市都在此列，五台山游客众多。',
    figures: [],
  },
  {
    note: 'a count of cities is still a count',
    sentence: '三个城市和五家超市参加。',
    figures: [
      { text: '三个', kind: 'count', value: 3, unit: '个' },
      { text: '五家', kind: 'count', value: 5, unit: '家' },
    ],
  },
  // ── neighbouring digits with a magnitude ─────────────────────────────
  {
    sentence: '现场来了一二百人，涉及一二十个村，一二线城市除外。',
    figures: [
      { text: '一二百人', kind: 'count', value: 100, value_max: 200, unit: '人', approx: 'about' },
      { text: '一二十个', kind: 'count', value: 10, value_max: 20, unit: '个', approx: 'about' },
    ],
  },
  // ── temperature after the figure, blanks in ranks ────────────────────
  {
    sentence: '迎来零下5度的气温，正午30度的高温。',
    figures: [
      { text: '零下5度', kind: 'quantity', value: -5, unit: '°C' },
      { text: '30度', kind: 'quantity', value: 30, unit: '°C' },
    ],
  },
  {
    note: 'a turn is no temperature',
    sentence: '屏幕可以360度的旋转。',
    figures: [],
  },
  {
    sentence: '第 7 届运动会在此举行。',
    figures: [{ text: '第 7 届', kind: 'ordinal', value: 7, unit: '届' }],
  },
  // ── digits written one by one are not read, nor their tail ───────────
  {
    note: 'the tail 五个 of 一〇五个 was a count of 5',
    sentence: '酒店共有一〇五个房间，一百零五个车位。',
    figures: [{ text: '一百零五个', kind: 'count', value: 105, unit: '个' }],
  },
  // ── the first months of a year ───────────────────────────────────────
  {
    sentence: '前10个月，全市规上工业增加值增长6%。',
    figures: [
      { text: '前10个月', kind: 'date', value: 'XXXX-01/XXXX-10', unit: 'date' },
      { text: '6%', kind: 'percent', value: 6, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '今年前两个月，出口增长3%。',
    refDate: '2025-06-30',
    figures: [
      { text: '今年前两个月', kind: 'date', value: '2025-01/2025-02', unit: 'date' },
      { text: '3%', kind: 'percent', value: 3, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'a span before something is a length',
    sentence: '项目提前两个月完工，前3个月内完成验收。',
    figures: [
      { text: '两个月', kind: 'duration', value: 2, unit: 'month' },
      { text: '3个月', kind: 'duration', value: 3, unit: 'month' },
    ],
  },
  // ── halves ───────────────────────────────────────────────────────────
  {
    sentence: '工期半年，每天午休半小时，半个月后复查。',
    figures: [
      { text: '半年', kind: 'duration', value: 0.5, unit: 'year' },
      { text: '半小时', kind: 'duration', value: 0.5, unit: 'hour' },
      { text: '半个月', kind: 'duration', value: 0.5, unit: 'month' },
    ],
  },
  {
    note: 'halves that are dates, reports or after a numeral',
    sentence: '上半年半年报显示，一年半来大半年都在建设。',
    figures: [
      { text: '上半年', kind: 'date', value: 'XXXX-H1', unit: 'date' },
      { text: '一年半', kind: 'duration', value: 1.5, unit: 'year' },
    ],
  },
  {
    sentence: '孩子三岁半，哥哥7岁。',
    figures: [
      { text: '三岁半', kind: 'count', value: 3.5, unit: '岁' },
      { text: '7岁', kind: 'count', value: 7, unit: '岁' },
    ],
  },
  // ── decades, temperatures, standards and set phrases ─────────────────
  {
    sentence: '20世纪50—60年代建成的厂房，上世纪80至90年代改造。',
    figures: [
      { text: '20世纪50—60年代', kind: 'date', value: '195X/196X', unit: 'date' },
      { text: '上世纪80至90年代', kind: 'date', value: '198X/199X', unit: 'date' },
    ],
  },
  {
    sentence: '最低温度25°C，气温一度跌破零度。',
    figures: [
      { text: '25°C', kind: 'quantity', value: 25, unit: '°C' },
      { text: '零度', kind: 'quantity', value: 0, unit: '°C' },
    ],
  },
  {
    sentence: '本标准按照GB/T 1.1-2020起草，已通过ISO 9001:2015认证。',
    figures: [],
  },
  {
    sentence: '一日三餐，十年如一日；高铁一日千里，学习切忌三天打鱼两天晒网。',
    figures: [],
  },
  // ── more dates: days with 号, month/day with a slash, 元月 ───────────
  {
    sentence: '展会于3月5号至7号举行，报名截至6/30。',
    figures: [
      { text: '3月5号至7号', kind: 'date', value: 'XXXX-03-05/XXXX-03-07', unit: 'date' },
      { text: '6/30', kind: 'date', value: 'XXXX-06-30', unit: 'date' },
    ],
  },
  {
    note: 'a slash with a day of 12 or less and no 日 stays no date; 元 of money before 月 is no January',
    sentence: '规格3/5，元月5日重赛，月薪1000元月月发。',
    figures: [
      { text: '元月5日', kind: 'date', value: 'XXXX-01-05', unit: 'date' },
      { text: '1000元', kind: 'money', value: 1000, unit: 'CNY' },
    ],
  },
  // ── tenths before 为, zero degrees, a year and a half ────────────────
  {
    sentence: '该产品八成五为出口，他一岁半了。',
    figures: [
      { text: '八成五', kind: 'percent', value: 85, unit: '%' },
      { text: '一岁半', kind: 'count', value: 1.5, unit: '岁' },
    ],
  },
  {
    sentence: '水的冰点是零摄氏度，夜间气温降到零度以下，零部件不受影响。',
    figures: [
      { text: '零摄氏度', kind: 'quantity', value: 0, unit: '°C' },
      { text: '零度', kind: 'quantity', value: 0, unit: '°C', approx: 'under' },
    ],
  },
  {
    sentence: '日子一天比一天好，他十天半月回不来，十年磨一剑，差了十万八千里。',
    figures: [],
  },
  // ── currency signs before the amount ─────────────────────────────────
  {
    sentence: '售价￥35元，约合US$5，港股报HK$300-500，欧洲€20，英国£5。',
    figures: [
      { text: '￥35元', kind: 'money', value: 35, unit: 'CNY', unit_text: '￥元' },
      { text: 'US$5', kind: 'money', value: 5, unit: 'USD' },
      { text: 'HK$300-500', kind: 'money', value: 300, value_max: 500, unit: 'HKD' },
      { text: '€20', kind: 'money', value: 20, unit: 'EUR' },
      { text: '£5', kind: 'money', value: 5, unit: 'GBP' },
    ],
  },
  {
    sentence: '融资¥1.2万亿，另有$999。',
    figures: [
      { text: '¥1.2万亿', kind: 'money', value: 1200000000000, unit: 'CNY' },
      { text: '$999', kind: 'money', value: 999, unit: 'USD' },
    ],
  },
  // ── a currency named before an amount with no currency word after it ──
  {
    sentence: '合同金额为人民币5000，折合美元约3亿，港币500万的项目。',
    figures: [
      { text: '人民币5000', kind: 'money', value: 5000, unit: 'CNY', unit_text: '人民币' },
      { text: '美元约3亿', kind: 'money', value: 300000000, unit: 'USD', approx: 'about' },
      { text: '港币500万', kind: 'money', value: 5000000, unit: 'HKD' },
    ],
  },
  {
    note: 'the amount must end after the numeral',
    sentence: '支付人民币100元，人民币汇率稳定，人民兵50人。',
    figures: [
      { text: '100元', kind: 'money', value: 100, unit: 'CNY' },
      { text: '50人', kind: 'count', value: 50, unit: '人' },
    ],
  },
  // ── a range of ranks with the measure word at both ends ──────────────
  {
    sentence: '第一名至第三名获奖，第一名至第三届均有记录。',
    figures: [
      { text: '第一名至第三名', kind: 'ordinal', value: 1, value_max: 3, unit: '名' },
      { text: '第一名', kind: 'ordinal', value: 1, unit: '名' },
      { text: '第三届', kind: 'ordinal', value: 3, unit: '届' },
    ],
  },
  // ── spoken magnitudes, heights, years written as numbers ─────────────
  {
    sentence: '项目投资3个亿，另有两个亿的配套，共有3个项目。',
    figures: [
      { text: '3个亿', kind: 'number', value: 300000000, unit: '' },
      { text: '两个亿', kind: 'number', value: 200000000, unit: '' },
      { text: '3个', kind: 'count', value: 3, unit: '个' },
    ],
  },
  {
    sentence: '他身高一米八，弟弟一米七五，桌子长两米。',
    figures: [
      { text: '一米八', kind: 'quantity', value: 1.8, unit: 'm' },
      { text: '一米七五', kind: 'quantity', value: 1.75, unit: 'm' },
      { text: '两米', kind: 'quantity', value: 2, unit: 'm' },
    ],
  },
  {
    sentence: '两千零二十四年是龙年，一千九百四十九年十月一日开国，这座城已有两千多年历史，历经一千八百年。',
    figures: [
      { text: '两千零二十四年', kind: 'date', value: '2024', unit: 'date' },
      { text: '一千九百四十九年十月一日', kind: 'date', value: '1949-10-01', unit: 'date' },
      { text: '两千多年', kind: 'duration', value: 2000, unit: 'year', approx: 'over' },
      { text: '一千八百年', kind: 'duration', value: 1800, unit: 'year' },
    ],
  },
  {
    note: 'the name of a five-year plan',
    sentence: '第十四个五年规划纲要提出，历时3年完成。',
    figures: [{ text: '3年', kind: 'duration', value: 3, unit: 'year' }],
  },
  // ── a second round: points with 多 and 半, words ending in 负, 上 of places ──
  {
    sentence: '利率比上年提高了2个多百分点，较目标高五个半百分点。',
    figures: [
      { text: '2个多百分点', kind: 'percentage_point', value: 2, unit: 'pp', approx: 'over', change: 'up' },
      { text: '五个半百分点', kind: 'percentage_point', value: 5.5, unit: 'pp' },
    ],
  },
  {
    sentence: '宏观税负15.1%，为企业减负500亿元，增速为负3.9%。',
    figures: [
      { text: '15.1%', kind: 'percent', value: 15.1, unit: '%' },
      { text: '500亿元', kind: 'money', value: 50000000000, unit: 'CNY' },
      { text: '负3.9%', kind: 'percent', value: -3.9, unit: '%' },
    ],
  },
  {
    sentence: '满足以上十个条件，线上十万人观看，线上百万用户点赞，另有上百人到场。',
    figures: [
      { text: '十个', kind: 'count', value: 10, unit: '个', approx: '' },
      { text: '十万人', kind: 'count', value: 100000, unit: '人', approx: '' },
      { text: '上百人', kind: 'count', value: 100, unit: '人', approx: 'over' },
    ],
  },
  {
    sentence: '处五年以上十年以下有期徒刑。',
    figures: [
      { text: '五年', kind: 'duration', value: 5, unit: 'year', approx: 'over' },
      { text: '十年', kind: 'duration', value: 10, unit: 'year', approx: 'under' },
    ],
  },
  {
    sentence: '全场两折，五十塊錢一件，售價100雷亞爾。',
    figures: [
      { text: '两折', kind: 'percent', value: 20, unit: '%' },
      { text: '五十塊錢一件', kind: 'money', value: 50, unit: 'CNY' },
      { text: '100雷亞爾', kind: 'money', value: 100, unit: 'BRL' },
    ],
  },
  {
    sentence: '孩子3岁多，身高1米多，体重2公斤多，学到第3单元。',
    figures: [
      { text: '3岁多', kind: 'count', value: 3, unit: '岁', approx: 'over' },
      { text: '1米多', kind: 'quantity', value: 1, unit: 'm', approx: 'over' },
      { text: '2公斤多', kind: 'quantity', value: 2, unit: 'kg', approx: 'over' },
      { text: '第3单元', kind: 'ordinal', value: 3, unit: '单元' },
    ],
  },
  {
    sentence: '华为Mate 60 Pro热销，他三头六臂、信心百倍，喜欢二次元。',
    figures: [],
  },
  {
    sentence: '占比五成至六成，商品打七折至八折。',
    figures: [
      { text: '五成至六成', kind: 'percent', value: 50, value_max: 60, unit: '%' },
      { text: '七折至八折', kind: 'percent', value: 70, value_max: 80, unit: '%' },
    ],
  },
  {
    sentence: '营业收入翻了近两番，利润翻了两番多。',
    figures: [
      { text: '翻了近两番', kind: 'multiple', value: 4, unit: 'x', approx: 'under', change: 'up' },
      { text: '翻了两番多', kind: 'multiple', value: 4, unit: 'x', approx: 'over', change: 'up' },
    ],
  },
  // ── spoken money: 块 and 毛 ──────────────────────────────────────────
  {
    sentence: '这把伞三块五，那本书十块钱，找零两块五毛钱。',
    figures: [
      { text: '三块五', kind: 'money', value: 3.5, unit: 'CNY' },
      { text: '十块钱', kind: 'money', value: 10, unit: 'CNY' },
      { text: '两块五毛钱', kind: 'money', value: 2.5, unit: 'CNY' },
    ],
  },
  {
    sentence: '白菜一块二一斤，葱每斤八毛，门票一百块。',
    figures: [
      { text: '一块二一斤', kind: 'money', value: 1.2, unit: 'CNY' },
      { text: '八毛', kind: 'money', value: 0.8, unit: 'CNY' },
      { text: '一百块', kind: 'money', value: 100, unit: 'CNY' },
    ],
  },
  {
    sentence: '他买了3块5毛的糖，又给了我五毛钱。',
    figures: [
      { text: '3块5毛', kind: 'money', value: 3.5, unit: 'CNY' },
      { text: '五毛钱', kind: 'money', value: 0.5, unit: 'CNY' },
    ],
  },
  {
    sentence: '桌上有三块蛋糕，蛋糕我们吃了两块，他一毛不拔，爱读三毛。',
    figures: [
      { text: '三块', kind: 'count', value: 3, unit: '块' },
      { text: '两块', kind: 'count', value: 2, unit: '块' },
    ],
  },
  // ── 零 between Arabic sections; 万亿 followed by 亿 ──────────────────
  {
    sentence: '合计2万亿零500亿元，其中国债十万亿零三千亿元。',
    figures: [
      { text: '2万亿零500亿元', kind: 'money', value: 2050000000000, unit: 'CNY' },
      { text: '十万亿零三千亿元', kind: 'money', value: 10300000000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '总规模达一千二百万亿元。',
    figures: [{ text: '一千二百万亿元', kind: 'money', value: 1200000000000000, unit: 'CNY' }],
  },
  // ── mixed fractions, pascals, 多 that begins the next word ─────────────
  {
    sentence: '桌子长一又二分之一米，另一张是2又3分之1米。',
    figures: [
      { text: '一又二分之一', kind: 'number', value: 1.5, unit: '' },
      { text: '2又3分之1', kind: 'number', value: 2.3333333333333335, unit: '' },
    ],
  },
  {
    sentence: '标准大气压为101325Pa，材料强度达1.2GPa。',
    figures: [
      { text: '101325Pa', kind: 'quantity', value: 101325, unit: 'Pa' },
      { text: '1.2GPa', kind: 'quantity', value: 1200000000, unit: 'Pa' },
    ],
  },
  {
    sentence: '工期少则3天多则一周，实际用了5天多于预期。',
    figures: [
      { text: '3天', kind: 'duration', value: 3, unit: 'day', approx: '' },
      { text: '一周', kind: 'duration', value: 1, unit: 'week' },
      { text: '5天', kind: 'duration', value: 5, unit: 'day', approx: '' },
    ],
  },
  {
    sentence: '展会三月廿五日开幕，卅日闭幕，五月卅一日再办。',
    figures: [
      { text: '三月廿五日', kind: 'date', value: 'XXXX-03-25', unit: 'date' },
      { text: '卅日', kind: 'date', value: 'XXXX-XX-30', unit: 'date' },
      { text: '五月卅一日', kind: 'date', value: 'XXXX-05-31', unit: 'date' },
    ],
  },
  // ── a fifth audit: prices per unit, currencies named first, units ──────
  {
    sentence: '猪肉十二元一斤，汽油7.5元一升，苹果五块钱一斤，房租3000元一个月。',
    figures: [
      { text: '十二元一斤', kind: 'money', value: 12, unit: 'CNY', unit_text: '元一斤' },
      { text: '7.5元一升', kind: 'money', value: 7.5, unit: 'CNY' },
      { text: '五块钱一斤', kind: 'money', value: 5, unit: 'CNY' },
      { text: '3000元一个月', kind: 'money', value: 3000, unit: 'CNY' },
    ],
  },
  {
    sentence: '每100克含能量1500千焦，油耗为每百公里6.5公升，装机200兆瓦/400兆瓦时。',
    figures: [
      { text: '1500千焦', kind: 'quantity', value: 1500000, unit: 'J' },
      { text: '6.5公升', kind: 'quantity', value: 6.5, unit: 'L' },
      { text: '200兆瓦', kind: 'quantity', value: 200000000, unit: 'W' },
      { text: '400兆瓦时', kind: 'quantity', value: 400000000, unit: 'Wh' },
    ],
  },
  {
    sentence: '他以港币500万收购店铺，用美元2000购买设备，政府發放新台幣3萬補助，现金为新臺幣1.92兆元。',
    figures: [
      { text: '港币500万', kind: 'money', value: 5000000, unit: 'HKD' },
      { text: '美元2000', kind: 'money', value: 2000, unit: 'USD' },
      { text: '新台幣3萬', kind: 'money', value: 30000, unit: 'TWD' },
      { text: '1.92兆元', kind: 'money', value: 1920000000000, unit: 'TWD' },
    ],
  },
  {
    sentence: '机票要5000菲律宾比索，贷款20亿巴基斯坦卢比，储备3000亿瑞典克朗，一顿饭30万印尼盾，邮票50便士。',
    figures: [
      { text: '5000菲律宾比索', kind: 'money', value: 5000, unit: 'PHP' },
      { text: '20亿巴基斯坦卢比', kind: 'money', value: 2000000000, unit: 'PKR' },
      { text: '3000亿瑞典克朗', kind: 'money', value: 300000000000, unit: 'SEK' },
      { text: '30万印尼盾', kind: 'money', value: 300000, unit: 'IDR' },
      { text: '50便士', kind: 'money', value: 0.5, unit: 'GBP' },
    ],
  },
  {
    sentence: '物价涨幅在2%左右，涨幅预计在0.5到1个百分点之间，出口增长5%多，这辆车降价两万元。',
    figures: [
      { text: '2%', kind: 'percent', value: 2, unit: '%', approx: 'about', change: 'up' },
      { text: '0.5到1个百分点', kind: 'percentage_point', value: 0.5, value_max: 1, unit: 'pp', change: 'up' },
      { text: '5%多', kind: 'percent', value: 5, unit: '%', approx: 'over', change: 'up' },
      { text: '两万元', kind: 'money', value: 20000, unit: 'CNY', change: 'down' },
    ],
  },
  {
    sentence: '他在外地待了半年多，又等了一个半小时多，反应时间仅为100毫秒。',
    figures: [
      { text: '半年多', kind: 'duration', value: 0.5, unit: 'year', approx: 'over' },
      { text: '一个半小时多', kind: 'duration', value: 1.5, unit: 'hour', approx: 'over' },
      { text: '100毫秒', kind: 'duration', value: 0.1, unit: 'second' },
    ],
  },
  {
    sentence: '纽约气温达到华氏100度，另一地95°F，病人发烧到三十九度五，最低气温零下2度到零上5度。',
    figures: [
      { text: '100度', kind: 'quantity', value: 100, unit: '°F' },
      { text: '95°F', kind: 'quantity', value: 95, unit: '°F' },
      { text: '三十九度五', kind: 'quantity', value: 39.5, unit: '°C' },
      { text: '零下2度到零上5度', kind: 'quantity', value: -2, value_max: 5, unit: '°C' },
    ],
  },
  {
    sentence: '排量为1998立方厘米，钻戒3克拉，功率300马力，湖面积300平方英里，油箱15加仑。',
    figures: [
      { text: '1998立方厘米', kind: 'quantity', value: 0.001998, unit: 'm3' },
      { text: '3克拉', kind: 'quantity', value: 0.0006, unit: 'kg' },
      { text: '300马力', kind: 'quantity', value: 220649.625, unit: 'W' },
      { text: '300平方英里', kind: 'quantity', value: 776996433.1008, unit: 'm2' },
      { text: '15加仑', kind: 'quantity', value: 56.78117676, unit: 'L' },
    ],
  },
  {
    sentence: '不满18周岁者不得入内，正午气温最高可达40℃。',
    figures: [
      { text: '18周岁', kind: 'count', value: 18, unit: '周岁', approx: 'under' },
      { text: '40℃', kind: 'quantity', value: 40, unit: '°C', approx: 'under' },
    ],
  },
  {
    sentence: '第二次世界大战于1945年结束，2019年秋，他来到北京。',
    figures: [
      { text: '1945年', kind: 'date', value: '1945', unit: 'date' },
      { text: '2019年秋', kind: 'date', value: '2019-FA', unit: 'date' },
    ],
  },
  {
    sentence: '大桥使用了一个世纪，森林保护了半个世纪，他等了一刻钟，又住了半个多月。',
    figures: [
      { text: '一个世纪', kind: 'duration', value: 100, unit: 'year' },
      { text: '半个世纪', kind: 'duration', value: 50, unit: 'year' },
      { text: '一刻钟', kind: 'duration', value: 15, unit: 'minute' },
      { text: '半个多月', kind: 'duration', value: 0.5, unit: 'month', approx: 'over' },
    ],
  },
  {
    sentence: '充电宝容量为一万毫安时，手机电池5000mAh，货轮航速18海里每小时。',
    figures: [
      { text: '一万毫安时', kind: 'quantity', value: 10, unit: 'Ah' },
      { text: '5000mAh', kind: 'quantity', value: 5, unit: 'Ah' },
      { text: '18海里每小时', kind: 'quantity', value: 33.336, unit: 'km/h' },
    ],
  },
  {
    sentence: '买菜花了一百二十块零五毛，邮费五元零五分。',
    figures: [
      { text: '一百二十块零五毛', kind: 'money', value: 120.5, unit: 'CNY' },
      { text: '五元零五分', kind: 'money', value: 5.05, unit: 'CNY' },
    ],
  },
  {
    sentence: '点球点距离球门线12码，火炮射程300至400码，航母航速为30节，他穿42码的鞋，上了三节课。',
    figures: [
      { text: '12码', kind: 'quantity', value: 10.9728, unit: 'm' },
      { text: '300至400码', kind: 'quantity', value: 274.32, value_max: 365.76, unit: 'm' },
      { text: '30节', kind: 'quantity', value: 55.56, unit: 'km/h' },
      { text: '三节', kind: 'count', value: 3, unit: '节' },
    ],
  },
  // ── a sixth audit: newspaper pages of our own ──────────────────────────
  {
    sentence: '客运量120万乘次，接待1240家次，卖出两千多碗，得票2860万票，房价486元/间夜，排名第一档。',
    figures: [
      { text: '120万乘次', kind: 'count', value: 1200000, unit: '乘次' },
      { text: '1240家次', kind: 'count', value: 1240, unit: '家次' },
      { text: '两千多碗', kind: 'count', value: 2000, unit: '碗', approx: 'over' },
      { text: '2860万票', kind: 'count', value: 28600000, unit: '票' },
      { text: '486元/间夜', kind: 'money', value: 486, unit: 'CNY', unit_text: '元/间夜' },
      { text: '第一档', kind: 'ordinal', value: 1, unit: '档' },
    ],
  },
  {
    sentence: '审批时间压缩了六成，增速比去年同期快3.2个百分点，比上年慢0.5个百分点，他比纪录快了1.2秒。',
    figures: [
      { text: '六成', kind: 'percent', value: 60, unit: '%', change: 'down' },
      { text: '3.2个百分点', kind: 'percentage_point', value: 3.2, unit: 'pp', change: 'up' },
      { text: '0.5个百分点', kind: 'percentage_point', value: 0.5, unit: 'pp', change: 'down' },
      { text: '1.2秒', kind: 'duration', value: 1.2, unit: 'second', change: '' },
    ],
  },
  {
    sentence: '新增变电容量800千伏安，培育3个万亿级产业集群，工期提前半个月，门票卖二十八块。',
    figures: [
      { text: '800千伏安', kind: 'quantity', value: 800000, unit: 'VA' },
      { text: '3个', kind: 'count', value: 3, unit: '个' },
      { text: '半个月', kind: 'duration', value: 0.5, unit: 'month' },
      { text: '二十八块', kind: 'money', value: 28, unit: 'CNY' },
    ],
  },
  {
    sentence: '这些指标分别提高0.6个、0.2个和0.9个百分点。',
    figures: [
      { text: '0.6个', kind: 'percentage_point', value: 0.6, unit: 'pp', change: 'up' },
      { text: '0.2个', kind: 'percentage_point', value: 0.2, unit: 'pp', change: 'up' },
      { text: '0.9个百分点', kind: 'percentage_point', value: 0.9, unit: 'pp', change: 'up' },
    ],
  },
  {
    sentence: '今年前5个月，全市出口增长5%。',
    figures: [
      { text: '前5个月', kind: 'date', value: 'XXXX-01/XXXX-05', unit: 'date' },
      { text: '5%', kind: 'percent', value: 5, unit: '%', change: 'up' },
    ],
  },
];
