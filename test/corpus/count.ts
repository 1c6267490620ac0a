/**
 * Counts: a number of discrete things; `unit` is the measure word as written,
 * without magnitude.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── one per measure word ────────────────────────────────────────────
  {
    sentence: '全市共有高新技术企业1285家。',
    figures: [{ text: '1285家', kind: 'count', value: 1285, unit: '家' }],
  },
  {
    sentence: '全年城镇新增就业5.6万人。',
    figures: [{ text: '5.6万人', kind: 'count', value: 56000, unit: '人', unit_text: '人' }],
  },
  {
    sentence: '全年接待国内游客2800万人次。',
    figures: [{ text: '2800万人次', kind: 'count', value: 28000000, unit: '人次', unit_text: '人次' }],
  },
  {
    sentence: '景区日接待游客最高达6.8万人次。',
    figures: [{ text: '6.8万人次', kind: 'count', value: 68000, unit: '人次' }],
  },
  {
    sentence: '全县共有脱贫户4528户。',
    figures: [{ text: '4528户', kind: 'count', value: 4528, unit: '户' }],
  },
  {
    note: '个 inside 个体 has no numeral',
    sentence: '全年新增个体工商户5200户。',
    figures: [{ text: '5200户', kind: 'count', value: 5200, unit: '户' }],
  },
  {
    sentence: '全年新增市场主体12.6万户。',
    figures: [{ text: '12.6万户', kind: 'count', value: 126000, unit: '户' }],
  },
  {
    sentence: '全市共有83个乡镇。',
    figures: [{ text: '83个', kind: 'count', value: 83, unit: '个' }],
  },
  {
    sentence: '新建村级卫生室36个。',
    figures: [{ text: '36个', kind: 'count', value: 36, unit: '个' }],
  },
  {
    sentence: '志愿服务队共招募志愿者1500名。',
    figures: [{ text: '1500名', kind: 'count', value: 1500, unit: '名' }],
  },
  {
    sentence: '全年共立项科研课题126项。',
    figures: [{ text: '126项', kind: 'count', value: 126, unit: '项' }],
  },
  {
    sentence: '全市累计报告病例35例。',
    figures: [{ text: '35例', kind: 'count', value: 35, unit: '例' }],
  },
  {
    sentence: '全省建成中小型水库12座。',
    figures: [{ text: '12座', kind: 'count', value: 12, unit: '座' }],
  },
  {
    sentence: '新投放新能源公交车320辆。',
    figures: [{ text: '320辆', kind: 'count', value: 320, unit: '辆' }],
  },
  {
    sentence: '全区安装公共充电桩860台。',
    figures: [{ text: '860台', kind: 'count', value: 860, unit: '台' }],
  },
  {
    sentence: '全年共完成手术1.8万台。',
    figures: [{ text: '1.8万台', kind: 'count', value: 18000, unit: '台' }],
  },
  {
    sentence: '法院共受理各类案件2150件。',
    figures: [{ text: '2150件', kind: 'count', value: 2150, unit: '件' }],
  },
  {
    sentence: '大会共收到代表提案580件。',
    figures: [{ text: '580件', kind: 'count', value: 580, unit: '件' }],
  },
  {
    sentence: '全年开展职业技能培训85次。',
    figures: [{ text: '85次', kind: 'count', value: 85, unit: '次' }],
  },
  {
    sentence: '新建公办幼儿园24所。',
    figures: [{ text: '24所', kind: 'count', value: 24, unit: '所' }],
  },
  {
    note: '三批 is a count; contrast the article in 一批',
    sentence: '救灾物资分三批发放到位。',
    figures: [{ text: '三批', kind: 'count', value: 3, unit: '批' }],
  },
  {
    sentence: '企业推出新车型三款。',
    figures: [{ text: '三款', kind: 'count', value: 3, unit: '款' }],
  },
  {
    sentence: '保护区内有国家重点保护野生植物56种。',
    figures: [{ text: '56种', kind: 'count', value: 56, unit: '种' }],
  },
  {
    sentence: '社区发放宣传资料1.2万份。',
    figures: [{ text: '1.2万份', kind: 'count', value: 12000, unit: '份' }],
  },
  {
    sentence: '研究院现有院士8位。',
    figures: [{ text: '8位', kind: 'count', value: 8, unit: '位' }],
  },
  {
    sentence: '救助站共收容流浪动物300只。',
    figures: [{ text: '300只', kind: 'count', value: 300, unit: '只' }],
  },
  {
    sentence: '全县肉牛存栏12.5万头。',
    figures: [{ text: '12.5万头', kind: 'count', value: 125000, unit: '头' }],
  },
  {
    sentence: '全旗骆驼存栏2800余峰。',
    figures: [{ text: '2800余峰', kind: 'count', value: 2800, unit: '峰', approx: 'over' }],
  },
  {
    sentence: '全年栽植苗木15万株。',
    figures: [{ text: '15万株', kind: 'count', value: 150000, unit: '株' }],
  },
  {
    sentence: '机关干部义务植树3.6万棵。',
    figures: [{ text: '3.6万棵', kind: 'count', value: 36000, unit: '棵' }],
  },
  {
    sentence: '航空公司机队规模达到28架。',
    figures: [{ text: '28架', kind: 'count', value: 28, unit: '架' }],
  },
  {
    sentence: '船厂全年交付各类船舶12艘。',
    figures: [{ text: '12艘', kind: 'count', value: 12, unit: '艘' }],
  },
  {
    sentence: '建成保障性租赁住房5200套。',
    figures: [{ text: '5200套', kind: 'count', value: 5200, unit: '套' }],
  },
  {
    sentence: '新开通城乡公交线路18条。',
    figures: [{ text: '18条', kind: 'count', value: 18, unit: '条' }],
  },
  {
    sentence: '研究团队发表学术论文326篇。',
    figures: [{ text: '326篇', kind: 'count', value: 326, unit: '篇' }],
  },
  {
    sentence: '出版社推出原创图书45部。',
    figures: [{ text: '45部', kind: 'count', value: 45, unit: '部' }],
  },
  {
    sentence: '全年举办专场招聘会40场。',
    figures: [{ text: '40场', kind: 'count', value: 40, unit: '场' }],
  },
  {
    sentence: '全市新发社会保障卡3万张。',
    figures: [{ text: '3万张', kind: 'count', value: 30000, unit: '张' }],
  },
  {
    sentence: '全市共有养老机构210家，床位3.2万张。',
    figures: [
      { text: '210家', kind: 'count', value: 210, unit: '家' },
      { text: '3.2万张', kind: 'count', value: 32000, unit: '张' },
    ],
  },
  {
    sentence: '全省共有普通高校62所，在校生98.5万人。',
    figures: [
      { text: '62所', kind: 'count', value: 62, unit: '所' },
      { text: '98.5万人', kind: 'count', value: 985000, unit: '人' },
    ],
  },

  // ── ages ────────────────────────────────────────────────────────────
  {
    sentence: '为60岁以上老人提供免费体检。',
    figures: [{ text: '60岁', kind: 'count', value: 60, unit: '岁', approx: 'over' }],
  },
  {
    sentence: '参赛选手平均年龄为42.5岁。',
    figures: [{ text: '42.5岁', kind: 'count', value: 42.5, unit: '岁' }],
  },

  // ── Chinese numerals ────────────────────────────────────────────────
  {
    sentence: '全村有农户二百一十五户。',
    figures: [{ text: '二百一十五户', kind: 'count', value: 215, unit: '户' }],
  },
  {
    sentence: '全镇设立便民服务站三十二个。',
    figures: [{ text: '三十二个', kind: 'count', value: 32, unit: '个' }],
  },
  {
    sentence: '两千余名运动员参加了比赛。',
    figures: [{ text: '两千余名', kind: 'count', value: 2000, unit: '名', approx: 'over' }],
  },

  // ── qualifiers ──────────────────────────────────────────────────────
  {
    sentence: '参与人数达3万余人。',
    figures: [{ text: '3万余人', kind: 'count', value: 30000, unit: '人', approx: 'over' }],
  },
  {
    sentence: '活动邀请专家学者60余位。',
    figures: [{ text: '60余位', kind: 'count', value: 60, unit: '位', approx: 'over' }],
  },
  {
    sentence: '超过500家企业参加了展会。',
    figures: [{ text: '500家', kind: 'count', value: 500, unit: '家', approx: 'over' }],
  },
  {
    sentence: '约1200名志愿者参与了赛会服务。',
    figures: [{ text: '1200名', kind: 'count', value: 1200, unit: '名', approx: 'about' }],
  },
  {
    sentence: '参会人数不足20人。',
    figures: [{ text: '20人', kind: 'count', value: 20, unit: '人', approx: 'under' }],
  },
  {
    sentence: '将近300户居民完成了搬迁。',
    figures: [{ text: '300户', kind: 'count', value: 300, unit: '户', approx: 'under' }],
  },
  {
    note: 'a bare magnitude 百 is a numeral; 近 sets under',
    sentence: '近百所学校开设了人工智能课程。',
    figures: [{ text: '百所', kind: 'count', value: 100, unit: '所', approx: 'under' }],
  },
  {
    sentence: '千余家企业参加了线上洽谈。',
    figures: [{ text: '千余家', kind: 'count', value: 1000, unit: '家', approx: 'over' }],
  },
  {
    note: '数十: the low end is the value, approx over',
    sentence: '数十家企业签约入驻产业园。',
    figures: [{ text: '数十家', kind: 'count', value: 10, unit: '家', approx: 'over' }],
  },
  {
    note: '上百: the low end is the value, approx over',
    sentence: '上百家商户参与了促销活动。',
    figures: [{ text: '上百家', kind: 'count', value: 100, unit: '家', approx: 'over' }],
  },
  {
    note: '数百万: the low end is the value, approx over',
    sentence: '数百万人次在线观看了开幕式直播。',
    figures: [{ text: '数百万人次', kind: 'count', value: 1000000, unit: '人次', approx: 'over' }],
  },
  {
    sentence: '培育家庭农场640家、农民合作社1300余家。',
    figures: [
      { text: '640家', kind: 'count', value: 640, unit: '家' },
      { text: '1300余家', kind: 'count', value: 1300, unit: '家', approx: 'over' },
    ],
  },
  {
    sentence: '社区常住居民达3400余人。',
    figures: [{ text: '3400余人', kind: 'count', value: 3400, unit: '人', approx: 'over' }],
  },
  {
    sentence: '全年新增城镇就业岗位1.5万个。',
    figures: [{ text: '1.5万个', kind: 'count', value: 15000, unit: '个', approx: '' }],
  },
  {
    sentence: '参保职工人数增加了300人。',
    figures: [{ text: '300人', kind: 'count', value: 300, unit: '人', change: 'up' }],
  },
];
