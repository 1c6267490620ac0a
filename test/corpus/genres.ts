/**
 * Short sentences from a seventh audit: pages of genres the tool had met
 * less (weather and hydrology, sports, a phone launch, housing prices, an
 * earnings notice) and more sentences in the manner of other recognizers'
 * suites. Our own sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── a change, 至, and the level it reached: two figures ──────────────
  {
    sentence: '汽油价格每吨下调200元至4099元。',
    figures: [
      { text: '200元', kind: 'money', value: 200, unit: 'CNY', change: 'down' },
      { text: '4099元', kind: 'money', value: 4099, unit: 'CNY', change: '' },
    ],
  },
  {
    sentence: '常住人口减少8.6万人至4752.3万人。',
    figures: [
      { text: '8.6万人', kind: 'count', value: 86000, unit: '人', change: 'down' },
      { text: '4752.3万人', kind: 'count', value: 47523000, unit: '人', change: '' },
    ],
  },
  {
    sentence: '受降雨影响，水位上涨了1.2米至42.87米。',
    figures: [
      { text: '1.2米', kind: 'quantity', value: 1.2, unit: 'm', change: 'up' },
      { text: '42.87米', kind: 'quantity', value: 42.87, unit: 'm', change: '' },
    ],
  },
  {
    note: 'ends of one size after a change verb: a range of changes',
    sentence: '每月补贴增加200元至300元。',
    figures: [{ text: '200元至300元', kind: 'money', value: 200, value_max: 300, unit: 'CNY', change: 'up' }],
  },
  {
    note: 'percentages with the unit at both ends stay a range',
    sentence: '预计全年增长5%至8%。',
    figures: [{ text: '5%至8%', kind: 'percent', value: 5, value_max: 8, unit: '%', change: 'up' }],
  },
  {
    note: 'no change verb: a range',
    sentence: '票价从200元至4099元不等。',
    figures: [{ text: '200元至4099元', kind: 'money', value: 200, value_max: 4099, unit: 'CNY' }],
  },
  // ── codes with a leading zero ────────────────────────────────────────
  {
    sentence: '公告编号：2025-063\n\n本公司董事会保证公告内容真实。',
    figures: [],
  },
  {
    sentence: '会议于05月06日召开。',
    figures: [{ text: '05月06日', kind: 'date', value: 'XXXX-05-06', unit: 'date' }],
  },
  // ── categories and names ─────────────────────────────────────────────
  {
    sentence: '首套房首付比例为15%，二套房为25%。',
    figures: [
      { text: '15%', kind: 'percent', value: 15, unit: '%' },
      { text: '25%', kind: 'percent', value: 25, unit: '%' },
    ],
  },
  // ── units ────────────────────────────────────────────────────────────
  {
    sentence: '全省船舶总运力达3480万载重吨。',
    figures: [{ text: '3480万载重吨', kind: 'quantity', value: 34800000000, unit: 'kg', unit_text: '载重吨' }],
  },
  {
    sentence: '患者收缩压为140毫米汞柱。',
    figures: [{ text: '140毫米汞柱', kind: 'quantity', value: 18665.1342381, unit: 'Pa', unit_text: '毫米汞柱' }],
  },
  {
    sentence: '列车运行速度为350千米/时，汽车限速120公里/时。',
    figures: [
      { text: '350千米/时', kind: 'quantity', value: 350, unit: 'km/h' },
      { text: '120公里/时', kind: 'quantity', value: 120, unit: 'km/h' },
    ],
  },
  {
    sentence: '充电电流为3安培，待机电流仅2mA，额定电流5500毫安。',
    figures: [
      { text: '3安培', kind: 'quantity', value: 3, unit: 'A' },
      { text: '2mA', kind: 'quantity', value: 0.002, unit: 'A' },
      { text: '5500毫安', kind: 'quantity', value: 5.5, unit: 'A' },
    ],
  },
  {
    note: 'a bare A after digits is a grade, not an ampere',
    sentence: '全市共有国家5A级旅游景区。',
    figures: [],
  },
  {
    sentence: '他支付了500克朗的罚款。',
    figures: [],
  },
  {
    sentence: '后置主摄为5000万像素，前置为3200万像素。',
    figures: [
      { text: '5000万像素', kind: 'count', value: 50000000, unit: '像素' },
      { text: '3200万像素', kind: 'count', value: 32000000, unit: '像素' },
    ],
  },
  // ── 近 opening a span ────────────────────────────────────────────────
  {
    sentence: '按近6个月平均销售速度计算，去化周期为12个月。',
    figures: [
      { text: '6个月', kind: 'duration', value: 6, unit: 'month', approx: '' },
      { text: '12个月', kind: 'duration', value: 12, unit: 'month', approx: '' },
    ],
  },
  {
    sentence: '按照近三年平均水平计算。',
    figures: [{ text: '三年', kind: 'duration', value: 3, unit: 'year', approx: '' }],
  },
  {
    sentence: '该项目已有近70年历史。',
    figures: [{ text: '70年', kind: 'duration', value: 70, unit: 'year', approx: 'under' }],
  },
  // ── counts before a noun that ends in a place word ───────────────────
  {
    sentence: '今年全县修建了五座大桥，新修了三条公路。',
    figures: [
      { text: '五座', kind: 'count', value: 5, unit: '座' },
      { text: '三条', kind: 'count', value: 3, unit: '条' },
    ],
  },
  {
    sentence: '全县有十五个乡镇、两座石桥和两道山岭。',
    figures: [
      { text: '十五个', kind: 'count', value: 15, unit: '个' },
      { text: '两座', kind: 'count', value: 2, unit: '座' },
      { text: '两道', kind: 'count', value: 2, unit: '道' },
    ],
  },
  {
    note: 'a place name made of a count stays dropped',
    sentence: '五棵树村和三道河乡的村民都来了。',
    figures: [],
  },
  {
    sentence: '他在三元桥换乘，又去了三里屯。',
    figures: [],
  },
  // ── measure words ────────────────────────────────────────────────────
  {
    sentence: '论文共5000字，分为12章，他写了3万字。',
    figures: [
      { text: '5000字', kind: 'count', value: 5000, unit: '字' },
      { text: '12章', kind: 'count', value: 12, unit: '章' },
      { text: '3万字', kind: 'count', value: 30000, unit: '字' },
    ],
  },
  {
    sentence: '比赛进入第三局，球队已赢了2局。',
    figures: [
      { text: '第三局', kind: 'ordinal', value: 3, unit: '局' },
      { text: '2局', kind: 'count', value: 2, unit: '局' },
    ],
  },
  {
    sentence: '他每天走一万步，跑了三圈，把课文读了三遍。',
    figures: [
      { text: '一万步', kind: 'count', value: 10000, unit: '步' },
      { text: '三圈', kind: 'count', value: 3, unit: '圈' },
      { text: '三遍', kind: 'count', value: 3, unit: '遍' },
    ],
  },
  {
    sentence: '广场升起100面国旗，他收到1200封来信。',
    figures: [
      { text: '100面', kind: 'count', value: 100, unit: '面' },
      { text: '1200封', kind: 'count', value: 1200, unit: '封' },
    ],
  },
  {
    note: 'a measure word that begins a longer word is none',
    sentence: '两者具有共同点，十字路口车多，增速比上月回升。',
    figures: [],
  },
  // ── words made with 第 ───────────────────────────────────────────────
  {
    sentence: '他冲在抗洪第一线，掌握了第一手资料，赚到了第一桶金。',
    figures: [],
  },
  {
    sentence: '这里是他的第二故乡，给人的第一印象很好。',
    figures: [],
  },
  // ── set phrases ──────────────────────────────────────────────────────
  {
    sentence: '他做事只有三分钟热度，用千斤顶把车顶了起来，小两口很高兴。',
    figures: [],
  },
  // ── half a unit ──────────────────────────────────────────────────────
  {
    sentence: '他等了半个多小时，半个多世纪以来村庄变了样。',
    figures: [
      { text: '半个多小时', kind: 'duration', value: 0.5, unit: 'hour', approx: 'over', unit_text: '个多小时' },
      { text: '半个多世纪', kind: 'duration', value: 50, unit: 'year', approx: 'over' },
    ],
  },
  {
    sentence: '失业率比上月下降半个百分点。',
    figures: [{ text: '半个百分点', kind: 'percentage_point', value: 0.5, unit: 'pp', change: 'down' }],
  },
  // ── small money ──────────────────────────────────────────────────────
  {
    sentence: '找了五角钱，一块糖9分钱，一张邮票八分钱。',
    figures: [
      { text: '五角钱', kind: 'money', value: 0.5, unit: 'CNY' },
      { text: '9分钱', kind: 'money', value: 0.09, unit: 'CNY' },
      { text: '八分钱', kind: 'money', value: 0.08, unit: 'CNY' },
    ],
  },
  {
    note: 'without 钱, 9分 is points',
    sentence: '他这次考了9分。',
    figures: [{ text: '9分', kind: 'count', value: 9, unit: '分' }],
  },
  {
    sentence: '这本杂志售价5美元50美分，在伦敦卖3英镑20便士。',
    figures: [
      { text: '5美元50美分', kind: 'money', value: 5.5, unit: 'USD', unit_text: '美元' },
      { text: '3英镑20便士', kind: 'money', value: 3.2, unit: 'GBP' },
    ],
  },
  // ── heights and qualifiers ───────────────────────────────────────────
  {
    sentence: '他身高1米8。',
    figures: [{ text: '1米8', kind: 'quantity', value: 1.8, unit: 'm' }],
  },
  {
    sentence: '面积大于100平方米，起码要3天，差不多有300人，至多500元。',
    figures: [
      { text: '100平方米', kind: 'quantity', value: 100, unit: 'm2', approx: 'over' },
      { text: '3天', kind: 'duration', value: 3, unit: 'day', approx: 'over' },
      { text: '300人', kind: 'count', value: 300, unit: '人', approx: 'about' },
      { text: '500元', kind: 'money', value: 500, unit: 'CNY', approx: 'under' },
    ],
  },
  {
    sentence: '儿童年龄小于6岁，时长少于2小时。',
    figures: [
      { text: '6岁', kind: 'count', value: 6, unit: '岁', approx: 'under' },
      { text: '2小时', kind: 'duration', value: 2, unit: 'hour', approx: 'under' },
    ],
  },
  // ── spoken floor space, market units, half a unit ─────────────────────
  {
    sentence: '这套房子100平，另一套120平的户型卖得更好，商场共5万平。',
    figures: [
      { text: '100平', kind: 'quantity', value: 100, unit: 'm2' },
      { text: '120平', kind: 'quantity', value: 120, unit: 'm2' },
      { text: '5万平', kind: 'quantity', value: 50000, unit: 'm2' },
    ],
  },
  {
    sentence: '卧室只有5个平方，客厅有30平方。',
    figures: [
      { text: '5个平方', kind: 'quantity', value: 5, unit: 'm2' },
      { text: '30平方', kind: 'quantity', value: 30, unit: 'm2' },
    ],
  },
  {
    note: '平 after a small number or before another word is no floor space (3胜1平2负 is a record: counts of wins, draws and losses)',
    sentence: '球队3胜1平2负，价格与上月持平，95306平台。',
    figures: [
      { text: '3胜', kind: 'count', value: 3, unit: '胜' },
      { text: '1平', kind: 'count', value: 1, unit: '平' },
      { text: '2负', kind: 'count', value: 2, unit: '负' },
    ],
  },
  {
    sentence: '塔高三丈，布长五尺，买了三市斤大米。',
    figures: [
      { text: '三丈', kind: 'quantity', value: 10, unit: 'm' },
      { text: '五尺', kind: 'quantity', value: 1.6666666666666667, unit: 'm' },
      { text: '三市斤', kind: 'quantity', value: 1.5, unit: 'kg' },
    ],
  },
  {
    sentence: '买了半斤白菜，又走了半公里。',
    figures: [
      { text: '半斤', kind: 'quantity', value: 0.25, unit: 'kg' },
      { text: '半公里', kind: 'quantity', value: 500, unit: 'm' },
    ],
  },
  {
    sentence: '走到半路，上半场结束，一半的人走了。',
    figures: [],
  },
  // ── rates per hundred thousand ────────────────────────────────────────
  {
    sentence: '孕产妇死亡率为8.9/10万，婴儿死亡率为3.2‰，新生儿破伤风发病率为0.5/万。',
    figures: [
      { text: '8.9/10万', kind: 'percent', value: 0.0089, unit: '%', unit_text: '/10万' },
      { text: '3.2‰', kind: 'percent', value: 0.32, unit: '%' },
      { text: '0.5/万', kind: 'percent', value: 0.005, unit: '%' },
    ],
  },
  {
    note: 'a set phrase: nine-year compulsory schooling',
    sentence: '全县全面普及九年义务教育。',
    figures: [],
  },
  // ── spoken unit prices ───────────────────────────────────────────────
  {
    note: 'what the price is per (一斤 before a noun and the price) is no figure',
    sentence: '街边一杯奶茶二十五块，一斤白菜八毛五。',
    figures: [
      { text: '二十五块', kind: 'money', value: 25, unit: 'CNY' },
      { text: '八毛五', kind: 'money', value: 0.85, unit: 'CNY' },
    ],
  },
  {
    note: 'one person is no unit price: 三块 stays a count',
    sentence: '一个人吃了三块。',
    figures: [{ text: '三块', kind: 'count', value: 3, unit: '块' }],
  },
  // ── currencies named before an amount, in Traditional script ─────────
  {
    sentence: '該物業以港幣逾3億元售出，損失達新臺幣將近500億元。',
    figures: [
      { text: '3億元', kind: 'money', value: 300000000, unit: 'HKD', approx: 'over' },
      { text: '500億元', kind: 'money', value: 50000000000, unit: 'TWD', approx: 'under' },
    ],
  },
  {
    sentence: '該公司淨利為新臺幣負12億元。',
    figures: [{ text: '負12億元', kind: 'money', value: -1200000000, unit: 'TWD' }],
  },
  {
    sentence: '每户电费减少人民币120元，盈利同比下降港币2亿元。',
    figures: [
      { text: '120元', kind: 'money', value: 120, unit: 'CNY', change: 'down' },
      { text: '2亿元', kind: 'money', value: 200000000, unit: 'HKD', change: 'down' },
    ],
  },
  // ── N日 as a length ──────────────────────────────────────────────────
  {
    sentence: '该店被责令暂停营业10日，证明有效期30日，被告人被判处拘役30日。',
    figures: [
      { text: '10日', kind: 'duration', value: 10, unit: 'day' },
      { text: '30日', kind: 'duration', value: 30, unit: 'day' },
      { text: '30日', kind: 'duration', value: 30, unit: 'day' },
    ],
  },
  {
    note: 'a holiday ends on a day of the month',
    sentence: '春节假期10日结束。',
    figures: [{ text: '10日', kind: 'date', value: 'XXXX-XX-10', unit: 'date' }],
  },
  // ── lengths joined by 零, and ends of a range in different units ──────
  {
    sentence: '工期为两个月零十天，他被关押了一年零一天。',
    figures: [
      { text: '两个月', kind: 'duration', value: 2, unit: 'month' },
      { text: '十天', kind: 'duration', value: 10, unit: 'day' },
      { text: '一年', kind: 'duration', value: 1, unit: 'year' },
      { text: '一天', kind: 'duration', value: 1, unit: 'day' },
    ],
  },
  {
    sentence: '刑期为6个月至1年，审批时限从10天至1个月不等。',
    figures: [
      { text: '6个月', kind: 'duration', value: 6, unit: 'month' },
      { text: '1年', kind: 'duration', value: 1, unit: 'year' },
      { text: '10天', kind: 'duration', value: 10, unit: 'day' },
      { text: '1个月', kind: 'duration', value: 1, unit: 'month' },
    ],
  },
  // ── Traditional-script news: ranges, sections, 兆, 民国 ─────────────────
  {
    sentence: '該案預算為新臺幣3至5億元，每人補助新台幣1至2萬元。',
    figures: [
      { text: '3至5億元', kind: 'money', value: 300000000, value_max: 500000000, unit: 'TWD' },
      { text: '1至2萬元', kind: 'money', value: 10000, value_max: 20000, unit: 'TWD' },
    ],
  },
  {
    sentence: '总投资3亿5,000万元，活動吸引3萬5,000人參加，每戶資產平均為新臺幣12萬3,456元。',
    figures: [
      { text: '3亿5,000万元', kind: 'money', value: 350000000, unit: 'CNY' },
      { text: '3萬5,000人', kind: 'count', value: 35000, unit: '人' },
      { text: '12萬3,456元', kind: 'money', value: 123456, unit: 'TWD' },
    ],
  },
  {
    note: 'one digit after 万 is spoken (3万5 is 35000), no section',
    sentence: '共12万3456元。',
    figures: [{ text: '12万3456元', kind: 'money', value: 123456, unit: 'CNY' }],
  },
  {
    sentence: '全年營收達新臺幣2兆8,943億元，總預算為新臺幣1兆2000億元。',
    figures: [
      { text: '2兆8,943億元', kind: 'money', value: 2894300000000, unit: 'TWD' },
      { text: '1兆2000億元', kind: 'money', value: 1200000000000, unit: 'TWD' },
    ],
  },
  {
    note: '兆 before a unit of measure is mega',
    sentence: '电站装机2兆瓦。',
    figures: [{ text: '2兆瓦', kind: 'quantity', value: 2000000, unit: 'W' }],
  },
  {
    sentence: '3至5日，展会在会展中心举行；15、16日，全市普降大雨。',
    figures: [
      { text: '3至5日', kind: 'date', value: 'XXXX-XX-03/XXXX-XX-05', unit: 'date' },
      { text: '15', kind: 'date', value: 'XXXX-XX-15', unit: 'date' },
      { text: '16日', kind: 'date', value: 'XXXX-XX-16', unit: 'date' },
    ],
  },
  {
    sentence: '审批需3至5日。',
    figures: [{ text: '3至5日', kind: 'duration', value: 3, value_max: 5, unit: 'day' }],
  },
  {
    sentence: '民國111至113年，就業人數持續增加；民國113、114年，出口持續增長。',
    figures: [
      { text: '民國111至113年', kind: 'date', value: '2022/2024', unit: 'date' },
      { text: '民國113', kind: 'date', value: '2024', unit: 'date' },
      { text: '114年', kind: 'date', value: '2025', unit: 'date' },
    ],
  },
  {
    sentence: '中華民國一一三年五月二十日，民國113年至114年，113年5月出口成長。',
    figures: [
      { text: '民國一一三年五月二十日', kind: 'date', value: '2024-05-20', unit: 'date' },
      { text: '民國113年至114年', kind: 'date', value: '2024/2025', unit: 'date' },
      { text: '113年5月', kind: 'date', value: '2024-05', unit: 'date' },
    ],
  },
  {
    sentence: '2024年第3季GDP成長3.5%，前三季營收成長，2024年首季出口增加。',
    figures: [
      { text: '2024年第3季', kind: 'date', value: '2024-Q3', unit: 'date' },
      { text: '3.5%', kind: 'percent', value: 3.5, unit: '%', change: 'up' },
      { text: '前三季', kind: 'date', value: 'XXXX-Q1/XXXX-Q3', unit: 'date' },
      { text: '2024年首季', kind: 'date', value: '2024-Q1', unit: 'date' },
    ],
  },
  {
    note: '第一季 alone may be a season of a show',
    sentence: '该节目第一季收视率很高。',
    figures: [{ text: '第一季', kind: 'ordinal', value: 1, unit: '季' }],
  },
  // ── more dates and lengths from the same audit ────────────────────────
  {
    sentence: '股价连续5个交易日上涨，该寺已有1500年历史。',
    figures: [
      { text: '5个交易日', kind: 'duration', value: 5, unit: 'day' },
      { text: '1500年', kind: 'duration', value: 1500, unit: 'year' },
    ],
  },
  {
    sentence: '2023—24年度预算执行良好。',
    figures: [{ text: '2023—24年度', kind: 'date', value: '2023/2024', unit: 'date' }],
  },
  {
    sentence: '登记时间为2024年3月5日起至4月10日止。',
    figures: [{ text: '2024年3月5日起至4月10日', kind: 'date', value: '2024-03-05/2024-04-10', unit: 'date' }],
  },
  {
    sentence: '3月15日、16日，全市普降大雨。',
    figures: [
      { text: '3月15日', kind: 'date', value: 'XXXX-03-15', unit: 'date' },
      { text: '16日', kind: 'date', value: 'XXXX-03-16', unit: 'date' },
    ],
  },
  {
    sentence: '他在乡下住了一个来月，又等了两个来小时。',
    figures: [
      { text: '一个来月', kind: 'duration', value: 1, unit: 'month', approx: 'about' },
      { text: '两个来小时', kind: 'duration', value: 2, unit: 'hour', approx: 'about' },
    ],
  },
  // ── from an audit of pages in the seeds' manner ──────────────────────
  {
    sentence: '投运后可提升区域供电能力约150万千瓦，改造提升中低产田3.5万亩。',
    figures: [
      { text: '150万千瓦', kind: 'quantity', value: 1500000000, unit: 'W', approx: 'about', change: 'up' },
      { text: '3.5万亩', kind: 'quantity', value: 23333333.333333332, unit: 'm2', change: '' },
    ],
  },
  {
    sentence: '日均客流为近五年同期最高，8月上中旬全省电网最大负荷可能达到5000万千瓦。',
    figures: [
      { text: '五年', kind: 'duration', value: 5, unit: 'year', approx: '' },
      { text: '8月上中旬', kind: 'date', value: 'XXXX-08', unit: 'date' },
      { text: '5000万千瓦', kind: 'quantity', value: 50000000000, unit: 'W' },
    ],
  },
  // ── from a peer-style suite written from the spec alone ───────────────
  {
    sentence: '全市减少碳排放20万吨，降低企业成本5亿元，增加就业岗位1.3万个。',
    figures: [
      { text: '20万吨', kind: 'quantity', value: 200000000, unit: 'kg', change: 'down' },
      { text: '5亿元', kind: 'money', value: 500000000, unit: 'CNY', change: 'down' },
      { text: '1.3万个', kind: 'count', value: 13000, unit: '个', change: 'up' },
    ],
  },
  {
    sentence: '出口呈现3%的下滑，价格出现5%的上涨，下降幅度为3%，增长幅度达5%。',
    figures: [
      { text: '3%', kind: 'percent', value: 3, unit: '%', change: 'down' },
      { text: '5%', kind: 'percent', value: 5, unit: '%', change: 'up' },
      { text: '3%', kind: 'percent', value: 3, unit: '%', change: 'down' },
      { text: '5%', kind: 'percent', value: 5, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '十四届全国人大三次会议召开，市委十四届九次全会提出要求，他连任两届。',
    figures: [
      { text: '十四届', kind: 'ordinal', value: 14, unit: '届' },
      { text: '三次', kind: 'ordinal', value: 3, unit: '次' },
      { text: '十四届', kind: 'ordinal', value: 14, unit: '届' },
      { text: '九次', kind: 'ordinal', value: 9, unit: '次' },
      { text: '两届', kind: 'count', value: 2, unit: '届' },
    ],
  },
  {
    note: 'meetings held are counted',
    sentence: '全年召开了三次会议。',
    figures: [{ text: '三次', kind: 'count', value: 3, unit: '次' }],
  },
  {
    sentence: '参会者不足百人，观众不到千人，投资3千多万元。',
    figures: [
      { text: '百人', kind: 'count', value: 100, unit: '人', approx: 'under' },
      { text: '千人', kind: 'count', value: 1000, unit: '人', approx: 'under' },
      { text: '3千多万元', kind: 'money', value: 30000000, unit: 'CNY', approx: 'over' },
    ],
  },
  {
    sentence: '表3\n\n2024年主要经济指标',
    figures: [{ text: '2024年', kind: 'date', value: '2024', unit: 'date' }],
  },
  // ── from a second peer-style suite ───────────────────────────────────
  {
    sentence: '回收率约为30%，远高于全球18%的平均水平。',
    figures: [
      { text: '30%', kind: 'percent', value: 30, unit: '%', approx: 'about', change: '' },
      { text: '18%', kind: 'percent', value: 18, unit: '%', change: '' },
    ],
  },
  {
    sentence: '工业电价为0.56元/度，实际使用外资折合约706亿美元。',
    figures: [
      { text: '0.56元/度', kind: 'money', value: 0.56, unit: 'CNY', unit_text: '元/度' },
      { text: '706亿美元', kind: 'money', value: 70600000000, unit: 'USD', approx: 'about' },
    ],
  },
  {
    sentence: '95号汽油价格上调至每升8.12元。',
    figures: [{ text: '8.12元', kind: 'money', value: 8.12, unit: 'CNY', change: '' }],
  },
  {
    sentence: '峰值运算速度达每秒12.5亿亿次，月销量环比+3.2%。',
    figures: [
      { text: '12.5亿亿次', kind: 'count', value: 125000000000000000, unit: '次' },
      { text: '+3.2%', kind: 'percent', value: 3.2, unit: '%' },
    ],
  },
  {
    note: 'a plus between two amounts joins them, no sign',
    sentence: '提供8GB+128GB版本。',
    figures: [
      { text: '8GB', kind: 'quantity', value: 8000000000, unit: 'B' },
      { text: '128GB', kind: 'quantity', value: 128000000000, unit: 'B' },
    ],
  },
  // ── from a third peer-style suite (dates, lengths, ranks) ────────────
  {
    sentence: '全线分三期建设，二期工程已开工，三期项目年底完工，二类地区补贴更高。',
    figures: [{ text: '三期', kind: 'count', value: 3, unit: '期' }],
  },
  {
    sentence: '其中三分之二来自农村，影片票房进入影史前十。',
    figures: [
      { text: '三分之二', kind: 'number', value: 0.6666666666666666, unit: '' },
      { text: '前十', kind: 'ordinal', value: 10, unit: '' },
    ],
  },
  // ── from an audit of official statistical documents ──────────────────
  {
    sentence: '第一产业增加值312.45亿元，增长3.1%。',
    figures: [
      { text: '312.45亿元', kind: 'money', value: 31245000000, unit: 'CNY', change: '' },
      { text: '3.1%', kind: 'percent', value: 3.1, unit: '%', change: 'up' },
    ],
  },
  {
    sentence: '第一节 重要提示',
    figures: [],
  },
  {
    sentence: '年度报告披露日前上一月末普通股股东总数为34,207户。',
    figures: [{ text: '34,207户', kind: 'count', value: 34207, unit: '户' }],
  },
  {
    sentence: '（一）近3年主要会计数据，近5年共投入资金10亿元。',
    figures: [
      { text: '3年', kind: 'duration', value: 3, unit: 'year', approx: '' },
      { text: '5年', kind: 'duration', value: 5, unit: 'year', approx: '' },
      { text: '10亿元', kind: 'money', value: 1000000000, unit: 'CNY' },
    ],
  },
  {
    note: '陆 and 参 are words (大陆, 陆家嘴, 参与) but beside a capital numeral',
    sentence: '陆家嘴金融城，全港3,000間餐廳參與推廣，合同金额壹万陆仟元。',
    figures: [
      { text: '3,000間', kind: 'count', value: 3000, unit: '间' },
      { text: '壹万陆仟元', kind: 'money', value: 16000, unit: 'CNY' },
    ],
  },
  {
    note: '平 before the rest of a phrase ties a record: no floor space',
    sentence: '苏炜以9秒83平亚洲纪录。',
    figures: [{ text: '9秒83', kind: 'duration', value: 9.83, unit: 'second' }],
  },
  {
    sentence: '首付比例首套下调至15%，二套降至25%，他买了两套房。',
    figures: [
      { text: '15%', kind: 'percent', value: 15, unit: '%' },
      { text: '25%', kind: 'percent', value: 25, unit: '%' },
      { text: '两套', kind: 'count', value: 2, unit: '套' },
    ],
  },
  {
    sentence: '该港集装箱吞吐量达1,800萬個標準箱。',
    figures: [{ text: '1,800萬個標準箱', kind: 'quantity', value: 18000000, unit: 'TEU' }],
  },
];
