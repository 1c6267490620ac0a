/**
 * The not-a-figure rule: codes, service and phone numbers, model and grade
 * names, generation labels, numerals inside names, slogans, set phrases and
 * idioms, articles, list markers. Either nothing is found, or only the real
 * figure in the sentence.
 */
import type { CorpusCase } from './types.js';

export const cases: CorpusCase[] = [
  // ── identifiers, codes, service and phone numbers ───────────────────
  {
    note: 'stock code',
    sentence: '工商银行（601398.SH）发布年度业绩公告。',
    figures: [],
  },
  {
    note: 'service platform number',
    sentence: '货主可通过铁路95306平台办理货运业务。',
    figures: [],
  },
  {
    note: 'phone number with area code',
    sentence: '如有疑问请拨打服务热线0991-2345678。',
    figures: [],
  },
  {
    note: 'hotline number',
    sentence: '市民可拨打12345政务服务便民热线反映问题。',
    figures: [],
  },
  {
    note: 'emergency number',
    sentence: '遇到紧急情况请拨打110报警。',
    figures: [],
  },
  {
    note: 'mobile phone number',
    sentence: '报名联系人的手机号码为13912345678。',
    figures: [],
  },
  {
    note: 'technology generation label',
    sentence: '全市5G网络实现乡镇全覆盖。',
    figures: [],
  },
  {
    note: 'model number',
    sentence: '公司发布新款X200型植保无人机。',
    figures: [],
  },
  {
    note: 'futures contract code',
    sentence: '白糖期货SR2501合约成交活跃。',
    figures: [],
  },
  {
    note: 'fuel grade',
    sentence: '部分加油站暂停供应95号汽油。',
    figures: [],
  },
  {
    note: 'cotton grade',
    sentence: '二级棉收购工作有序推进。',
    figures: [],
  },
  {
    note: 'metro line name',
    sentence: '地铁3号线全线开通运营。',
    figures: [],
  },
  {
    note: 'event name',
    sentence: '9·11事件深刻改变了国际安全格局。',
    figures: [],
  },

  // ── generation labels ───────────────────────────────────────────────
  {
    sentence: '90后已成为创业创新的主力军。',
    figures: [],
  },
  {
    sentence: '00后大学生积极投身乡村振兴。',
    figures: [],
  },

  // ── names, slogans, set phrases ─────────────────────────────────────
  {
    sentence: '企业积极参与共建“一带一路”。',
    figures: [],
  },
  {
    sentence: '全力打造十大产业集群。',
    figures: [],
  },
  {
    sentence: '加快建设五大中心。',
    figures: [],
  },
  {
    sentence: '三北工程攻坚战取得阶段性成效。',
    figures: [],
  },
  {
    sentence: '各地加紧谋划“十四五”重大项目。',
    figures: [],
  },
  {
    sentence: '以“新三样”为代表的产品出口势头强劲。',
    figures: [],
  },
  {
    sentence: '全国两会胜利闭幕。',
    figures: [],
  },
  {
    sentence: '扎实做好三农工作。',
    figures: [],
  },
  {
    sentence: '加快推进长三角一体化发展。',
    figures: [],
  },
  {
    sentence: '加快建设世界一流企业。',
    figures: [],
  },
  {
    sentence: '全省一般公共预算收入保持平稳。',
    figures: [],
  },

  // ── counts of places without a measure word ─────────────────────────
  {
    note: '两国 is not a count, and 元 inside 元首 is not a currency',
    sentence: '两国元首举行了会谈。',
    figures: [],
  },
  {
    sentence: '中亚五国代表出席了会议。',
    figures: [],
  },

  // ── articles and list markers ───────────────────────────────────────
  {
    sentence: '一名志愿者正在为群众讲解政策。',
    figures: [],
  },
  {
    sentence: '国务院出台了一系列稳增长政策。',
    figures: [],
  },
  {
    sentence: '全市集中开工建设一批重点项目。',
    figures: [],
  },
  {
    sentence: '一是加强组织领导，二是强化资金保障。',
    figures: [],
  },
  {
    sentence: '（一）加快构建现代化产业体系。',
    figures: [],
  },
  {
    sentence: '一、国民经济运行总体平稳。',
    figures: [],
  },

  // ── idioms and ordinary words holding numerals ──────────────────────
  {
    sentence: '千方百计稳就业保民生。',
    figures: [],
  },
  {
    note: '一成 inside the idiom is not 10%',
    sentence: '发展思路不能一成不变。',
    figures: [],
  },
  {
    sentence: '来自五湖四海的客商齐聚一堂。',
    figures: [],
  },
  {
    note: '千家 inside the idiom is not a count',
    sentence: '清洁能源走进千家万户。',
    figures: [],
  },
  {
    sentence: '干工作不能三心二意。',
    figures: [],
  },
  {
    sentence: '推进秸秆综合利用可谓一举两得。',
    figures: [],
  },
  {
    sentence: '各项保障工作要做到万无一失。',
    figures: [],
  },
  {
    sentence: '文艺创作要坚持百花齐放。',
    figures: [],
  },
  {
    sentence: '游客从四面八方赶来观赏花海。',
    figures: [],
  },
  {
    sentence: '进一步推进区域协调发展。',
    figures: [],
  },
  {
    sentence: '扫描二维码即可办理业务。',
    figures: [],
  },
  {
    note: '十分 is an adverb',
    sentence: '安全生产工作十分重要。',
    figures: [],
  },
  {
    note: '千万 is an adverb',
    sentence: '食品安全千万不能马虎。',
    figures: [],
  },
  {
    sentence: '汛期要备足物资以防万一。',
    figures: [],
  },
  {
    note: '上下 without a figure is not a qualifier',
    sentence: '全市上下齐心协力抗击洪灾。',
    figures: [],
  },

  // ── only the real figure ────────────────────────────────────────────
  {
    sentence: '全市新建5G基站1.2万个。',
    figures: [{ text: '1.2万个', kind: 'count', value: 12000, unit: '个' }],
  },
  {
    sentence: '中亚五国贸易额同比增长12%。',
    figures: [{ text: '12%', kind: 'percent', value: 12, unit: '%', change: 'up' }],
  },
  {
    sentence: '与共建“一带一路”国家进出口增长6.4%。',
    figures: [{ text: '6.4%', kind: 'percent', value: 6.4, unit: '%', change: 'up' }],
  },
  {
    sentence: '十大产业集群实现产值5800亿元。',
    figures: [{ text: '5800亿元', kind: 'money', value: 580000000000, unit: 'CNY' }],
  },
  {
    sentence: '一批重点项目完成投资85亿元。',
    figures: [{ text: '85亿元', kind: 'money', value: 8500000000, unit: 'CNY' }],
  },
  {
    sentence: '一名志愿者累计服务时长达到1200小时。',
    figures: [{ text: '1200小时', kind: 'duration', value: 1200, unit: 'hour' }],
  },
  {
    sentence: '90后员工占比达到46%。',
    figures: [{ text: '46%', kind: 'percent', value: 46, unit: '%' }],
  },
  {
    sentence: '工商银行（601398.SH）净利润同比增长0.5%。',
    figures: [{ text: '0.5%', kind: 'percent', value: 0.5, unit: '%', change: 'up' }],
  },
  {
    sentence: '三北工程区累计完成造林3.2万公顷。',
    figures: [{ text: '3.2万公顷', kind: 'quantity', value: 320000000, unit: 'm2' }],
  },
  {
    sentence: '“十四五”期间全市累计完成投资3000亿元。',
    figures: [{ text: '3000亿元', kind: 'money', value: 300000000000, unit: 'CNY' }],
  },
  {
    sentence: '“新三样”产品出口增长30.2%。',
    figures: [{ text: '30.2%', kind: 'percent', value: 30.2, unit: '%', change: 'up' }],
  },
  {
    sentence: '两国贸易额突破300亿美元。',
    figures: [{ text: '300亿美元', kind: 'money', value: 30000000000, unit: 'USD', approx: 'over' }],
  },
  {
    sentence: 'X200型无人机的续航时间为45分钟。',
    figures: [{ text: '45分钟', kind: 'duration', value: 45, unit: 'minute' }],
  },
  {
    sentence: '二级棉收购价为每吨1.6万元。',
    figures: [{ text: '1.6万元', kind: 'money', value: 16000, unit: 'CNY' }],
  },
  {
    sentence: '95号汽油每升上调0.15元。',
    figures: [{ text: '0.15元', kind: 'money', value: 0.15, unit: 'CNY' }],
  },
  {
    sentence: '拨打12345热线的市民达到3.6万人次。',
    figures: [{ text: '3.6万人次', kind: 'count', value: 36000, unit: '人次' }],
  },
  {
    sentence: '千方百计帮助8000名高校毕业生就业。',
    figures: [{ text: '8000名', kind: 'count', value: 8000, unit: '名' }],
  },
  {
    sentence: '一是新增就业2.1万人，二是培训技能人才5000人次。',
    figures: [
      { text: '2.1万人', kind: 'count', value: 21000, unit: '人' },
      { text: '5000人次', kind: 'count', value: 5000, unit: '人次' },
    ],
  },
  {
    sentence: '（二）全市新增市场主体2.8万户。',
    figures: [{ text: '2.8万户', kind: 'count', value: 28000, unit: '户' }],
  },
  {
    sentence: '地铁3号线日均客流达到45万人次。',
    figures: [{ text: '45万人次', kind: 'count', value: 450000, unit: '人次' }],
  },
  {
    sentence: '白糖期货SR2501合约收于5860元/吨。',
    figures: [{ text: '5860元/吨', kind: 'money', value: 5860, unit: 'CNY', unit_text: '元/吨' }],
  },
];
