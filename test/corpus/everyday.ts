/**
 * Short sentences from the eighth round of audits: everyday and consumer
 * prose, science and health pages, Traditional-script news. Our own
 * sentences.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── 把 after a bare 百/千/万: "about" ────────────────────────────────
  {
    sentence: '村里来了千把人，每人捐了百把块钱。',
    figures: [
      { text: '千把人', kind: 'count', value: 1000, unit: '人', approx: 'about' },
      { text: '百把块钱', kind: 'money', value: 100, unit: 'CNY', approx: 'about' },
    ],
  },
  {
    note: 'after a digit, 把 is the measure word of a chair',
    sentence: '礼堂里摆了三千把椅子。',
    figures: [{ text: '三千把', kind: 'count', value: 3000, unit: '把', approx: '' }],
  },
  {
    sentence: '这台相机万把元就能买到。',
    figures: [{ text: '万把元', kind: 'money', value: 10000, unit: 'CNY', approx: 'about' }],
  },
  // ── science, health and disaster pages ────────────────────────────
  {
    sentence: '该电站年发电量约450太瓦时，即450TWh。',
    figures: [
      { text: '450太瓦时', kind: 'quantity', value: 4.5e14, unit: 'Wh', approx: 'about' },
      { text: '450TWh', kind: 'quantity', value: 4.5e14, unit: 'Wh' },
    ],
  },
  {
    sentence: '样品在130吉帕、15特斯拉和10毫开尔文下测试，响应时间120微秒。',
    figures: [
      { text: '130吉帕', kind: 'quantity', value: 1.3e11, unit: 'Pa' },
      { text: '15特斯拉', kind: 'quantity', value: 15, unit: 'T' },
      { text: '10毫开尔文', kind: 'quantity', value: 0.01, unit: 'K' },
      { text: '120微秒', kind: 'duration', value: 0.00012, unit: 'second' },
    ],
  },
  {
    sentence: '调拨棉被2万床，新增床位500张，处理器实现66量子比特。',
    figures: [
      { text: '2万床', kind: 'count', value: 20000, unit: '床' },
      { text: '500张', kind: 'count', value: 500, unit: '张' },
      { text: '66量子比特', kind: 'count', value: 66, unit: '量子比特' },
    ],
  },
  {
    sentence: '本赛季他打进18球，球队排名第二。',
    figures: [
      { text: '18球', kind: 'count', value: 18, unit: '球' },
      { text: '第二', kind: 'ordinal', value: 2, unit: '' },
    ],
  },
  {
    note: '百分位 is no magnitude',
    sentence: '儿童体重位于第95百分位数以上。',
    figures: [{ text: '第95', kind: 'ordinal', value: 95, unit: '' }],
  },
  {
    note: 'a power of ten is a magnitude: a bare number',
    sentence: '测量误差小于2×10⁻³。',
    figures: [{ text: '2×10⁻³', kind: 'number', value: 0.002, unit: '', approx: 'under' }],
  },
  {
    sentence: '该病发病率为十万分之三十一点二，浓度为百万分之五。',
    figures: [
      { text: '十万分之三十一点二', kind: 'percent', value: 0.0312, unit: '%' },
      { text: '百万分之五', kind: 'percent', value: 0.0005, unit: '%' },
    ],
  },
  {
    note: 'earthquake magnitudes and wind forces are readings on a scale of 级',
    sentence: '该县发生里氏5.8级地震，记录到3.0级以上余震12次，最大为4.6级。',
    figures: [
      { text: '5.8级', kind: 'number', value: 5.8, unit: '级' },
      { text: '3.0级', kind: 'number', value: 3, unit: '级', approx: 'over' },
      { text: '12次', kind: 'count', value: 12, unit: '次' },
      { text: '4.6级', kind: 'number', value: 4.6, unit: '级' },
    ],
  },
  {
    sentence: '预计沿海有6至8级大风，陣風16級。',
    figures: [
      { text: '6至8级', kind: 'number', value: 6, value_max: 8, unit: '级' },
      { text: '16級', kind: 'number', value: 16, unit: '级' },
    ],
  },
  {
    note: 'grades are no readings',
    sentence: '启动一级响应，二级棉收购价上调，全市新增4A级景区3家。',
    figures: [{ text: '3家', kind: 'count', value: 3, unit: '家' }],
  },
  // ── everyday prices, recipes, exams and advice ─────────────────────
  {
    note: 'one digit after 万 is spoken (4万6 = 46000); three or four are the digits below 万',
    sentence: '押金交了4万6元，月薪1万5，常住人口2,340萬428人。',
    figures: [
      { text: '4万6元', kind: 'money', value: 46000, unit: 'CNY' },
      { text: '1万5', kind: 'number', value: 15000, unit: '' },
      { text: '2,340萬428人', kind: 'count', value: 23400428, unit: '人' },
    ],
  },
  {
    note: 'units that begin a longer word are none',
    sentence: '手机系统从14升级到15，搭载天玑9300处理器，油箱容量50升。',
    figures: [{ text: '50升', kind: 'quantity', value: 50, unit: 'L' }],
  },
  {
    sentence: '这台相机几千元，机场停着几百架飞机。',
    figures: [
      { text: '几千元', kind: 'money', value: 1000, unit: 'CNY', approx: 'over' },
      { text: '几百架', kind: 'count', value: 100, unit: '架', approx: 'over' },
    ],
  },
  {
    note: 'a limit given as advice is under; an adverb qualifier before a short verb still qualifies',
    sentence: '每天喝咖啡别超过两杯，至少运动150分钟，最多吃400毫克，他大约消耗了300千卡。',
    figures: [
      { text: '两杯', kind: 'count', value: 2, unit: '杯', approx: 'under' },
      { text: '150分钟', kind: 'duration', value: 150, unit: 'minute', approx: 'over' },
      { text: '400毫克', kind: 'quantity', value: 0.0004, unit: 'kg', approx: 'under' },
      { text: '300千卡', kind: 'quantity', value: 1255200, unit: 'J', approx: 'about' },
    ],
  },
  {
    sentence: '每日工作时间不得超过8小时，投资不得低于500万元。',
    figures: [
      { text: '8小时', kind: 'duration', value: 8, unit: 'hour', approx: 'under' },
      { text: '500万元', kind: 'money', value: 5000000, unit: 'CNY', approx: 'over' },
    ],
  },
  {
    sentence: '全场商品一律95折，会员再打８８折。',
    figures: [
      { text: '95折', kind: 'percent', value: 95, unit: '%' },
      { text: '８８折', kind: 'percent', value: 88, unit: '%' },
    ],
  },
  {
    sentence: '孩子体温38度5，烤箱180度烤20分钟，空调开到16度。',
    figures: [
      { text: '38度5', kind: 'quantity', value: 38.5, unit: '°C' },
      { text: '180度', kind: 'quantity', value: 180, unit: '°C' },
      { text: '20分钟', kind: 'duration', value: 20, unit: 'minute' },
      { text: '16度', kind: 'quantity', value: 16, unit: '°C' },
    ],
  },
  {
    note: 'set phrases',
    sentence: '一分钱一分货，他们半斤八两，他是单位二把手，三下五除二就干完了。',
    figures: [],
  },
  {
    note: 'what a price or a rate is quoted per is no figure',
    sentence: '猪肉一斤26元，一公斤牛肉80元，电费一度电0.56元，百公里油耗6.8升。',
    figures: [
      { text: '26元', kind: 'money', value: 26, unit: 'CNY' },
      { text: '80元', kind: 'money', value: 80, unit: 'CNY' },
      { text: '0.56元', kind: 'money', value: 0.56, unit: 'CNY' },
      { text: '6.8升', kind: 'quantity', value: 6.8, unit: 'L' },
    ],
  },
  {
    sentence: '加入细砂糖2勺、大蒜三瓣，第5题最难，她坐在第一排，跳绳185下。',
    figures: [
      { text: '2勺', kind: 'count', value: 2, unit: '勺' },
      { text: '三瓣', kind: 'count', value: 3, unit: '瓣' },
      { text: '第5题', kind: 'ordinal', value: 5, unit: '题' },
      { text: '第一排', kind: 'ordinal', value: 1, unit: '排' },
      { text: '185下', kind: 'count', value: 185, unit: '下' },
    ],
  },
  {
    note: '下 and 排 that begin a word are no measure words',
    sentence: '周3下午开会，全省排名第3。',
    figures: [{ text: '第3', kind: 'ordinal', value: 3, unit: '' }],
  },
  // ── Hong Kong, Macau and Taiwan pages ──────────────────────────────
  {
    note: 'a bare 元 after an amount in the dollar of Hong Kong, Macau or Taiwan is that dollar',
    sentence: '收入為6,719億港元，開支為7,591億元；人均消費3,746澳門元，不過夜旅客為792元。',
    figures: [
      { text: '6,719億港元', kind: 'money', value: 671900000000, unit: 'HKD' },
      { text: '7,591億元', kind: 'money', value: 759100000000, unit: 'HKD' },
      { text: '3,746澳門元', kind: 'money', value: 3746, unit: 'MOP' },
      { text: '792元', kind: 'money', value: 792, unit: 'MOP' },
    ],
  },
  {
    note: 'an exchange rate gives the other currency; 美元 lends nothing',
    sentence: '1港元兑0.92元，出口120亿美元，进口500亿元。',
    figures: [
      { text: '1港元', kind: 'money', value: 1, unit: 'HKD' },
      { text: '0.92元', kind: 'money', value: 0.92, unit: 'CNY' },
      { text: '120亿美元', kind: 'money', value: 12000000000, unit: 'USD' },
      { text: '500亿元', kind: 'money', value: 50000000000, unit: 'CNY' },
    ],
  },
  {
    sentence: '旅客平均逗留時間為1.2日，住院旅客平均停留2日。',
    figures: [
      { text: '1.2日', kind: 'duration', value: 1.2, unit: 'day' },
      { text: '2日', kind: 'duration', value: 2, unit: 'day' },
    ],
  },
  {
    note: 'a year of the Republic before a range of months, a quarter, 底 or 同季',
    sentence: '113年1至12月出口成長10%，113年第4季成長3.8%，截至112年底人口2,340萬人。',
    figures: [
      { text: '113年1至12月', kind: 'date', value: '2024-01/2024-12', unit: 'date' },
      { text: '10%', kind: 'percent', value: 10, unit: '%', change: 'up' },
      { text: '113年第4季', kind: 'date', value: '2024-Q4', unit: 'date' },
      { text: '3.8%', kind: 'percent', value: 3.8, unit: '%', change: 'up' },
      { text: '112年底', kind: 'date', value: '2023', unit: 'date' },
      { text: '2,340萬人', kind: 'count', value: 23400000, unit: '人' },
    ],
  },
  {
    note: 'a length of 113 years stays a length',
    sentence: '该公司已有113年历史。',
    figures: [{ text: '113年', kind: 'duration', value: 113, unit: 'year' }],
  },
  {
    note: '○ beside Chinese digits is 〇',
    sentence: '民國一一○年出生數為15萬人。',
    figures: [
      { text: '民國一一○年', kind: 'date', value: '2021', unit: 'date' },
      { text: '15萬人', kind: 'count', value: 150000, unit: '人' },
    ],
  },
  {
    note: 'today and this year in parentheses, as Taiwan news writes them',
    sentence: '行政院今（11）日表示，今（114）年2月出口增加。',
    figures: [
      { text: '今（11）日', kind: 'date', value: 'XXXX-XX-11', unit: 'date' },
      { text: '今（114）年2月', kind: 'date', value: '2025-02', unit: 'date' },
    ],
  },
  {
    sentence: '二〇二五至二六年度財政預算公布，累計前11月營收增加，今年首10個月出口增長。',
    figures: [
      { text: '二〇二五至二六年度', kind: 'date', value: '2025/2026', unit: 'date' },
      { text: '前11月', kind: 'date', value: 'XXXX-01/XXXX-11', unit: 'date' },
      { text: '首10個月', kind: 'date', value: 'XXXX-01/XXXX-10', unit: 'date' },
    ],
  },
  {
    note: 'the first months of a lease are a length',
    sentence: '新租户首3个月免租。',
    figures: [{ text: '3个月', kind: 'duration', value: 3, unit: 'month' }],
  },
  {
    note: '買超 and 賣超 are net buying and selling, no qualifier; 削減 is a change',
    sentence: '外資單日買超1.8萬張，政府削減約10,000個職位。',
    figures: [
      { text: '1.8萬張', kind: 'count', value: 18000, unit: '张', approx: '' },
      { text: '10,000個', kind: 'count', value: 10000, unit: '个', approx: 'about', change: 'down' },
    ],
  },
  {
    sentence: '比原价便宜15%，一个月瘦了8斤，全年削减化学需氧量1.36万吨。',
    figures: [
      { text: '15%', kind: 'percent', value: 15, unit: '%', change: 'down' },
      { text: '一个月', kind: 'duration', value: 1, unit: 'month' },
      { text: '8斤', kind: 'quantity', value: 4, unit: 'kg', change: 'down' },
      { text: '1.36万吨', kind: 'quantity', value: 13600000, unit: 'kg', change: 'down' },
    ],
  },
  {
    note: 'a record of wins, draws and losses, or of medals',
    sentence: '主队以22胜5平3负夺冠，代表团以38金27银19铜位列第一。',
    figures: [
      { text: '22胜', kind: 'count', value: 22, unit: '胜' },
      { text: '5平', kind: 'count', value: 5, unit: '平' },
      { text: '3负', kind: 'count', value: 3, unit: '负' },
      { text: '38金', kind: 'count', value: 38, unit: '金' },
      { text: '27银', kind: 'count', value: 27, unit: '银' },
      { text: '19铜', kind: 'count', value: 19, unit: '铜' },
      { text: '第一', kind: 'ordinal', value: 1, unit: '' },
    ],
  },
  {
    note: 'a year written without 年 before the word of a season, a school or fiscal year, a class',
    sentence: '2025赛季，2024—2025学年，2025财年，2025届毕业生。',
    figures: [
      { text: '2025赛季', kind: 'date', value: '2025', unit: 'date' },
      { text: '2024—2025学年', kind: 'date', value: '2024/2025', unit: 'date' },
      { text: '2025财年', kind: 'date', value: '2025', unit: 'date' },
      { text: '2025届', kind: 'date', value: '2025', unit: 'date' },
    ],
  },
  // ── a stress test of the rules above (false positives) ─────────────
  {
    note: '下 counts strokes after digits or after 了 only',
    sentence: '他有两下子，四下无人，初三下学期，敲了五下门。',
    figures: [{ text: '五下', kind: 'count', value: 5, unit: '下' }],
  },
  {
    note: 'a spoken digit after 万 only where the phrase ends or a currency follows',
    sentence: '全市有2万6岁以下儿童，月薪1万5。',
    figures: [
      { text: '6岁', kind: 'count', value: 6, unit: '岁', approx: 'under' },
      { text: '1万5', kind: 'number', value: 15000, unit: '' },
    ],
  },
  {
    note: 'an angle is no temperature, even about an oven; heat named right before wins over electricity',
    sentence: '烤箱门打开90度，采用360度热风循环，空调调高1度。',
    figures: [{ text: '1度', kind: 'quantity', value: 1, unit: '°C', change: 'up' }],
  },
  {
    note: '年底 and 年初 of other words are no Republic years',
    sentence: '百年老店有110年底蕴，截至112年底人口2,340萬人。',
    figures: [
      { text: '112年底', kind: 'date', value: '2023', unit: 'date' },
      { text: '2,340萬人', kind: 'count', value: 23400000, unit: '人' },
    ],
  },
  {
    note: 'a mainland place or the yuan named stops a local dollar from carrying',
    sentence: '香港迪士尼门票639港元，上海迪士尼门票475元。',
    figures: [
      { text: '639港元', kind: 'money', value: 639, unit: 'HKD' },
      { text: '475元', kind: 'money', value: 475, unit: 'CNY' },
    ],
  },
  {
    sentence: '2024/2025赛季，25-26赛季，2024/25学年。',
    figures: [
      { text: '2024/2025赛季', kind: 'date', value: '2024/2025', unit: 'date' },
      { text: '25-26赛季', kind: 'date', value: '2025/2026', unit: 'date' },
      { text: '2024/25学年', kind: 'date', value: '2024/2025', unit: 'date' },
    ],
  },
  {
    sentence: '主队13胜10平，客队22勝5敗。',
    figures: [
      { text: '13胜', kind: 'count', value: 13, unit: '胜' },
      { text: '10平', kind: 'count', value: 10, unit: '平' },
      { text: '22勝', kind: 'count', value: 22, unit: '胜' },
      { text: '5敗', kind: 'count', value: 5, unit: '败' },
    ],
  },
  {
    note: '升 before 至/到 is a rise, unless the other end is in litres too',
    sentence: '制造业PMI由49.5升至50.2，每天饮水1.5升至2升。',
    figures: [{ text: '1.5升至2升', kind: 'quantity', value: 1.5, value_max: 2, unit: 'L' }],
  },
  {
    note: 'a folding is no discount',
    sentence: '三折伞很轻，纸可以对折7次，全场打对折。',
    figures: [
      { text: '7次', kind: 'count', value: 7, unit: '次' },
      { text: '对折', kind: 'percent', value: 50, unit: '%' },
    ],
  },
  {
    sentence: '共发生4级以上地震3次，北风3到4级，陣風可達10級。',
    figures: [
      { text: '4级', kind: 'number', value: 4, unit: '级', approx: 'over' },
      { text: '3次', kind: 'count', value: 3, unit: '次' },
      { text: '3到4级', kind: 'number', value: 3, value_max: 4, unit: '级' },
      { text: '10級', kind: 'number', value: 10, unit: '级' },
    ],
  },
  {
    note: 'spoken money after 借, 打车; 破 before a round amount, 首破; a trailing + is over; 七日年化 is seven days',
    sentence: '他借了我两百块，销量破10万，外贸首破万亿元，粉丝2万+，打破3项纪录，七日年化收益率2.1%。',
    figures: [
      { text: '两百块', kind: 'money', value: 200, unit: 'CNY' },
      { text: '10万', kind: 'number', value: 100000, unit: '', approx: 'over' },
      { text: '万亿元', kind: 'money', value: 1e12, unit: 'CNY', approx: 'over' },
      { text: '2万', kind: 'number', value: 20000, unit: '', approx: 'over' },
      { text: '3项', kind: 'count', value: 3, unit: '项', approx: '' },
      { text: '七日', kind: 'duration', value: 7, unit: 'day' },
      { text: '2.1%', kind: 'percent', value: 2.1, unit: '%' },
    ],
  },
  {
    note: '寸 is the inch; ms, min, h are lengths of time',
    sentence: '65寸电视响应时间1ms，门店24h营业，寸步难行。',
    figures: [
      { text: '65寸', kind: 'quantity', value: 1.651, unit: 'm' },
      { text: '1ms', kind: 'duration', value: 0.001, unit: 'second' },
      { text: '24h', kind: 'duration', value: 24, unit: 'hour' },
    ],
  },
  {
    note: 'per minute written /分',
    sentence: '正常心率为60到100次/分。',
    figures: [{ text: '60到100次/分', kind: 'count', value: 60, value_max: 100, unit: '次', unit_text: '次/分' }],
  },
  {
    note: 'a list of classes names categories; 过 before a percentage is over',
    sentence: '一类、二类、三类地区最低工资分别为2000元、1900元和1800元，参保率过七成。',
    figures: [
      { text: '2000元', kind: 'money', value: 2000, unit: 'CNY' },
      { text: '1900元', kind: 'money', value: 1900, unit: 'CNY' },
      { text: '1800元', kind: 'money', value: 1800, unit: 'CNY' },
      { text: '七成', kind: 'percent', value: 70, unit: '%', approx: 'over' },
    ],
  },
  {
    note: '厘 of an interest rate, as Hong Kong writes it: a change in points, a level in percent',
    sentence: '聯儲局減息0.25厘，銀行將最優惠利率下調0.125厘至5.25厘，长3厘米。',
    figures: [
      { text: '0.25厘', kind: 'percentage_point', value: 0.25, unit: 'pp', change: 'down' },
      { text: '0.125厘', kind: 'percentage_point', value: 0.125, unit: 'pp', change: 'down' },
      { text: '5.25厘', kind: 'percent', value: 5.25, unit: '%' },
      { text: '3厘米', kind: 'quantity', value: 0.03, unit: 'm' },
    ],
  },
  {
    note: 'the first months of a year before what its statistics say of them',
    sentence: '全港首9個月一手私宅成交約1.6萬宗。',
    figures: [
      { text: '首9個月', kind: 'date', value: 'XXXX-01/XXXX-09', unit: 'date' },
      { text: '1.6萬宗', kind: 'count', value: 16000, unit: '宗', approx: 'about' },
    ],
  },
  {
    note: 'electricity named nearer than the appliance wins; a spoken digit after 万 before 个',
    sentence: '这台空调一晚上耗电5度，这笔钱相当于1万5个人的工资。',
    figures: [
      { text: '5度', kind: 'quantity', value: 5000, unit: 'Wh' },
      { text: '1万5个', kind: 'count', value: 15000, unit: '个' },
    ],
  },
  // ── a generalist peer suite (1015 sentences) ────────────────────────
  {
    sentence: '本世纪20年代，数字经济蓬勃发展；本世纪初，该厂完成转型。',
    figures: [
      { text: '本世纪20年代', kind: 'date', value: '202X', unit: 'date' },
      { text: '本世纪初', kind: 'date', value: '20XX', unit: 'date' },
    ],
  },
  {
    note: 'N日游 names a trip, no day of a month and no figure (一日游游客 are day-trippers)',
    sentence: '他报名参加了三日游，吃了两个半苹果，对此十二万分满意，每户最多可领取500元。',
    figures: [
      { text: '两个半', kind: 'count', value: 2.5, unit: '个' },
      { text: '500元', kind: 'money', value: 500, unit: 'CNY', approx: 'under' },
    ],
  },
  // ── markets, cars and property ─────────────────────────────────────
  {
    sentence: '沪指失守3000点整数关口，成交量为356万手，收益率上行8个基点，二手房成交3000套。',
    figures: [
      { text: '3000点', kind: 'number', value: 3000, unit: '点' },
      { text: '356万手', kind: 'count', value: 3560000, unit: '手' },
      { text: '8个基点', kind: 'percentage_point', value: 0.08, unit: 'pp', change: 'up' },
      { text: '3000套', kind: 'count', value: 3000, unit: '套' },
    ],
  },
  {
    sentence: '降幅已达12.4%，金价跌破2000美元，申购上限为1.5万股，首付比例最低为15%，指导价24.98万元起，第二天起不来。',
    figures: [
      { text: '12.4%', kind: 'percent', value: 12.4, unit: '%', change: 'down' },
      { text: '2000美元', kind: 'money', value: 2000, unit: 'USD', approx: 'under' },
      { text: '1.5万股', kind: 'count', value: 15000, unit: '股', approx: 'under' },
      { text: '15%', kind: 'percent', value: 15, unit: '%', approx: 'over' },
      { text: '24.98万元', kind: 'money', value: 249800, unit: 'CNY', approx: '' },
      { text: '第二天', kind: 'ordinal', value: 2, unit: '天', approx: '' },
    ],
  },
  {
    note: 'a model year and a code with a leading zero are no figures',
    sentence: '2025款新车电池能量密度190Wh/kg，峰值扭矩450N·m，最高转速6000转/分钟，不动产权第0012345号。',
    figures: [
      { text: '190Wh/kg', kind: 'quantity', value: 190, unit: 'Wh', unit_text: 'Wh/kg' },
      { text: '450N·m', kind: 'quantity', value: 450, unit: 'N·m' },
      { text: '6000转/分钟', kind: 'quantity', value: 6000, unit: 'rpm' },
    ],
  },
  {
    note: '3日元旦 is the 3rd and New Year’s Day, no yen; 多 and a verb after a comparison is up',
    sentence: '1月1日至3日元旦假期，全市比去年同期多接待15.6万人次。',
    figures: [
      { text: '1月1日至3日', kind: 'date', value: 'XXXX-01-01/XXXX-01-03', unit: 'date' },
      { text: '15.6万人次', kind: 'count', value: 156000, unit: '人次', change: 'up' },
    ],
  },
  {
    note: 'astronomical units, Mach numbers; 元宵 is no yuan',
    sentence: '两地距离为0.3个天文单位，巡航速度0.785马赫，正月十五元宵节举行灯会。',
    figures: [
      { text: '0.3个天文单位', kind: 'quantity', value: 44879361210, unit: 'm' },
      { text: '0.785马赫', kind: 'number', value: 0.785, unit: '马赫' },
    ],
  },
  {
    note: 'an indicator acronym before digits is no code; 二次 is second-time',
    sentence: '全市GDP5000亿元，二次消费收入1.1亿元。',
    figures: [
      { text: '5000亿元', kind: 'money', value: 500000000000, unit: 'CNY' },
      { text: '1.1亿元', kind: 'money', value: 110000000, unit: 'CNY' },
    ],
  },
  {
    note: '元 before 老 or 首 ends an amount (元老, 元首 are words, but not here)',
    sentence: '每月发放100元老年补贴，首期5亿元首笔到账。',
    figures: [
      { text: '100元', kind: 'money', value: 100, unit: 'CNY' },
      { text: '5亿元', kind: 'money', value: 500000000, unit: 'CNY' },
    ],
  },
];
