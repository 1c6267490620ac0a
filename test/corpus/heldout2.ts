/**
 * Second held-out corpus: sentences from genres the first held-out set
 * (bulletins.ts) under-covers — government work reports with targets,
 * monetary-policy reports, weather and disaster news, sports results,
 * technology and industry, healthcare, education, real estate, logistics,
 * tourism, trade in many currencies, company reports, historic and relative
 * dates, date ranges, numbers written in Chinese, full-width digits and
 * Traditional-script news — plus negatives and boundaries typical of them.
 *
 * Every sentence is our own and the figures are made up. Values follow
 * figure-spec.md and the README: exact decimals in canonical units, dates as
 * TIMEX3. `approx` and `change` are given where the spec decides them and
 * left out where the wording does not (偏高, 新增, 净投放, 介乎, 控制在 after
 * 涨幅).
 *
 * Decisions taken where the spec is silent:
 * - 级 is no unit of measure, but earthquake magnitudes and wind forces
 *   (5.1级, 阵风9级) are readings on a scale: `number` figures with unit 级
 *   (this was "no figure" at first; three later audits expected them).
 *   Grades (二级棉, 4A级景区, 四、六级考试) stay no figure.
 * - 吨公里 (tonne-kilometres) has no canonical unit, so a freight turnover is a
 *   `number` with the unit as written, not a mass.
 * - EFLOPS is an unknown unit of a statistic: a `number`, like 万P.
 * - 公釐 (Taiwan's millimetre) is a length: quantity in m.
 * - Points in a game (独得32分) are a count of 分, never money.
 * - 不超过 is `under`; it must not read as 超过 (`over`).
 * - With a reference date, 去年 in 去年同期 resolves to the year (`2024`).
 */
import type { CorpusCase, ExpectedFigure } from './types.js';

type Extra = Partial<Pick<ExpectedFigure, 'approx' | 'change' | 'unit_text' | 'value_max'>>;

const fig =
  (kind: ExpectedFigure['kind'], unit: string) =>
  (text: string, value: number, x: Extra = {}): ExpectedFigure => ({ text, kind, value, unit, ...x });

const d = (text: string, value: string): ExpectedFigure => ({ text, kind: 'date', value, unit: 'date' });
const dr = (text: string, from: string, to: string): ExpectedFigure => d(text, `${from}/${to}`);
const cny = fig('money', 'CNY');
const usd = fig('money', 'USD');
const eur = fig('money', 'EUR');
const hkd = fig('money', 'HKD');
const twd = fig('money', 'TWD');
const mop = fig('money', 'MOP');
const jpy = fig('money', 'JPY');
const rub = fig('money', 'RUB');
const kzt = fig('money', 'KZT');
const gbp = fig('money', 'GBP');
const krw = fig('money', 'KRW');
const inr = fig('money', 'INR');
const thb = fig('money', 'THB');
const vnd = fig('money', 'VND');
const pct = fig('percent', '%');
const pp = fig('percentage_point', 'pp');
const times = fig('multiple', 'x');
const kg = fig('quantity', 'kg');
const m = fig('quantity', 'm');
const m2 = fig('quantity', 'm2');
const W = fig('quantity', 'W');
const Wh = fig('quantity', 'Wh');
const B = fig('quantity', 'B');
const teu = fig('quantity', 'TEU');
const kmh = fig('quantity', 'km/h');
const celsius = fig('quantity', '°C');
const num = fig('number', '');
const level = fig('number', '级');
const numU = (unit: string) => fig('number', unit);
const cnt = (text: string, value: number, unit: string, x: Extra = {}): ExpectedFigure => ({ text, kind: 'count', value, unit, ...x });
const dur = (text: string, value: number, unit: string, x: Extra = {}): ExpectedFigure => ({ text, kind: 'duration', value, unit, ...x });
const ord = (text: string, value: number, unit: string, x: Extra = {}): ExpectedFigure => ({ text, kind: 'ordinal', value, unit, ...x });

const UP: Extra = { change: 'up' };
const DOWN: Extra = { change: 'down' };
const LEVEL: Extra = { change: '' };
const OVER: Extra = { approx: 'over' };
const ABOUT: Extra = { approx: 'about' };
const UNDER: Extra = { approx: 'under' };
const EXACT: Extra = { approx: '' };

const REF = '2025-09-30';

export const cases: CorpusCase[] = [
  // ── government work reports: targets ─────────────────────────────────
  {
    sentence: '今年全省发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业68万人以上，城镇调查失业率控制在5.5%以内。',
    figures: [
      pct('5.5%', 5.5, { approx: 'about', change: 'up' }),
      cnt('68万人', 68e4, '人', OVER),
      pct('5.5%', 5.5, { approx: 'under', change: '' }),
    ],
  },
  {
    sentence: '居民消费价格涨幅控制在2%左右，粮食总产量稳定在730亿斤以上，单位地区生产总值能耗下降2.5%左右。',
    figures: [
      pct('2%', 2, ABOUT),
      kg('730亿斤', 365e8, OVER),
      pct('2.5%', 2.5, { approx: 'about', change: 'down' }),
    ],
  },
  {
    note: '不低于 is over; 左右 after 个百分点',
    sentence: '一般公共预算收入增长3%，研发经费投入强度不低于2.6%，常住人口城镇化率提高1个百分点左右。',
    figures: [
      pct('3%', 3, UP),
      pct('2.6%', 2.6, { approx: 'over', change: '' }),
      pp('1个百分点', 1, { approx: 'about', change: 'up' }),
    ],
  },
  {
    sentence: '今年拟安排赤字率3.8%左右、赤字规模5.2万亿元，比上年增加1.2万亿元。',
    figures: [pct('3.8%', 3.8, { approx: 'about', change: '' }), cny('5.2万亿元', 5.2e12, LEVEL), cny('1.2万亿元', 1.2e12, UP)],
  },
  {
    note: '超 inside 超长期 does not touch the amount',
    sentence: '拟发行超长期特别国债1.5万亿元，拟安排地方政府专项债券4.6万亿元。',
    figures: [cny('1.5万亿元', 1.5e12, EXACT), cny('4.6万亿元', 4.6e12, EXACT)],
  },
  {
    note: '过去一年: 一 before a unit of time counts',
    sentence: '过去一年，全市新增城镇就业28.6万人，完成年度目标的119%，城镇调查失业率平均为5.2%。',
    figures: [dur('一年', 1, 'year'), cnt('28.6万人', 28.6e4, '人'), pct('119%', 119, LEVEL), pct('5.2%', 5.2, LEVEL)],
  },
  {
    sentence: '五年来，全省经济总量先后跨越5万亿元、6万亿元台阶，年均增长6.1%。',
    figures: [dur('五年', 5, 'year'), cny('5万亿元', 5e12), cny('6万亿元', 6e12), pct('6.1%', 6.1, UP)],
  },
  {
    note: '“三公” is a quoted name',
    sentence: '全年压减一般性支出5%以上，“三公”经费下降3.6%。',
    figures: [pct('5%', 5, OVER), pct('3.6%', 3.6, DOWN)],
  },
  {
    note: 'Chinese numerals in a list of tasks',
    sentence: '新建改建农村公路一千二百公里，改造农村危房八千六百户，新增城市停车泊位三万个。',
    figures: [m('一千二百公里', 1.2e6), cnt('八千六百户', 8600, '户'), cnt('三万个', 3e4, '个')],
  },
  {
    note: 'a date inside a title is kept; a document number is not a figure (7号 is no day)',
    sentence: '国务院办公厅关于印发《2025年政务公开工作要点》的通知（国办发〔2025〕7号）已正式公布。',
    figures: [d('2025年', '2025')],
  },
  {
    sentence: '省政府将连续三年每年安排专项资金10亿元，支持县域重点产业链发展。',
    figures: [dur('三年', 3, 'year'), cny('10亿元', 10e8)],
  },
  {
    sentence: '到2027年，全省数字经济核心产业增加值占地区生产总值比重达到12%以上。',
    figures: [d('2027年', '2027'), pct('12%', 12, OVER)],
  },
  {
    note: '提高到: a level reached, not a change',
    sentence: '力争到2030年，新能源装机规模突破1.5亿千瓦，非化石能源消费比重提高到25%左右。',
    figures: [d('2030年', '2030'), W('1.5亿千瓦', 1.5e11, OVER), pct('25%', 25, { approx: 'about', change: '' })],
  },
  {
    note: 'a numeral inside a short quoted name is no count',
    sentence: '全年完成“十件民生实事”，投入财政资金186.3亿元。',
    figures: [cny('186.3亿元', 186.3e8)],
  },
  {
    sentence: '全年收购存量商品房2.6万套用作保障性住房。',
    figures: [cnt('2.6万套', 2.6e4, '套')],
  },
  {
    sentence: '全市财政用于民生的支出占一般公共预算支出的比重保持在75%以上。',
    figures: [pct('75%', 75, OVER)],
  },
  {
    note: '至少 is over',
    sentence: '全年新建高标准农田至少80万亩，其中改造提升30万亩。',
    figures: [m2('80万亩', 533333333.3333333, OVER), m2('30万亩', 2e8)],
  },
  {
    note: 'the plan name and the article 一批 are not figures; 明年 alone without a reference date',
    sentence: '明年是十五五规划实施的开局之年，要谋划一批重大项目。',
    figures: [],
  },

  // ── central bank and monetary policy ─────────────────────────────────
  {
    sentence: '三季度末，人民币各项贷款余额262.5万亿元，同比增长6.6%，前三季度人民币贷款增加14.8万亿元。',
    figures: [
      d('三季度末', 'XXXX-Q3'),
      cny('262.5万亿元', 262.5e12, LEVEL),
      pct('6.6%', 6.6, UP),
      dr('前三季度', 'XXXX-Q1', 'XXXX-Q3'),
      cny('14.8万亿元', 14.8e12, UP),
    ],
  },
  {
    note: '5年以上 is a tenor, over; 由…调整为: start level and level reached',
    sentence: '自5月15日起，中国人民银行将个人住房公积金贷款利率降低0.25个百分点，5年以上首套房利率由2.85%调整为2.6%。',
    figures: [
      d('5月15日', 'XXXX-05-15'),
      pp('0.25个百分点', 0.25, DOWN),
      dur('5年', 5, 'year', OVER),
      pct('2.85%', 2.85, LEVEL),
      pct('2.6%', 2.6, LEVEL),
    ],
  },
  {
    note: 'LPR is a name; tenors are lengths of time',
    sentence: '9月22日，1年期贷款市场报价利率（LPR）为3.0%，5年期以上LPR为3.5%，均与上月持平。',
    figures: [
      d('9月22日', 'XXXX-09-22'),
      dur('1年', 1, 'year'),
      pct('3.0%', 3, LEVEL),
      dur('5年', 5, 'year', OVER),
      pct('3.5%', 3.5, LEVEL),
    ],
  },
  {
    sentence: '人民银行当日开展了4,000亿元买断式逆回购操作，期限为6个月（182天）。',
    figures: [cny('4,000亿元', 4000e8), dur('6个月', 6, 'month'), dur('182天', 182, 'day')],
  },
  {
    note: '比…多 is a comparison: up (the change of an 增量 is left open)',
    sentence: '1—8月社会融资规模增量累计为26.6万亿元，比上年同期多4.7万亿元。',
    figures: [dr('1—8月', 'XXXX-01', 'XXXX-08'), cny('26.6万亿元', 26.6e12), cny('4.7万亿元', 4.7e12, UP)],
  },
  {
    sentence: '8月末，外汇储备规模为33,220亿美元，较7月末上升299亿美元，增幅为0.91%。',
    figures: [
      d('8月末', 'XXXX-08'),
      usd('33,220亿美元', 33220e8, LEVEL),
      d('7月末', 'XXXX-07'),
      usd('299亿美元', 299e8, UP),
      pct('0.91%', 0.91, UP),
    ],
  },
  {
    note: '盎司 is 0.028349523125 kg',
    sentence: '央行已连续10个月增持黄金，8月末黄金储备为7,402万盎司，环比增加6万盎司。',
    figures: [
      dur('10个月', 10, 'month'),
      d('8月末', 'XXXX-08'),
      kg('7,402万盎司', 2098431.7017125, LEVEL),
      kg('6万盎司', 1700.9713875, UP),
    ],
  },
  {
    sentence: '7月份，人民银行通过公开市场国债买卖净投放流动性500亿元，通过抵押补充贷款净回笼1,200亿元。',
    figures: [d('7月份', 'XXXX-07'), cny('500亿元', 500e8), cny('1,200亿元', 1200e8)],
  },
  {
    note: '比上年同期低: a one-character change word after a comparison',
    sentence: '个人住房贷款加权平均利率为3.09%，比上年同期低0.36个百分点。',
    figures: [pct('3.09%', 3.09, LEVEL), pp('0.36个百分点', 0.36, DOWN)],
  },
  {
    sentence: '二季度末，本外币绿色贷款余额42.4万亿元，比年初增长14.4%，高于各项贷款增速7.6个百分点。',
    figures: [d('二季度末', 'XXXX-Q2'), cny('42.4万亿元', 42.4e12, LEVEL), pct('14.4%', 14.4, UP), pp('7.6个百分点', 7.6)],
  },
  {
    note: '下行至 reaches a level; 上下 after a figure is about',
    sentence: '1年期国债收益率下行至1.35%，10年期国债收益率在1.7%上下波动。',
    figures: [dur('1年', 1, 'year'), pct('1.35%', 1.35, LEVEL), dur('10年', 10, 'year'), pct('1.7%', 1.7, ABOUT)],
  },
  {
    note: 'Shibor is a name; 区间内 does not qualify the range',
    sentence: '货币市场利率总体平稳，隔夜Shibor在1.3%至1.5%区间内运行。',
    figures: [pct('1.3%至1.5%', 1.3, { value_max: 1.5, approx: '' })],
  },
  {
    sentence: '上半年，银行业金融机构累计处置不良资产1.6万亿元，不良贷款率降至1.49%。',
    figures: [d('上半年', 'XXXX-H1'), cny('1.6万亿元', 1.6e12), pct('1.49%', 1.49, LEVEL)],
  },
  {
    sentence: '当前我国金融机构平均法定存款准备金率约为6.2%。',
    figures: [pct('6.2%', 6.2, ABOUT)],
  },
  {
    sentence: '数字人民币试点地区累计交易金额达7.3万亿元，开立个人钱包1.8亿个。',
    figures: [cny('7.3万亿元', 7.3e12), cnt('1.8亿个', 1.8e8, '个')],
  },
  {
    note: '今年 joins as a figure with a reference date',
    refDate: REF,
    sentence: '今年以来，人民银行累计净投放中长期流动性超过3万亿元。',
    figures: [d('今年', '2025'), cny('3万亿元', 3e12, OVER)],
  },
  {
    note: 'an exchange rate without a unit is no figure',
    sentence: '当日人民币对美元汇率中间价报7.1030。',
    figures: [],
  },

  // ── weather and disasters ────────────────────────────────────────────
  {
    sentence: '受强降雨影响，全市平均降雨量62.8毫米，最大降雨量出现在东山镇，达286.4毫米。',
    figures: [m('62.8毫米', 0.0628), m('286.4毫米', 0.2864)],
  },
  {
    note: 'a magnitude is a reading on a scale of 级',
    sentence: '中国地震台网正式测定，此次地震震级为5.1级，震源深度12千米。',
    figures: [level('5.1级', 5.1), m('12千米', 12000)],
  },
  {
    sentence: '地震共造成3人死亡、42人受伤，震中附近1,280间房屋不同程度受损。',
    figures: [cnt('3人', 3, '人'), cnt('42人', 42, '人'), cnt('1,280间', 1280, '间')],
  },
  {
    sentence: '预计未来24小时，该区域将有50～80毫米的降雨，局地超过120毫米。',
    figures: [dur('24小时', 24, 'hour'), m('50～80毫米', 0.05, { value_max: 0.08 }), m('120毫米', 0.12, OVER)],
  },
  {
    note: '零下 is a sign; 降至 reaches a level',
    sentence: '受寒潮影响，北部山区最低气温将降至零下18摄氏度。',
    figures: [celsius('零下18摄氏度', -18, LEVEL)],
  },
  {
    note: '度 in a clause about 气温 is °C',
    sentence: '午后最高气温可达38度，请市民注意防暑降温。',
    figures: [celsius('38度', 38)],
  },
  {
    sentence: '截至目前，洪涝灾害已致受灾人口达8.9万人，紧急避险转移2.4万人，因灾直接经济损失约4.3亿元。',
    figures: [cnt('8.9万人', 8.9e4, '人'), cnt('2.4万人', 2.4e4, '人'), cny('4.3亿元', 4.3e8, ABOUT)],
  },
  {
    note: 'Arabic numeral with 成',
    sentence: '今年入汛以来，全省平均降水量达到612毫米，较常年同期偏多3成。',
    figures: [m('612毫米', 0.612), pct('3成', 30)],
  },
  {
    sentence: '受持续干旱影响，该县有1.6万人、2,300头大牲畜出现临时饮水困难。',
    figures: [cnt('1.6万人', 1.6e4, '人'), cnt('2,300头', 2300, '头')],
  },
  {
    sentence: '积雪深度普遍在10至15厘米，局地达到25厘米。',
    figures: [m('10至15厘米', 0.1, { value_max: 0.15 }), m('25厘米', 0.25)],
  },
  {
    sentence: '今天白天，城区能见度不足200米，部分高速公路临时封闭。',
    figures: [m('200米', 200, UNDER)],
  },
  {
    note: 'a wind force in 级, and a range of wave heights',
    sentence: '沿海海面阵风可达10级，浪高3到4米。',
    figures: [level('10级', 10), m('3到4米', 3, { value_max: 4 })],
  },
  {
    sentence: '全省共有38个县（市、区）出现暴雨，其中12个县出现大暴雨。',
    figures: [cnt('38个', 38, '个'), cnt('12个', 12, '个')],
  },
  {
    sentence: '本次过程全省平均气温下降6.5℃，部分地区降温幅度超过10℃。',
    figures: [celsius('6.5℃', 6.5, DOWN), celsius('10℃', 10, OVER)],
  },
  {
    note: '超 governs 警戒水位, not the amount',
    sentence: '长江干流某水文站水位超警戒水位1.2米，为1998年以来最高。',
    figures: [m('1.2米', 1.2, EXACT), d('1998年', '1998')],
  },
  {
    note: '第14号 is an ordinal; 13级 is a wind force',
    sentence: '今年第14号台风于9月16日在沿海登陆，登陆时中心附近最大风力13级。',
    figures: [ord('第14号', 14, '号'), d('9月16日', 'XXXX-09-16'), level('13级', 13)],
  },
  {
    sentence: '气象部门累计发布暴雨预警信息1,356条，通过短信向公众发送预警2.8亿人次。',
    figures: [cnt('1,356条', 1356, '条'), cnt('2.8亿人次', 2.8e8, '人次')],
  },
  {
    sentence: '应急管理部向灾区紧急调拨折叠床、棉被等中央救灾物资3.5万件。',
    figures: [cnt('3.5万件', 3.5e4, '件')],
  },
  {
    sentence: '7月全国平均气温23.2℃，较常年同期偏高1.0℃，为1961年以来历史同期最高。',
    figures: [d('7月', 'XXXX-07'), celsius('23.2℃', 23.2), celsius('1.0℃', 1), d('1961年', '1961')],
  },
  {
    sentence: '雪灾导致城区电力中断约18个小时，受影响用户达4.6万户。',
    figures: [dur('18个小时', 18, 'hour', ABOUT), cnt('4.6万户', 4.6e4, '户')],
  },
  {
    sentence: '台风中心正以20km/h左右的速度向西北方向移动。',
    figures: [kmh('20km/h', 20, ABOUT)],
  },

  // ── sports ───────────────────────────────────────────────────────────
  {
    sentence: '中国队以3∶2逆转战胜巴西队，获得本届世界女排联赛第三名。',
    figures: [num('3', 3), num('2', 2), ord('第三名', 3, '名')],
  },
  {
    sentence: '本届奥运会上，中国体育代表团共夺得金牌40枚、银牌27枚、铜牌24枚，位列金牌榜第一。',
    figures: [cnt('40枚', 40, '枚'), cnt('27枚', 27, '枚'), cnt('24枚', 24, '枚'), ord('第一', 1, '')],
  },
  {
    sentence: '他在男子单打决赛中以4∶1击败对手，夺得职业生涯第二座世界冠军奖杯。',
    figures: [num('4', 4), num('1', 1), ord('第二座', 2, '座')],
  },
  {
    sentence: '她的世界排名上升至第12位。',
    figures: [ord('第12位', 12, '位')],
  },
  {
    note: '两 counting goals is no article; a score with an ASCII colon',
    sentence: '联赛第28轮，主队凭借两粒进球以2:0取胜，继续领跑积分榜。',
    figures: [ord('第28轮', 28, '轮'), cnt('两粒', 2, '粒'), num('2', 2), num('0', 0)],
  },
  {
    note: 'points scored are a count of 分, not money',
    sentence: '本场比赛他独得32分，并抢下11个篮板。',
    figures: [cnt('32分', 32, '分'), cnt('11个', 11, '个')],
  },
  {
    sentence: '本届赛事吸引了来自52个国家和地区的2,600余名运动员参赛，共产生238枚金牌。',
    figures: [cnt('52个', 52, '个'), cnt('2,600余名', 2600, '名', OVER), cnt('238枚', 238, '枚')],
  },
  {
    sentence: '中国男篮以88∶79战胜对手。',
    figures: [num('88', 88), num('79', 79)],
  },
  {
    note: 'a magnitude without a unit is a number',
    sentence: '本赛季联赛场均观众人数为2.36万人，总入场人次突破570万。',
    figures: [cnt('2.36万人', 2.36e4, '人'), num('570万', 570e4, OVER)],
  },
  {
    sentence: '该俱乐部以1.2亿欧元的转会费签下这名前锋，合同期为5年。',
    figures: [eur('1.2亿欧元', 1.2e8), dur('5年', 5, 'year')],
  },
  {
    sentence: '第33届夏季奥运会于2024年7月26日至8月11日在巴黎举行。',
    figures: [ord('第33届', 33, '届'), dr('2024年7月26日至8月11日', '2024-07-26', '2024-08-11')],
  },
  {
    sentence: '亚洲杯预选赛中，国足客场0∶2不敌对手，暂列小组第四名。',
    figures: [num('0', 0), num('2', 2), ord('第四名', 4, '名')],
  },
  {
    sentence: '全国健身步道总长度达到37万公里，人均体育场地面积为2.9平方米。',
    figures: [m('37万公里', 3.7e8), m2('2.9平方米', 2.9)],
  },
  {
    sentence: '他打破了保持11年之久的赛会纪录，成为该项目历史上最年轻的冠军。',
    figures: [dur('11年', 11, 'year')],
  },
  {
    note: 'F1 is a name; 明年 stays outside without a reference date',
    sentence: 'F1中国大奖赛明年4月将在上海举行。',
    figures: [d('4月', 'XXXX-04')],
  },
  {
    note: '前三名 is an ordinal with its measure word',
    sentence: '中国选手包揽了该项目的前三名。',
    figures: [ord('前三名', 3, '名')],
  },

  // ── technology and industry ──────────────────────────────────────────
  {
    note: 'EFLOPS is an unknown unit of a statistic',
    sentence: '截至6月底，全国在用算力中心机架总规模达到830万架，算力总规模达到280EFLOPS。',
    figures: [d('6月底', 'XXXX-06'), cnt('830万架', 830e4, '架'), numU('EFLOPS')('280EFLOPS', 280)],
  },
  {
    sentence: '上半年全国集成电路产量为2,395亿块，同比增长8.7%。',
    figures: [d('上半年', 'XXXX-H1'), cnt('2,395亿块', 2395e8, '块'), pct('8.7%', 8.7, UP)],
  },
  {
    note: '英寸 is 0.0254 m',
    sentence: '该晶圆厂达产后可形成月产12英寸晶圆4万片的产能。',
    figures: [m('12英寸', 0.3048), cnt('4万片', 4e4, '片')],
  },
  {
    sentence: '公司动力电池年产能达到120GWh，全球市场占有率为37.9%。',
    figures: [Wh('120GWh', 1.2e11), pct('37.9%', 37.9, LEVEL)],
  },
  {
    note: '约占 governs the share',
    sentence: '全国可再生能源装机容量突破19亿千瓦，约占全部发电装机的58%。',
    figures: [W('19亿千瓦', 1.9e12, OVER), pct('58%', 58, ABOUT)],
  },
  {
    sentence: '1—7月，全国新增光伏装机2.23亿千瓦，同比增长81%。',
    figures: [dr('1—7月', 'XXXX-01', 'XXXX-07'), W('2.23亿千瓦', 2.23e11), pct('81%', 81, UP)],
  },
  {
    sentence: '该数据中心规划建设标准机架1.2万个，总投资约45亿元。',
    figures: [cnt('1.2万个', 1.2e4, '个'), cny('45亿元', 45e8, ABOUT)],
  },
  {
    sentence: '全国工业机器人产量达到36.9万套，同比增长35.6%，服务机器人产量增长25.5%。',
    figures: [cnt('36.9万套', 36.9e4, '套'), pct('35.6%', 35.6, UP), pct('25.5%', 25.5, UP)],
  },
  {
    sentence: '这台量子计算机搭载了504个量子比特，单比特门保真度超过99.9%。',
    figures: [cnt('504个', 504, '个'), pct('99.9%', 99.9, OVER)],
  },
  {
    sentence: '工业互联网标识解析体系注册总量突破5,000亿。',
    figures: [num('5,000亿', 5000e8, OVER)],
  },
  {
    sentence: '新一代国产大模型参数规模达到6,710亿，训练成本约560万美元。',
    figures: [num('6,710亿', 6710e8), usd('560万美元', 560e4, ABOUT)],
  },
  {
    sentence: '全市新能源汽车产量首次突破100万辆，占全国的比重超过一成。',
    figures: [cnt('100万辆', 100e4, '辆', OVER), pct('一成', 10, OVER)],
  },
  {
    sentence: '该基地占地1,200亩，建成后可年产负极材料10万吨。',
    figures: [m2('1,200亩', 800000), kg('10万吨', 1e8)],
  },
  {
    note: '增长…至: the percent is a change, the amount reached is a level',
    sentence: '国产芯片企业今年上半年营收同比增长43.6%至98.2亿元。',
    figures: [d('上半年', 'XXXX-H1'), pct('43.6%', 43.6, UP), cny('98.2亿元', 98.2e8, LEVEL)],
  },
  {
    note: '千兆光网 is a label',
    sentence: '全市已建成千兆光网覆盖的小区2,860个。',
    figures: [cnt('2,860个', 2860, '个')],
  },
  {
    note: '2.5D is a label',
    sentence: '该芯片采用2.5D封装技术，集成了1,600亿个晶体管。',
    figures: [cnt('1,600亿个', 1600e8, '个')],
  },
  {
    note: 'power and energy of a storage plant, written with a slash',
    sentence: '该储能电站总规模为200兆瓦/400兆瓦时。',
    figures: [W('200兆瓦', 2e8), Wh('400兆瓦时', 4e8)],
  },
  {
    sentence: '全国数据中心年用电量超过1,500亿千瓦时。',
    figures: [Wh('1,500亿千瓦时', 1.5e14, OVER)],
  },
  {
    note: '不到一年: 一 before a unit of time counts',
    sentence: '研发团队用了不到一年时间便完成了芯片流片。',
    figures: [dur('一年', 1, 'year', UNDER)],
  },
  {
    sentence: '该中心存储容量达到1,200PB。',
    figures: [B('1,200PB', 1.2e18)],
  },
  {
    sentence: '全市规模以上电子信息制造业营业收入突破三千亿元，同比增长百分之十二点四。',
    figures: [cny('三千亿元', 3000e8, OVER), pct('百分之十二点四', 12.4, UP)],
  },

  // ── healthcare ───────────────────────────────────────────────────────
  {
    note: '每千人口 is a base, not a count',
    sentence: '全市每千人口医疗卫生机构床位数达到7.6张，每千人口执业（助理）医师数为3.4人。',
    figures: [cnt('7.6张', 7.6, '张'), cnt('3.4人', 3.4, '人')],
  },
  {
    sentence: '每万人口全科医生数达到4.1名。',
    figures: [cnt('4.1名', 4.1, '名')],
  },
  {
    note: '三甲 is a hospital grade',
    sentence: '全市三甲医院达到28家，其中综合医院19家。',
    figures: [cnt('28家', 28, '家'), cnt('19家', 19, '家')],
  },
  {
    sentence: '昨日全省新增报告本土确诊病例26例，其中无症状感染者转为确诊病例4例。',
    figures: [cnt('26例', 26, '例'), cnt('4例', 4, '例')],
  },
  {
    sentence: '截至目前，全国累计报告接种新冠病毒疫苗34.9亿剂次。',
    figures: [cnt('34.9亿剂次', 34.9e8, '剂次')],
  },
  {
    sentence: '全年全市医疗机构门急诊总量达1.26亿人次，同比增长6.3%。',
    figures: [cnt('1.26亿人次', 1.26e8, '人次'), pct('6.3%', 6.3, UP)],
  },
  {
    note: '以下 after an age is under; 下降到 reaches a level',
    sentence: '5岁以下儿童死亡率下降到5.1‰。',
    figures: [cnt('5岁', 5, '岁', UNDER), pct('5.1‰', 0.51, LEVEL)],
  },
  {
    note: '签约 is no 约',
    sentence: '家庭医生累计签约1,200万人，重点人群签约率达到78.5%。',
    figures: [cnt('1,200万人', 1200e4, '人', EXACT), pct('78.5%', 78.5, LEVEL)],
  },
  {
    sentence: '职工医保住院费用政策范围内报销比例提高到80%左右。',
    figures: [pct('80%', 80, { approx: 'about', change: '' })],
  },
  {
    sentence: '今年全市将新增护理型床位3,000张，建成区域医疗中心5个。',
    figures: [cnt('3,000张', 3000, '张'), cnt('5个', 5, '个')],
  },
  {
    sentence: '该院完成全省首例人工心脏植入手术，患者术后第8天即可下床活动。',
    figures: [ord('第8天', 8, '天')],
  },
  {
    sentence: '流感样病例百分比为4.8%，较上周上升0.9个百分点。',
    figures: [pct('4.8%', 4.8, LEVEL), pp('0.9个百分点', 0.9, UP)],
  },
  {
    sentence: '全省共有执业药师3.2万人，平均每万人口拥有4.5名。',
    figures: [cnt('3.2万人', 3.2e4, '人'), cnt('4.5名', 4.5, '名')],
  },
  {
    sentence: '药品集中带量采购每年节约医保基金约300亿元。',
    figures: [cny('300亿元', 300e8, ABOUT)],
  },
  {
    sentence: '全市共有各类养老机构三百零六家，床位两万八千张。',
    figures: [cnt('三百零六家', 306, '家'), cnt('两万八千张', 28000, '张')],
  },

  // ── education ────────────────────────────────────────────────────────
  {
    sentence: '今年全省普通高校招生计划为46.8万人，比上年增加1.5万人。',
    figures: [cnt('46.8万人', 46.8e4, '人', LEVEL), cnt('1.5万人', 1.5e4, '人', UP)],
  },
  {
    sentence: '全省共有普通高校168所，在校生213.6万人，其中研究生18.2万人。',
    figures: [cnt('168所', 168, '所'), cnt('213.6万人', 213.6e4, '人'), cnt('18.2万人', 18.2e4, '人')],
  },
  {
    sentence: '全市义务教育阶段专任教师9.6万人，生师比为15.2∶1。',
    figures: [cnt('9.6万人', 9.6e4, '人'), num('15.2', 15.2), num('1', 1)],
  },
  {
    sentence: '全年新增公办学位3.6万个，新建改扩建中小学校58所。',
    figures: [cnt('3.6万个', 3.6e4, '个'), cnt('58所', 58, '所')],
  },
  {
    sentence: '应届高校毕业生就业去向落实率达到91.5%，比上年提高0.8个百分点。',
    figures: [pct('91.5%', 91.5, LEVEL), pp('0.8个百分点', 0.8, UP)],
  },
  {
    note: '四、六级 names exams; 级 is no unit',
    sentence: '全国大学英语四、六级考试将于6月14日举行。',
    figures: [d('6月14日', 'XXXX-06-14')],
  },
  {
    note: '“211工程” is a name',
    sentence: '该校是首批“211工程”重点建设高校，现有全日制在校生3.8万余人。',
    figures: [cnt('3.8万余人', 3.8e4, '人', OVER)],
  },
  {
    sentence: '全省累计资助学生412万人次，发放资助资金28.6亿元。',
    figures: [cnt('412万人次', 412e4, '人次'), cny('28.6亿元', 28.6e8)],
  },
  {
    sentence: '今年高考报名人数为一千三百四十二万人，再创新高。',
    figures: [cnt('一千三百四十二万人', 1342e4, '人')],
  },
  {
    sentence: '全市高中阶段毛入学率达到98.6%，九成以上的初中毕业生升入高中阶段学校。',
    figures: [pct('98.6%', 98.6, LEVEL), pct('九成', 90, OVER)],
  },
  {
    note: '扩大到 reaches a level',
    sentence: '研究生招生规模扩大到135万人，其中博士生招生15.2万人。',
    figures: [cnt('135万人', 135e4, '人', LEVEL), cnt('15.2万人', 15.2e4, '人')],
  },
  {
    sentence: '该校今年本科毕业生共有6,820人，境内外升学率为42.3%。',
    figures: [cnt('6,820人', 6820, '人'), pct('42.3%', 42.3, LEVEL)],
  },
  {
    sentence: '全国共有各级各类学校49.8万所，学历教育在校生2.9亿人。',
    figures: [cnt('49.8万所', 49.8e4, '所'), cnt('2.9亿人', 2.9e8, '人')],
  },

  // ── real estate ──────────────────────────────────────────────────────
  {
    sentence: '8月份，全市新建商品住宅成交1.26万套，成交均价为28,650元/㎡，环比上涨1.2%。',
    figures: [
      d('8月份', 'XXXX-08'),
      cnt('1.26万套', 1.26e4, '套'),
      cny('28,650元/㎡', 28650, { unit_text: '元/㎡' }),
      pct('1.2%', 1.2, UP),
    ],
  },
  {
    sentence: '二手房网签成交面积136.8万平方米，同比增长9.4%。',
    figures: [m2('136.8万平方米', 136.8e4), pct('9.4%', 9.4, UP)],
  },
  {
    sentence: '该地块成交总价48.6亿元，楼面价为51,800元/平米，溢价率12.7%。',
    figures: [cny('48.6亿元', 48.6e8), cny('51,800元/平米', 51800, { unit_text: '元/平米' }), pct('12.7%', 12.7)],
  },
  {
    sentence: '1—8月，全国房地产开发投资60,309亿元，同比下降12.9%；新建商品房销售面积57,304万平方米，下降4.7%。',
    figures: [
      dr('1—8月', 'XXXX-01', 'XXXX-08'),
      cny('60,309亿元', 60309e8),
      pct('12.9%', 12.9, DOWN),
      m2('57,304万平方米', 57304e4),
      pct('4.7%', 4.7, DOWN),
    ],
  },
  {
    sentence: '首套住房商业性个人住房贷款最低首付款比例调整为15%。',
    figures: [pct('15%', 15, { approx: '', change: '' })],
  },
  {
    sentence: '全市今年计划筹集保障性租赁住房2.2万套（间），完成棚户区改造1.5万户。',
    figures: [cnt('2.2万套', 2.2e4, '套'), cnt('1.5万户', 1.5e4, '户')],
  },
  {
    sentence: '该楼盘首批推出的128套房源当天售罄，套均面积约为118平方米。',
    figures: [cnt('128套', 128, '套'), m2('118平方米', 118, ABOUT)],
  },
  {
    sentence: '9月份，70个大中城市中，新建商品住宅销售价格环比下降的城市有58个。',
    figures: [d('9月份', 'XXXX-09'), cnt('70个', 70, '个'), cnt('58个', 58, '个')],
  },
  {
    sentence: '全市商品住房去化周期为18.6个月。',
    figures: [dur('18.6个月', 18.6, 'month')],
  },
  {
    sentence: '住房公积金缴存比例为5%至12%，月缴存额上限为7,200元。',
    figures: [pct('5%至12%', 5, { value_max: 12 }), cny('7,200元', 7200)],
  },
  {
    sentence: '该小区物业费为每月2.8元/平方米。',
    figures: [cny('2.8元/平方米', 2.8, { unit_text: '元/平方米' })],
  },
  {
    sentence: '二手房挂牌量超过18万套，较年初增加约3万套。',
    figures: [cnt('18万套', 18e4, '套', OVER), cnt('3万套', 3e4, '套', { approx: 'about', change: 'up' })],
  },

  // ── logistics ────────────────────────────────────────────────────────
  {
    sentence: '上半年，港口完成集装箱吞吐量1,680万TEU，同比增长7.1%。',
    figures: [d('上半年', 'XXXX-H1'), teu('1,680万TEU', 1680e4), pct('7.1%', 7.1, UP)],
  },
  {
    note: 'a freight turnover in tonne-kilometres (t·km), not a mass',
    sentence: '全年铁路完成货运量51.1亿吨，货运周转量3.6万亿吨公里。',
    figures: [kg('51.1亿吨', 51.1e11), { text: '3.6万亿吨公里', kind: 'quantity', value: 3.6e12, unit: 't·km' }],
  },
  {
    note: '最高 is not next to the figure',
    sentence: '全国快递日均处理量超过4.8亿件，最高日处理量达7.3亿件。',
    figures: [cnt('4.8亿件', 4.8e8, '件', OVER), cnt('7.3亿件', 7.3e8, '件', EXACT)],
  },
  {
    sentence: '机场货邮吞吐量达到42.6万吨，国际及地区货运航线增至38条。',
    figures: [kg('42.6万吨', 42.6e7), cnt('38条', 38, '条', LEVEL)],
  },
  {
    sentence: '西部陆海新通道班列全年发送货物96万标箱，同比增长12%。',
    figures: [teu('96万标箱', 96e4), pct('12%', 12, UP)],
  },
  {
    sentence: '全省邮政快递业务收入完成386.2亿元，业务量完成41.3亿件。',
    figures: [cny('386.2亿元', 386.2e8), cnt('41.3亿件', 41.3e8, '件')],
  },
  {
    sentence: '该物流园区占地面积为52公顷，冷库库容8万吨。',
    figures: [m2('52公顷', 52e4), kg('8万吨', 8e7)],
  },
  {
    sentence: '社会物流总额达到360.6万亿元，社会物流总费用与GDP的比率为14.1%。',
    figures: [cny('360.6万亿元', 360.6e12), pct('14.1%', 14.1, LEVEL)],
  },
  {
    sentence: '暑运期间，全国铁路累计发送旅客9.5亿人次，日均发送1,538万人次。',
    figures: [cnt('9.5亿人次', 9.5e8, '人次'), cnt('1,538万人次', 1538e4, '人次')],
  },
  {
    sentence: '航空公司新开通国际航线26条，每周执飞航班达到312班。',
    figures: [cnt('26条', 26, '条'), cnt('312班', 312, '班')],
  },
  {
    sentence: '经陆路口岸出境的货车达到2.36万辆次。',
    figures: [cnt('2.36万辆次', 2.36e4, '辆次')],
  },

  // ── tourism ──────────────────────────────────────────────────────────
  {
    sentence: '中秋假期3天，全市共接待游客862.5万人次，实现旅游收入71.4亿元。',
    figures: [dur('3天', 3, 'day'), cnt('862.5万人次', 862.5e4, '人次'), cny('71.4亿元', 71.4e8)],
  },
  {
    note: '4A级 is a grade; its 以上 does not qualify the count after it',
    sentence: '全省共有A级旅游景区632家，其中4A级以上景区86家。',
    figures: [cnt('632家', 632, '家'), cnt('86家', 86, '家', EXACT)],
  },
  {
    sentence: '上半年全市接待入境游客186.2万人次，入境旅游花费15.8亿美元。',
    figures: [d('上半年', 'XXXX-H1'), cnt('186.2万人次', 186.2e4, '人次'), usd('15.8亿美元', 15.8e8)],
  },
  {
    sentence: '景区门票打八折，60岁以上老人免票。',
    figures: [pct('八折', 80), cnt('60岁', 60, '岁', OVER)],
  },
  {
    note: '今年 alone stays outside without a reference date',
    sentence: '今年国庆假期，全国国内出游8.26亿人次，国内出游总花费7,210亿元。',
    figures: [cnt('8.26亿人次', 8.26e8, '人次'), cny('7,210亿元', 7210e8)],
  },
  {
    note: 'with a reference date: 今年 and the 去年 of 去年同期',
    refDate: REF,
    sentence: '今年国庆假期，全市接待游客1,268万人次，较去年同期增长8.3%。',
    figures: [d('今年', '2025'), cnt('1,268万人次', 1268e4, '人次'), d('去年', '2024'), pct('8.3%', 8.3, UP)],
  },
  {
    sentence: '过夜游客平均停留2.6天，人均花费1,156元。',
    figures: [dur('2.6天', 2.6, 'day'), cny('1,156元', 1156)],
  },
  {
    sentence: '该景区日最大承载量为6.5万人，实行分时段预约。',
    figures: [cnt('6.5万人', 6.5e4, '人')],
  },
  {
    sentence: '今年以来，邮轮港共接待国际邮轮86艘次，出入境旅客32.4万人次。',
    figures: [cnt('86艘次', 86, '艘次'), cnt('32.4万人次', 32.4e4, '人次')],
  },
  {
    note: '五一 names a holiday',
    sentence: '五一假期5天，全市重点景区客流量同比增长21%。',
    figures: [dur('5天', 5, 'day'), pct('21%', 21, UP)],
  },
  {
    note: '十一黄金周 names a holiday',
    sentence: '十一黄金周期间，酒店平均入住率达到85%左右。',
    figures: [pct('85%', 85, ABOUT)],
  },
  {
    note: '增至 and 延长至 reach levels',
    sentence: '单方面免签国家增至47个，免签入境停留期延长至30天。',
    figures: [cnt('47个', 47, '个', LEVEL), dur('30天', 30, 'day', LEVEL)],
  },
  {
    sentence: '约三成五的受访者表示将增加旅游支出。',
    figures: [pct('三成五', 35, ABOUT)],
  },

  // ── trade in many currencies ─────────────────────────────────────────
  {
    sentence: '双方签署了总金额达38亿欧元的合作协议，涉及新能源、物流等领域。',
    figures: [eur('38亿欧元', 38e8)],
  },
  {
    sentence: '日方企业计划在华追加投资1,200亿日元。',
    figures: [jpy('1,200亿日元', 1200e8)],
  },
  {
    sentence: '该公司与俄方签订了价值450亿卢布的设备采购合同。',
    figures: [rub('450亿卢布', 450e8)],
  },
  {
    sentence: '中哈两国企业签署了总额约9,800亿坚戈的投资协议。',
    figures: [kzt('9,800亿坚戈', 9800e8, ABOUT)],
  },
  {
    sentence: '该公司以每股18.6港元的价格在香港配售新股，募资净额约42亿港元。',
    figures: [hkd('18.6港元', 18.6), hkd('42亿港元', 42e8, ABOUT)],
  },
  {
    note: 'both sides of an exchange rate are money',
    sentence: '当日1美元兑7.12元人民币。',
    figures: [usd('1美元', 1), cny('7.12元人民币', 7.12)],
  },
  {
    sentence: '该项目获得亚洲开发银行2.5亿美元贷款和欧洲投资银行1.8亿欧元融资。',
    figures: [usd('2.5亿美元', 2.5e8), eur('1.8亿欧元', 1.8e8)],
  },
  {
    sentence: '该并购案交易金额为16.5亿英镑。',
    figures: [gbp('16.5亿英镑', 16.5e8)],
  },
  {
    sentence: '该企业在韩国投资建设的工厂总投资达2.3万亿韩元。',
    figures: [krw('2.3万亿韩元', 2.3e12)],
  },
  {
    sentence: '出口至哈萨克斯坦的农产品货值增长35%，达到1.6亿美元。',
    figures: [pct('35%', 35, UP), usd('1.6亿美元', 1.6e8, LEVEL)],
  },
  {
    sentence: '印度子公司营收达到186亿卢比。',
    figures: [inr('186亿卢比', 186e8)],
  },
  {
    sentence: '泰国游客人均消费约3.5万泰铢。',
    figures: [thb('3.5万泰铢', 3.5e4, ABOUT)],
  },
  {
    sentence: '该项目投资总额为12万亿越南盾。',
    figures: [vnd('12万亿越南盾', 12e12)],
  },
  {
    note: 'a list sharing one currency',
    sentence: '德国和法国工厂分别投资1.5亿、2.3亿欧元。',
    figures: [eur('1.5亿', 1.5e8), eur('2.3亿欧元', 2.3e8)],
  },

  // ── company reports ──────────────────────────────────────────────────
  {
    sentence: '报告期内，公司实现营收568.2亿元，同比增长23.5%，扣非净利润42.6亿元，基本每股收益1.37元。',
    figures: [cny('568.2亿元', 568.2e8, LEVEL), pct('23.5%', 23.5, UP), cny('42.6亿元', 42.6e8, LEVEL), cny('1.37元', 1.37, LEVEL)],
  },
  {
    sentence: '公司前三季度净利润同比下滑18.6%至12.4亿元。',
    figures: [dr('前三季度', 'XXXX-Q1', 'XXXX-Q3'), pct('18.6%', 18.6, DOWN), cny('12.4亿元', 12.4e8, LEVEL)],
  },
  {
    sentence: '2025年Q2，公司毛利率为23.6%，同比提升1.8个百分点。',
    figures: [d('2025年Q2', '2025-Q2'), pct('23.6%', 23.6, LEVEL), pp('1.8个百分点', 1.8, UP)],
  },
  {
    note: '一度 is an adverb, not a degree or a kilowatt-hour',
    sentence: '公司市值一度突破2万亿港元，股价全天上涨3.6%。',
    figures: [hkd('2万亿港元', 2e12, OVER), pct('3.6%', 3.6, UP)],
  },
  {
    note: 'a negative amount keeps its sign',
    sentence: '受原材料价格上涨影响，公司经营活动现金流量净额为-3.8亿元。',
    figures: [cny('-3.8亿元', -3.8e8)],
  },
  {
    sentence: '公司研发投入为86.3亿元，占营业收入的比例为9.8%，研发人员达到1.2万名。',
    figures: [cny('86.3亿元', 86.3e8), pct('9.8%', 9.8, LEVEL), cnt('1.2万名', 1.2e4, '名')],
  },
  {
    sentence: '公司全年亏损2.3亿元，上年同期盈利1.5亿元。',
    figures: [cny('2.3亿元', 2.3e8), cny('1.5亿元', 1.5e8)],
  },
  {
    sentence: '该集团一季度营业收入为三百二十亿元。',
    figures: [d('一季度', 'XXXX-Q1'), cny('三百二十亿元', 320e8)],
  },
  {
    note: '年均复合增长率 is a rate noun',
    sentence: '公司营收由2020年的156亿元增至2024年的402亿元，年均复合增长率为26.7%。',
    figures: [d('2020年', '2020'), cny('156亿元', 156e8, LEVEL), d('2024年', '2024'), cny('402亿元', 402e8, LEVEL), pct('26.7%', 26.7, LEVEL)],
  },
  {
    note: '不超过 is under, not over',
    sentence: '公司计划回购股份金额不低于5亿元且不超过10亿元。',
    figures: [cny('5亿元', 5e8, OVER), cny('10亿元', 10e8, UNDER)],
  },
  {
    sentence: '公司全年实现净利润286亿元，同比增长约两成。',
    figures: [cny('286亿元', 286e8), pct('两成', 20, { approx: 'about', change: 'up' })],
  },
  {
    sentence: '公司股东大会审议通过了2024年度利润分配方案。',
    figures: [d('2024年度', '2024')],
  },
  {
    sentence: '该股今年以来累计上涨超过120%，最新市盈率为85倍。',
    figures: [pct('120%', 120, { approx: 'over', change: 'up' }), times('85倍', 85, LEVEL)],
  },
  {
    sentence: '公司海外业务收入占比首次超过三成，达到31.2%。',
    figures: [pct('三成', 30, OVER), pct('31.2%', 31.2, LEVEL)],
  },
  {
    sentence: '公司员工总数为两万三千六百人。',
    figures: [cnt('两万三千六百人', 23600, '人')],
  },
  {
    sentence: '中标金额为壹佰贰拾万元整。',
    figures: [cny('壹佰贰拾万元', 1.2e6)],
  },

  // ── historic dates ───────────────────────────────────────────────────
  {
    sentence: '1949年10月1日，中华人民共和国中央人民政府宣告成立。',
    figures: [d('1949年10月1日', '1949-10-01')],
  },
  {
    sentence: '这座大桥始建于上世纪五十年代，至今已有近70年历史。',
    figures: [d('上世纪五十年代', '195X'), dur('70年', 70, 'year', UNDER)],
  },
  {
    sentence: '该校创办于民国十七年，是省内最早的师范学校之一。',
    figures: [d('民国十七年', '1928')],
  },
  {
    sentence: '二〇〇八年八月八日晚，第二十九届夏季奥运会在北京开幕。',
    figures: [d('二〇〇八年八月八日', '2008-08-08'), ord('第二十九届', 29, '届')],
  },
  {
    sentence: '1978年12月，党中央作出了实行改革开放的历史性决策。',
    figures: [d('1978年12月', '1978-12')],
  },
  {
    sentence: '一九九七年七月一日，香港回归祖国。',
    figures: [d('一九九七年七月一日', '1997-07-01')],
  },
  {
    note: 'a part of a century stays in text',
    sentence: '20世纪初，这里还是一片滩涂。',
    figures: [d('20世纪初', '19XX')],
  },
  {
    sentence: '这场持续14年的战争于1945年以胜利告终。',
    figures: [dur('14年', 14, 'year'), d('1945年', '1945')],
  },
  {
    sentence: '1937年至1945年间，该校先后三次西迁。',
    figures: [dr('1937年至1945年', '1937', '1945'), cnt('三次', 3, '次')],
  },
  {
    sentence: '该厂始建于1958年，上世纪八十年代末完成技术改造。',
    figures: [d('1958年', '1958'), d('上世纪八十年代末', '198X')],
  },
  {
    sentence: '民国24年出版的县志中记载了这座古桥。',
    figures: [d('民国24年', '1935')],
  },
  {
    note: 'full-width digits in a date',
    sentence: '２０２５年１０月１日起，新修订的条例正式施行。',
    figures: [d('２０２５年１０月１日', '2025-10-01')],
  },
  {
    sentence: '这座教堂建于十九世纪末。',
    figures: [d('十九世纪末', '18XX')],
  },
  {
    sentence: '改革开放40多年来，全县农民人均纯收入增长了100多倍。',
    figures: [dur('40多年', 40, 'year', OVER), times('100多倍', 100, { approx: 'over', change: 'up' })],
  },

  // ── relative dates, with and without a reference date ────────────────
  {
    note: '去年同期 alone is no figure without a reference date',
    sentence: '去年同期，全市规模以上工业增加值增长4.2%。',
    figures: [pct('4.2%', 4.2, UP)],
  },
  {
    refDate: REF,
    sentence: '去年同期，全市规模以上工业增加值增长4.2%。',
    figures: [d('去年', '2024'), pct('4.2%', 4.2, UP)],
  },
  {
    refDate: REF,
    sentence: '今年以来，全省新设外资企业1,286家。',
    figures: [d('今年', '2025'), cnt('1,286家', 1286, '家')],
  },
  {
    note: '本月 stays outside without a reference date',
    sentence: '本月15日起，全市公交线路将进行优化调整。',
    figures: [d('15日', 'XXXX-XX-15')],
  },
  {
    refDate: REF,
    sentence: '本月15日起，全市公交线路将进行优化调整。',
    figures: [d('本月15日', '2025-09-15')],
  },
  {
    refDate: REF,
    sentence: '去年12月，该市常住人口突破1,000万人。',
    figures: [d('去年12月', '2024-12'), cnt('1,000万人', 1000e4, '人', OVER)],
  },
  {
    refDate: REF,
    sentence: '明年一季度，新航站楼将投入使用。',
    figures: [d('明年一季度', '2026-Q1')],
  },
  {
    refDate: REF,
    sentence: '前年全县粮食产量为42.6万吨。',
    figures: [d('前年', '2023'), kg('42.6万吨', 42.6e7)],
  },
  {
    refDate: REF,
    sentence: '上月全市二手房成交1.1万套，本月以来成交有所回升。',
    figures: [d('上月', '2025-08'), cnt('1.1万套', 1.1e4, '套'), d('本月', '2025-09')],
  },
  {
    refDate: REF,
    sentence: '今年三季度，公司营收环比增长6.2%。',
    figures: [d('今年三季度', '2025-Q3'), pct('6.2%', 6.2, UP)],
  },
  {
    sentence: '今年三季度，公司营收环比增长6.2%。',
    figures: [d('三季度', 'XXXX-Q3'), pct('6.2%', 6.2, UP)],
  },
  {
    refDate: REF,
    sentence: '该项目预计后年6月建成投产。',
    figures: [d('后年6月', '2027-06')],
  },
  {
    sentence: '预计明年上半年，新能源汽车渗透率将超过60%。',
    figures: [d('上半年', 'XXXX-H1'), pct('60%', 60, OVER)],
  },
  {
    refDate: REF,
    sentence: '预计明年上半年，新能源汽车渗透率将超过60%。',
    figures: [d('明年上半年', '2026-H1'), pct('60%', 60, OVER)],
  },
  {
    refDate: REF,
    sentence: '截至今年8月末，全省各项贷款余额为8.6万亿元。',
    figures: [d('今年8月末', '2025-08'), cny('8.6万亿元', 8.6e12, LEVEL)],
  },
  {
    refDate: REF,
    sentence: '9月1日至10月31日，全市开展消费券发放活动。',
    figures: [dr('9月1日至10月31日', '2025-09-01', '2025-10-31')],
  },

  // ── date ranges ──────────────────────────────────────────────────────
  {
    sentence: '2026—2030年，全省计划累计投资交通基础设施1.2万亿元。',
    figures: [dr('2026—2030年', '2026', '2030'), cny('1.2万亿元', 1.2e12)],
  },
  {
    sentence: '2025年3月至6月，该市开展了为期100天的专项整治行动。',
    figures: [dr('2025年3月至6月', '2025-03', '2025-06'), dur('100天', 100, 'day')],
  },
  {
    sentence: '2024年12月至2025年2月，全国平均降水量较常年同期偏少18%。',
    figures: [dr('2024年12月至2025年2月', '2024-12', '2025-02'), pct('18%', 18)],
  },
  {
    sentence: '活动时间为二〇二五年十月一日至七日。',
    figures: [dr('二〇二五年十月一日至七日', '2025-10-01', '2025-10-07')],
  },
  {
    sentence: '4—6月，全市新增城镇就业3.2万人。',
    figures: [dr('4—6月', 'XXXX-04', 'XXXX-06'), cnt('3.2万人', 3.2e4, '人')],
  },
  {
    sentence: '展会于11月5日～10日在国家会展中心举办。',
    figures: [dr('11月5日～10日', 'XXXX-11-05', 'XXXX-11-10')],
  },
  {
    sentence: '2019年至2024年，全县农村居民人均可支配收入年均增长7.8%。',
    figures: [dr('2019年至2024年', '2019', '2024'), pct('7.8%', 7.8, UP)],
  },
  {
    sentence: '7月中旬至8月上旬是主汛期。',
    figures: [dr('7月中旬至8月上旬', 'XXXX-07', 'XXXX-08')],
  },

  // ── numbers written in Chinese ───────────────────────────────────────
  {
    sentence: '县财政统筹安排三千二百万元，用于农村公路养护。',
    figures: [cny('三千二百万元', 3200e4)],
  },
  {
    sentence: '全村共有一千零五十户、四千二百余人。',
    figures: [cnt('一千零五十户', 1050, '户'), cnt('四千二百余人', 4200, '人', OVER)],
  },
  {
    sentence: '该项目总投资两亿三千万元，建设期两年。',
    figures: [cny('两亿三千万元', 2.3e8), dur('两年', 2, 'year')],
  },
  {
    sentence: '全镇常住人口二十万零三千人。',
    figures: [cnt('二十万零三千人', 203000, '人')],
  },
  {
    sentence: '企业资产负债率下降了百分之三点五。',
    figures: [pct('百分之三点五', 3.5, DOWN)],
  },
  {
    sentence: '银行不良率控制在千分之三以内。',
    figures: [pct('千分之三', 0.3, UNDER)],
  },
  {
    sentence: '全年新增市场主体十二万五千户。',
    figures: [cnt('十二万五千户', 125000, '户')],
  },
  {
    sentence: '十年间，全县农民人均收入翻了一番。',
    figures: [dur('十年', 10, 'year'), times('翻了一番', 2)],
  },
  {
    sentence: '共有两千五百名志愿者参与赛会服务。',
    figures: [cnt('两千五百名', 2500, '名')],
  },

  // ── full-width digits ────────────────────────────────────────────────
  {
    sentence: '全年完成货物进出口总额２，３５６．８亿元，增长６．２％。',
    figures: [cny('２，３５６．８亿元', 2356.8e8), pct('６．２％', 6.2, UP)],
  },
  {
    sentence: '截至９月末，全市常住人口城镇化率达到７２．５％。',
    figures: [d('９月末', 'XXXX-09'), pct('７２．５％', 72.5, LEVEL)],
  },
  {
    sentence: '全县共有养殖户３８６户，存栏生猪１．２万头。',
    figures: [cnt('３８６户', 386, '户'), cnt('１．２万头', 1.2e4, '头')],
  },
  {
    sentence: '该公司第３季度净利润增长１２．６％。',
    figures: [d('第３季度', 'XXXX-Q3'), pct('１２．６％', 12.6, UP)],
  },

  // ── Traditional script: Hong Kong, Macao, Taiwan ──────────────────────
  {
    sentence: '香港去年本地生產總值實質增長2.5%，特區政府預測今年經濟增長介乎2%至3%。',
    figures: [pct('2.5%', 2.5, UP), pct('2%至3%', 2, { value_max: 3 })],
  },
  {
    sentence: '政府將向合資格長者發放2,000港元消費券，涉及約180萬人。',
    figures: [hkd('2,000港元', 2000), cnt('180萬人', 180e4, '人', ABOUT)],
  },
  {
    sentence: '本港失業率按月上升0.1個百分點至3.7%。',
    figures: [pp('0.1個百分點', 0.1, UP), pct('3.7%', 3.7, LEVEL)],
  },
  {
    sentence: '港鐵去年錄得基本業務利潤約125億港元，每股派息1.31港元。',
    figures: [hkd('125億港元', 125e8, ABOUT), hkd('1.31港元', 1.31)],
  },
  {
    sentence: '全港共有約26.4萬個私人車位，平均月租為3,500港元。',
    figures: [cnt('26.4萬個', 26.4e4, '个', { approx: 'about', unit_text: '個' }), hkd('3,500港元', 3500)],
  },
  {
    sentence: '台灣上半年出口總值達2,215億美元，創歷年同期新高。',
    figures: [d('上半年', 'XXXX-H1'), usd('2,215億美元', 2215e8)],
  },
  {
    note: '月增: month-on-month increase',
    sentence: '該公司9月營收為2,518億新臺幣，月增3.5%。',
    figures: [d('9月', 'XXXX-09'), twd('2,518億新臺幣', 2518e8, LEVEL), pct('3.5%', 3.5, UP)],
  },
  {
    note: '公釐 is the millimetre in Taiwan',
    sentence: '颱風帶來豪雨，山區累積雨量達850公釐。',
    figures: [m('850公釐', 0.85)],
  },
  {
    note: '坪 is 400/121 m2',
    sentence: '該社區每戶平均面積為35坪。',
    figures: [m2('35坪', 115.70247933884298)],
  },
  {
    sentence: '澳門8月博彩毛收入為197.6億澳門幣，按年上升12.2%。',
    figures: [d('8月', 'XXXX-08'), mop('197.6億澳門幣', 197.6e8), pct('12.2%', 12.2, UP)],
  },
  {
    note: '一次性 is a word',
    sentence: '本港8月整體消費物價按年上升1.9%，剔除政府一次性紓困措施的影響後，基本通脹率為1.1%。',
    figures: [d('8月', 'XXXX-08'), pct('1.9%', 1.9, UP), pct('1.1%', 1.1, LEVEL)],
  },
  {
    note: '點 as a decimal point; 兩千個 in Traditional script',
    sentence: '特區政府撥款三點五億港元，資助兩千個中小企業推行數碼轉型。',
    figures: [hkd('三點五億港元', 3.5e8), cnt('兩千個', 2000, '个', { unit_text: '個' })],
  },
  {
    sentence: '全年共有68家企業在港上市，集資總額約1,100億港元。',
    figures: [cnt('68家', 68, '家'), hkd('1,100億港元', 1100e8, ABOUT)],
  },
  {
    sentence: '衛生署公布，本港昨日新增流感個案126宗。',
    figures: [cnt('126宗', 126, '宗')],
  },
  {
    sentence: '全港百分之六十五的家庭已接駁光纖寬頻。',
    figures: [pct('百分之六十五', 65)],
  },
  {
    note: '三跑道系統 is a name',
    sentence: '三跑道系統全面啟用後，機場每年可處理旅客1.2億人次。',
    figures: [cnt('1.2億人次', 1.2e8, '人次')],
  },
  {
    sentence: '天文台錄得最高氣溫為35.6度。',
    figures: [celsius('35.6度', 35.6)],
  },
  {
    sentence: '該項目總投資約450億港幣。',
    figures: [hkd('450億港幣', 450e8, ABOUT)],
  },

  // ── negatives: nothing is a figure ───────────────────────────────────
  { note: 'document number', sentence: '国务院近日印发通知（国发〔2025〕1号），部署推进新型城镇化工作。', figures: [] },
  { note: 'magnitude in 级', sentence: '当地时间凌晨发生里氏6.2级地震。', figures: [level('6.2级', 6.2)] },
  { note: '4S店', sentence: '多家汽车4S店推出以旧换新补贴。', figures: [] },
  { note: '3D', sentence: '博物馆利用3D扫描技术对文物进行数字化保护。', figures: [] },
  { note: 'generation labels', sentence: '95后、00后已成为文旅消费的主力人群。', figures: [] },
  { note: '二维码', sentence: '游客扫描景区二维码即可在线预约。', figures: [] },
  { note: '一带一路 unquoted', sentence: '中欧班列已成为共建一带一路的标志性品牌。', figures: [] },
  { note: '第一书记 is a title', sentence: '驻村第一书记带领村民发展林下经济。', figures: [] },
  { note: 'wind force in 级', sentence: '气象台发布大风蓝色预警，预计沿海阵风可达9级。', figures: [level('9级', 9)] },
  { note: '两会', sentence: '全国两会期间，代表委员围绕民生热点积极建言。', figures: [] },
  { note: '一国两制', sentence: '坚持一国两制方针，保持香港长期繁荣稳定。', figures: [] },
  { note: 'chemical name', sentence: '要推动二氧化碳排放尽早达峰。', figures: [] },
  { note: 'place name', sentence: '三峡水库已蓄水至正常蓄水位。', figures: [] },
  { note: '零碳', sentence: '该市全力打造零碳产业园区。', figures: [] },
  { note: '百姓', sentence: '让改革发展成果更多惠及老百姓。', figures: [] },
  { note: 'shopping festival name', sentence: '双十一购物节期间，快递企业全力保障运力。', figures: [] },
  { note: 'metro line number', sentence: '地铁3号线西延段正在加紧建设。', figures: [] },
  { note: 'quoted slogans', sentence: '推进政务服务“一网通办”“跨省通办”。', figures: [] },
  { note: 'medal name', sentence: '他曾荣获“七一勋章”。', figures: [] },
  { note: 'unquoted plan name and an article', sentence: '编制十五五专项规划，谋划一批重大工程。', figures: [] },
  { note: '千兆光网', sentence: '全市加快推进千兆光网和算力基础设施建设。', figures: [] },
  { note: 'chip model', sentence: '该公司宣布暂停交付H20芯片。', figures: [] },
  { note: '二十四节气 is a name, 节 no measure word here', sentence: '二十四节气已列入人类非物质文化遗产代表作名录。', figures: [] },
  { note: '“三农”', sentence: '做好新时代“三农”工作意义重大。', figures: [] },
  { note: '一把手 is a title', sentence: '各级党政一把手要亲自抓、负总责。', figures: [] },
  { note: 'lone 百 without a qualifier', sentence: '该县连续多年跻身全国百强县。', figures: [] },
  { note: 'quoted slogan with 两个', sentence: '坚决做到“两个维护”。', figures: [] },
  { note: 'set phrase', sentence: '企业依法为员工缴纳五险一金。', figures: [] },
  { note: 'set phrase 三大', sentence: '坚决打好三大攻坚战。', figures: [] },
  { note: '去年 alone without a reference date', sentence: '去年，全市新增就业保持稳定。', figures: [] },

  // ── boundaries: a real figure next to a non-figure ───────────────────
  {
    note: '第一产业 is a sector name',
    sentence: '第一产业增加值5,230亿元，增长3.5%。',
    figures: [cny('5,230亿元', 5230e8), pct('3.5%', 3.5, UP)],
  },
  {
    sentence: '全市共有汽车4S店126家。',
    figures: [cnt('126家', 126, '家')],
  },
  {
    sentence: '在新入职员工中，95后占比达到38%。',
    figures: [pct('38%', 38, LEVEL)],
  },
  {
    sentence: '全省共选派驻村第一书记1.2万名。',
    figures: [cnt('1.2万名', 1.2e4, '名')],
  },
  {
    sentence: '根据国发〔2025〕1号文件要求，全省安排城镇老旧小区改造资金86亿元。',
    figures: [cny('86亿元', 86e8)],
  },
  {
    sentence: '通过扫描二维码，累计已有3.6万人完成线上报名。',
    figures: [cnt('3.6万人', 3.6e4, '人')],
  },
];
