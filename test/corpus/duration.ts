/**
 * Durations: lengths of time in year, quarter, month, week, day, hour,
 * minute or second.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── years ───────────────────────────────────────────────────────────
  {
    sentence: '热烈庆祝新中国成立75周年。',
    figures: [{ text: '75周年', kind: 'duration', value: 75, unit: 'year' }],
  },
  {
    sentence: '博物馆迎来建馆60周年。',
    figures: [{ text: '60周年', kind: 'duration', value: 60, unit: 'year' }],
  },
  {
    sentence: '这支救援队组建已满十周年。',
    figures: [{ text: '十周年', kind: 'duration', value: 10, unit: 'year' }],
  },
  {
    note: '载 is a year',
    sentence: '开发区风雨兼程70载。',
    figures: [{ text: '70载', kind: 'duration', value: 70, unit: 'year' }],
  },
  {
    sentence: '项目建设周期为3年。',
    figures: [{ text: '3年', kind: 'duration', value: 3, unit: 'year' }],
  },
  {
    sentence: '该县已连续5年获评平安县。',
    figures: [{ text: '5年', kind: 'duration', value: 5, unit: 'year' }],
  },
  {
    sentence: '特许经营合同期限为30年。',
    figures: [{ text: '30年', kind: 'duration', value: 30, unit: 'year' }],
  },
  {
    sentence: '动力电池质保期延长至8年。',
    figures: [{ text: '8年', kind: 'duration', value: 8, unit: 'year', change: '' }],
  },
  {
    sentence: '这家老字号已经经营了三十五年。',
    figures: [{ text: '三十五年', kind: 'duration', value: 35, unit: 'year' }],
  },
  {
    sentence: '旧城改造项目已推进七年。',
    figures: [{ text: '七年', kind: 'duration', value: 7, unit: 'year' }],
  },
  {
    note: '半 after the unit adds one half',
    sentence: '课题组历时三年半完成了这项研究。',
    figures: [{ text: '三年半', kind: 'duration', value: 3.5, unit: 'year' }],
  },
  {
    sentence: '这项技术攻关持续了十多年。',
    figures: [{ text: '十多年', kind: 'duration', value: 10, unit: 'year', approx: 'over' }],
  },
  {
    sentence: '他在基层工作了十几年。',
    figures: [{ text: '十几年', kind: 'duration', value: 10, unit: 'year', approx: 'over' }],
  },
  {
    note: 'a four-digit numeral with 多年 is a length of time, not a date',
    sentence: '这座古城已有2300多年的建城史。',
    figures: [{ text: '2300多年', kind: 'duration', value: 2300, unit: 'year', approx: 'over' }],
  },
  {
    sentence: '土壤修复工作预计持续约3年。',
    figures: [{ text: '3年', kind: 'duration', value: 3, unit: 'year', approx: 'about' }],
  },

  // ── quarters ────────────────────────────────────────────────────────
  {
    sentence: '全市经济连续10个季度保持增长。',
    figures: [{ text: '10个季度', kind: 'duration', value: 10, unit: 'quarter' }],
  },
  {
    sentence: '工业利润已连续三个季度回升。',
    figures: [{ text: '三个季度', kind: 'duration', value: 3, unit: 'quarter' }],
  },

  // ── months ──────────────────────────────────────────────────────────
  {
    sentence: '工程建设工期为36个月。',
    figures: [{ text: '36个月', kind: 'duration', value: 36, unit: 'month' }],
  },
  {
    sentence: '新系统试运行期为6个月。',
    figures: [{ text: '6个月', kind: 'duration', value: 6, unit: 'month' }],
  },
  {
    sentence: '集训队的冬训持续了两个月。',
    figures: [{ text: '两个月', kind: 'duration', value: 2, unit: 'month' }],
  },
  {
    sentence: '全程用时两个多月。',
    figures: [{ text: '两个多月', kind: 'duration', value: 2, unit: 'month', approx: 'over' }],
  },

  // ── weeks ───────────────────────────────────────────────────────────
  {
    sentence: '患者术后需要休养两周。',
    figures: [{ text: '两周', kind: 'duration', value: 2, unit: 'week' }],
  },
  {
    sentence: '岗前培训周期为4周。',
    figures: [{ text: '4周', kind: 'duration', value: 4, unit: 'week' }],
  },

  // ── days ────────────────────────────────────────────────────────────
  {
    sentence: '企业开办时间压缩至1天。',
    figures: [{ text: '1天', kind: 'duration', value: 1, unit: 'day', change: '' }],
  },
  {
    sentence: '科考船整个航程历经20天。',
    figures: [{ text: '20天', kind: 'duration', value: 20, unit: 'day' }],
  },
  {
    sentence: '项目审批时间由60天缩短至15天。',
    figures: [
      { text: '60天', kind: 'duration', value: 60, unit: 'day' },
      { text: '15天', kind: 'duration', value: 15, unit: 'day', change: '' },
    ],
  },
  {
    sentence: '平均住院日缩短0.8天。',
    figures: [{ text: '0.8天', kind: 'duration', value: 0.8, unit: 'day' }],
  },
  {
    sentence: '该品种水稻的生长期为120天左右。',
    figures: [{ text: '120天', kind: 'duration', value: 120, unit: 'day', approx: 'about' }],
  },

  // ── hours ───────────────────────────────────────────────────────────
  {
    sentence: '抢修人员连续作业5个多小时。',
    figures: [{ text: '5个多小时', kind: 'duration', value: 5, unit: 'hour', approx: 'over' }],
  },
  {
    sentence: '全程只需一个半小时。',
    figures: [{ text: '一个半小时', kind: 'duration', value: 1.5, unit: 'hour' }],
  },
  {
    sentence: '两地之间的列车运行时间缩短到2小时。',
    figures: [{ text: '2小时', kind: 'duration', value: 2, unit: 'hour', change: '' }],
  },
  {
    sentence: '救援队在废墟中坚守了72小时。',
    figures: [{ text: '72小时', kind: 'duration', value: 72, unit: 'hour' }],
  },
  {
    sentence: '每次应急演练时长超过2小时。',
    figures: [{ text: '2小时', kind: 'duration', value: 2, unit: 'hour', approx: 'over' }],
  },
  {
    sentence: '检测结果将在48小时内反馈。',
    figures: [{ text: '48小时', kind: 'duration', value: 48, unit: 'hour' }],
  },
  {
    sentence: '一名志愿者累计服务时长达到1200小时。',
    figures: [{ text: '1200小时', kind: 'duration', value: 1200, unit: 'hour' }],
  },

  // ── minutes and seconds ─────────────────────────────────────────────
  {
    sentence: '货物平均通关时间缩短为30分钟。',
    figures: [{ text: '30分钟', kind: 'duration', value: 30, unit: 'minute' }],
  },
  {
    sentence: '一场足球比赛的常规时长为90分钟。',
    figures: [{ text: '90分钟', kind: 'duration', value: 90, unit: 'minute' }],
  },
  {
    sentence: '城区急救响应时间缩短至15分钟以内。',
    figures: [{ text: '15分钟', kind: 'duration', value: 15, unit: 'minute', approx: 'under' }],
  },
  {
    sentence: '外卖平均每单配送时长为28分钟。',
    figures: [{ text: '28分钟', kind: 'duration', value: 28, unit: 'minute' }],
  },
  {
    note: '两地 is a count of places without a measure word: not a figure',
    sentence: '高铁开通后两地通行时间缩短至40分钟。',
    figures: [{ text: '40分钟', kind: 'duration', value: 40, unit: 'minute' }],
  },
  {
    sentence: '选手以45秒的成绩夺得冠军。',
    figures: [{ text: '45秒', kind: 'duration', value: 45, unit: 'second' }],
  },
  {
    sentence: '系统故障切换仅需0.5秒。',
    figures: [{ text: '0.5秒', kind: 'duration', value: 0.5, unit: 'second' }],
  },

  // ── with other figures ──────────────────────────────────────────────
  {
    sentence: '服役期为24个月，退役后可获得补助3万元。',
    figures: [
      { text: '24个月', kind: 'duration', value: 24, unit: 'month' },
      { text: '3万元', kind: 'money', value: 30000, unit: 'CNY' },
    ],
  },
  {
    sentence: '该病的潜伏期为1至14天。',
    figures: [{ text: '1至14天', kind: 'duration', value: 1, value_max: 14, unit: 'day' }],
  },
  {
    sentence: '连续3年每年新增就业超过1万人。',
    figures: [
      { text: '3年', kind: 'duration', value: 3, unit: 'year' },
      { text: '1万人', kind: 'count', value: 10000, unit: '人', approx: 'over' },
    ],
  },
];
