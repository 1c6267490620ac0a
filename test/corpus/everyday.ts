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
    sentence: '猪肉一斤26元，电费一度电0.56元，百公里油耗6.8升。',
    figures: [
      { text: '26元', kind: 'money', value: 26, unit: 'CNY' },
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
];
