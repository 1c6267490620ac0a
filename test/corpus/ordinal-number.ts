/**
 * Ordinals (ranks and editions) and plain numbers (a numeral with a magnitude
 * or an unknown unit, fractions, and the parts of a ratio).
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── ordinals with a measure word ────────────────────────────────────
  {
    sentence: '第六届数字中国建设峰会在福州开幕。',
    figures: [{ text: '第六届', kind: 'ordinal', value: 6, unit: '届' }],
  },
  {
    sentence: '第三十一届世界大学生夏季运动会圆满闭幕。',
    figures: [{ text: '第三十一届', kind: 'ordinal', value: 31, unit: '届' }],
  },
  {
    sentence: '第十四届中国航展吸引了大批观众。',
    figures: [{ text: '第十四届', kind: 'ordinal', value: 14, unit: '届' }],
  },
  {
    sentence: '第二十届中国国际高新技术成果交易会开幕。',
    figures: [{ text: '第二十届', kind: 'ordinal', value: 20, unit: '届' }],
  },
  {
    sentence: '第3届国际茶叶博览会在杭州开幕。',
    figures: [{ text: '第3届', kind: 'ordinal', value: 3, unit: '届' }],
  },
  {
    sentence: '医院成功完成第200例机器人辅助手术。',
    figures: [{ text: '第200例', kind: 'ordinal', value: 200, unit: '例' }],
  },
  {
    sentence: '第二批入选名单已经公布。',
    figures: [{ text: '第二批', kind: 'ordinal', value: 2, unit: '批' }],
  },
  {
    sentence: '他在全国技能大赛中获得第2名。',
    figures: [{ text: '第2名', kind: 'ordinal', value: 2, unit: '名' }],
  },
  {
    sentence: '市政府召开第十二次常务会议。',
    figures: [{ text: '第十二次', kind: 'ordinal', value: 12, unit: '次' }],
  },
  {
    sentence: '这是该院第五次获得此项荣誉。',
    figures: [{ text: '第五次', kind: 'ordinal', value: 5, unit: '次' }],
  },
  {
    sentence: '全市综合竞争力排名上升至全国第12位。',
    figures: [{ text: '第12位', kind: 'ordinal', value: 12, unit: '位' }],
  },
  {
    sentence: '全市第100座超级充电站建成投用。',
    figures: [{ text: '第100座', kind: 'ordinal', value: 100, unit: '座' }],
  },
  {
    sentence: '我们迎来了第五个中国农民丰收节。',
    figures: [{ text: '第五个', kind: 'ordinal', value: 5, unit: '个' }],
  },
  {
    note: 'a magnitude inside an ordinal',
    sentence: '第1000万辆新能源汽车在基地下线。',
    figures: [{ text: '第1000万辆', kind: 'ordinal', value: 10000000, unit: '辆' }],
  },
  {
    sentence: '景区迎来第200万名游客。',
    figures: [{ text: '第200万名', kind: 'ordinal', value: 2000000, unit: '名' }],
  },

  // ── ordinals without a measure word, and 前N ────────────────────────
  {
    sentence: '全省综合实力排名位居第三。',
    figures: [{ text: '第三', kind: 'ordinal', value: 3, unit: '' }],
  },
  {
    sentence: '该县粮食产量连续多年位居全市第一。',
    figures: [{ text: '第一', kind: 'ordinal', value: 1, unit: '' }],
  },
  {
    sentence: '该市经济总量跻身全国城市前十。',
    figures: [{ text: '前十', kind: 'ordinal', value: 10, unit: '' }],
  },
  {
    sentence: '全省进出口总额居全国前五。',
    figures: [{ text: '前五', kind: 'ordinal', value: 5, unit: '' }],
  },
  {
    sentence: '该校学科评估进入全国前20位。',
    figures: [{ text: '前20位', kind: 'ordinal', value: 20, unit: '位' }],
  },
  {
    sentence: '代表队获得团体赛前三名。',
    figures: [{ text: '前三名', kind: 'ordinal', value: 3, unit: '名' }],
  },
  {
    sentence: '第六届论坛共签约项目85个。',
    figures: [
      { text: '第六届', kind: 'ordinal', value: 6, unit: '届' },
      { text: '85个', kind: 'count', value: 85, unit: '个' },
    ],
  },

  // ── numbers with a magnitude or an unknown unit ─────────────────────
  {
    sentence: '全市智能算力规模达到2.6万P。',
    figures: [{ text: '2.6万P', kind: 'number', value: 26000, unit: 'P', unit_text: 'P' }],
  },
  {
    sentence: '全省算力总规模超过1.5万P。',
    figures: [{ text: '1.5万P', kind: 'number', value: 15000, unit: 'P', approx: 'over' }],
  },
  {
    note: 'a numeral with a magnitude and no unit is a number',
    sentence: '政务服务平台日均访问量达到1.5万。',
    figures: [{ text: '1.5万', kind: 'number', value: 15000, unit: '' }],
  },
  {
    sentence: '系列短视频的播放量突破200万。',
    figures: [{ text: '200万', kind: 'number', value: 2000000, unit: '', approx: 'over' }],
  },
  {
    sentence: '全县常住人口约20万。',
    figures: [{ text: '20万', kind: 'number', value: 200000, unit: '', approx: 'about' }],
  },

  // ── fractions ───────────────────────────────────────────────────────
  {
    sentence: '三分之二的企业实现了盈利。',
    figures: [{ text: '三分之二', kind: 'number', value: 0.6666666666666666, unit: '' }],
  },
  {
    sentence: '四分之一的耕地实现了节水灌溉。',
    figures: [{ text: '四分之一', kind: 'number', value: 0.25, unit: '' }],
  },
  {
    sentence: '五分之三的村庄完成了人居环境整治。',
    figures: [{ text: '五分之三', kind: 'number', value: 0.6, unit: '' }],
  },
  {
    sentence: '二分之一的新增贷款投向了制造业。',
    figures: [{ text: '二分之一', kind: 'number', value: 0.5, unit: '' }],
  },
  {
    sentence: '超过三分之一的农户参加了农业保险。',
    figures: [{ text: '三分之一', kind: 'number', value: 0.3333333333333333, unit: '', approx: 'over' }],
  },
  {
    note: '十分之一 is a fraction, not the adverb 十分',
    sentence: '新能源汽车约占汽车保有量的十分之一。',
    figures: [{ text: '十分之一', kind: 'number', value: 0.1, unit: '', approx: 'about' }],
  },
  {
    sentence: '亏损企业数量不到二十分之一。',
    figures: [{ text: '二十分之一', kind: 'number', value: 0.05, unit: '', approx: 'under' }],
  },

  // ── ratios: each part is a number ───────────────────────────────────
  {
    note: 'ratio with U+2236 RATIO',
    sentence: '全市产业结构比例调整为7.2∶38.5∶54.3。',
    figures: [
      { text: '7.2', kind: 'number', value: 7.2, unit: '' },
      { text: '38.5', kind: 'number', value: 38.5, unit: '' },
      { text: '54.3', kind: 'number', value: 54.3, unit: '' },
    ],
  },
  {
    note: 'ratio with an ASCII colon',
    sentence: '新生男女比例为3:2。',
    figures: [
      { text: '3', kind: 'number', value: 3, unit: '' },
      { text: '2', kind: 'number', value: 2, unit: '' },
    ],
  },
  {
    sentence: '市县按1:2比例分担配套资金。',
    figures: [
      { text: '1', kind: 'number', value: 1, unit: '' },
      { text: '2', kind: 'number', value: 2, unit: '' },
    ],
  },
  {
    note: 'the ratio reached by 缩小到 is a level, not a change',
    sentence: '城乡居民收入比缩小到2.3∶1。',
    figures: [
      { text: '2.3', kind: 'number', value: 2.3, unit: '', change: '' },
      { text: '1', kind: 'number', value: 1, unit: '', change: '' },
    ],
  },
  {
    sentence: '全县中小学师生比达到1∶12。',
    figures: [
      { text: '1', kind: 'number', value: 1, unit: '' },
      { text: '12', kind: 'number', value: 12, unit: '' },
    ],
  },
];
