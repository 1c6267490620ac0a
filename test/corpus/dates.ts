/**
 * Corpus cases for the `date` kind (figure-spec.md, "Dates (TIMEX3-style
 * values)" and "Ranges"). Every sentence here is our own.
 *
 * Conventions used below:
 * - A date figure is `kind: 'date'`, `unit: 'date'`, and a TIMEX3-style string
 *   `value`; a range is one figure whose value is `START/END` (no value_max).
 * - Without a reference date an unknown year is `XXXX`, and relative words
 *   (今年, 去年, 明年, 前年, 本月, 上月) stay outside `text`.
 * - With `refDate: '2025-09-30'`, `XXXX` becomes 2025 where the text does not
 *   name a year, and the relative word joins the figure's `text`.
 * - A number of years (`70年来`, `十多年`, `70周年`) is a `duration`.
 */
import type { CorpusCase, ExpectedFigure } from './types.js';

const REF = '2025-09-30';

/** A date figure. */
function d(text: string, value: string): ExpectedFigure {
  return { text, kind: 'date', value, unit: 'date' };
}

/** A duration figure in years. */
function years(text: string, value: number, approx?: ExpectedFigure['approx']): ExpectedFigure {
  const f: ExpectedFigure = { text, kind: 'duration', value, unit: 'year' };
  if (approx !== undefined) f.approx = approx;
  return f;
}

export const cases: CorpusCase[] = [
  // ---------------------------------------------------------------------
  // Years, year-months, full dates (Arabic digits)
  // ---------------------------------------------------------------------
  {
    note: 'year alone',
    sentence: '2025年，全市将继续推进老旧小区改造。',
    figures: [d('2025年', '2025')],
  },
  {
    note: 'year-month',
    sentence: '这座大桥于2013年9月正式通车。',
    figures: [d('2013年9月', '2013-09')],
  },
  {
    note: 'full date',
    sentence: '2024年11月28日，博览会在会展中心开幕。',
    figures: [d('2024年11月28日', '2024-11-28')],
  },
  {
    note: 'full date, historical',
    sentence: '1955年10月1日，新疆维吾尔自治区正式成立。',
    figures: [d('1955年10月1日', '1955-10-01')],
  },
  {
    note: '以来 after a year stays outside the figure',
    sentence: '2025年以来，园区新增入驻企业明显增多。',
    figures: [d('2025年', '2025')],
  },
  {
    note: '到 as a preposition is not a range',
    sentence: '到2035年，城市绿化水平将显著提升。',
    figures: [d('2035年', '2035')],
  },

  // ---------------------------------------------------------------------
  // Chinese-numeral and full-width dates
  // ---------------------------------------------------------------------
  {
    note: 'Chinese-numeral full date with 〇',
    sentence: '落款日期为二〇二五年十月一日。',
    figures: [d('二〇二五年十月一日', '2025-10-01')],
  },
  {
    note: 'Chinese-numeral year',
    sentence: '二〇二四年，学校启用了新图书馆。',
    figures: [d('二〇二四年', '2024')],
  },
  {
    note: 'Chinese-numeral full date, historical',
    sentence: '一九四九年十月一日，中华人民共和国成立。',
    figures: [d('一九四九年十月一日', '1949-10-01')],
  },
  {
    note: 'Chinese-numeral year written with 零, two-character month',
    sentence: '二零二三年十二月，新馆对外开放。',
    figures: [d('二零二三年十二月', '2023-12')],
  },
  {
    note: 'Chinese-numeral day 二十日',
    sentence: '二〇二四年五月二十日，首批游客抵达。',
    figures: [d('二〇二四年五月二十日', '2024-05-20')],
  },
  {
    note: 'Chinese-numeral month-day without year',
    sentence: '十二月三十一日，全年工作总结会召开。',
    figures: [d('十二月三十一日', 'XXXX-12-31')],
  },
  {
    note: 'Chinese-numeral month alone',
    sentence: '十月，山区的红叶渐次变色。',
    figures: [d('十月', 'XXXX-10')],
  },
  {
    note: 'full-width digits',
    sentence: '２０２４年５月，新线路开通运营。',
    figures: [d('２０２４年５月', '2024-05')],
  },

  // ---------------------------------------------------------------------
  // Numeric date forms in prose
  // ---------------------------------------------------------------------
  {
    note: 'ISO form with hyphens',
    sentence: '本数据统计截至2025-06-30。',
    figures: [d('2025-06-30', '2025-06-30')],
  },
  {
    note: 'slashes, unpadded',
    sentence: '公告发布时间：2025/6/30。',
    figures: [d('2025/6/30', '2025-06-30')],
  },
  {
    note: 'dots, unpadded (not a decimal number)',
    sentence: '活动日期为2025.6.30，地点另行通知。',
    figures: [d('2025.6.30', '2025-06-30')],
  },
  {
    note: 'dots, single-digit month and day',
    sentence: '报名截止日期：2024.1.5。',
    figures: [d('2024.1.5', '2024-01-05')],
  },

  // ---------------------------------------------------------------------
  // Month, month-day, day alone
  // ---------------------------------------------------------------------
  {
    note: 'month alone',
    sentence: '7月，当地进入旅游旺季。',
    figures: [d('7月', 'XXXX-07')],
  },
  {
    note: 'month-day without year',
    sentence: '8月21日，首趟货运班列从这里发出。',
    figures: [d('8月21日', 'XXXX-08-21')],
  },
  {
    note: '月份 is part of the month',
    sentence: '4月份，全省降水偏多。',
    figures: [d('4月份', 'XXXX-04')],
  },
  {
    note: 'day alone in a news lead',
    sentence: '国家统计局29日发布数据显示，物价总体平稳。',
    figures: [d('29日', 'XXXX-XX-29')],
  },
  {
    note: 'day alone after 记者',
    sentence: '记者15日从市交通运输局获悉，新的公交线路即将开通。',
    figures: [d('15日', 'XXXX-XX-15')],
  },
  {
    note: 'single-digit day alone',
    sentence: '受冷空气影响，3日夜间全市有大风降温。',
    figures: [d('3日', 'XXXX-XX-03')],
  },

  // ---------------------------------------------------------------------
  // Two-digit years where the date makes them plain
  // ---------------------------------------------------------------------
  {
    note: 'two-digit year with leading zero',
    sentence: '他08年10月来到这座城市工作。',
    figures: [d('08年10月', '2008-10')],
  },
  {
    note: 'two-digit years in a full-date range with 到',
    sentence: '合同期限为18年10月1日到19年2月3日。',
    figures: [d('18年10月1日到19年2月3日', '2018-10-01/2019-02-03')],
  },
  {
    note: 'two-digit year in the 1900s',
    sentence: '香港于97年7月1日回归祖国。',
    figures: [d('97年7月1日', '1997-07-01')],
  },
  {
    note: 'two-digit year-month',
    sentence: '这家店16年9月开业。',
    figures: [d('16年9月', '2016-09')],
  },

  // ---------------------------------------------------------------------
  // Era years
  // ---------------------------------------------------------------------
  {
    note: '民国 year, Chinese numeral',
    sentence: '这座祠堂修建于民国三年。',
    figures: [d('民国三年', '1914')],
  },
  {
    note: '民国 year, two-character Chinese numeral',
    sentence: '据县志记载，该校创办于民国二十六年。',
    figures: [d('民国二十六年', '1937')],
  },
  {
    note: '民国 year, Arabic digits',
    sentence: '民国38年的地契至今保存完好。',
    figures: [d('民国38年', '1949')],
  },

  // ---------------------------------------------------------------------
  // Parts of a period: 末/初/底/年底/年末/上旬/中旬/下旬
  // ---------------------------------------------------------------------
  {
    note: '月末 after 截至',
    sentence: '截至6月末，全省各项存款余额保持稳定。',
    figures: [d('6月末', 'XXXX-06')],
  },
  {
    note: '月初',
    sentence: '8月初，首批新粮开始入库。',
    figures: [d('8月初', 'XXXX-08')],
  },
  {
    note: '月底',
    sentence: '工程预计于6月底完工。',
    figures: [d('6月底', 'XXXX-06')],
  },
  {
    note: '年年底',
    sentence: '2024年年底，新馆主体结构完工。',
    figures: [d('2024年年底', '2024')],
  },
  {
    note: '年底 directly after a year',
    sentence: '2024年底，该线路全线贯通。',
    figures: [d('2024年底', '2024')],
  },
  {
    note: '年末 after a year',
    sentence: '2023年末，全县常住人口有所增加。',
    figures: [d('2023年末', '2023')],
  },
  {
    note: '年初 after a year',
    sentence: '2024年初，项目获得批复。',
    figures: [d('2024年初', '2024')],
  },
  {
    note: '上旬',
    sentence: '9月上旬，秋粮陆续进入收获期。',
    figures: [d('9月上旬', 'XXXX-09')],
  },
  {
    note: '中旬',
    sentence: '9月中旬，果园迎来采摘高峰。',
    figures: [d('9月中旬', 'XXXX-09')],
  },
  {
    note: '下旬',
    sentence: '9月下旬，候鸟开始南迁。',
    figures: [d('9月下旬', 'XXXX-09')],
  },
  {
    note: '中旬 with a year',
    sentence: '2025年10月中旬，展会将在广州举行。',
    figures: [d('2025年10月中旬', '2025-10')],
  },
  {
    note: '月末 with a year',
    sentence: '截至2025年6月末，辖区内小微企业贷款持续增长。',
    figures: [d('2025年6月末', '2025-06')],
  },
  {
    note: '年底前: 前 stays outside',
    sentence: '2025年年底前，相关工作将全部完成。',
    figures: [d('2025年年底', '2025')],
  },
  {
    note: 'end of a quarter',
    sentence: '截至一季度末，新增就业岗位稳步增加。',
    figures: [d('一季度末', 'XXXX-Q1')],
  },

  // ---------------------------------------------------------------------
  // Quarters and halves
  // ---------------------------------------------------------------------
  {
    note: '一季度',
    sentence: '一季度，全市经济运行开局良好。',
    figures: [d('一季度', 'XXXX-Q1')],
  },
  {
    note: '第一季度: 第 is part of the text',
    sentence: '第一季度，新签约项目数量创新高。',
    figures: [d('第一季度', 'XXXX-Q1')],
  },
  {
    note: 'year + 一季度',
    sentence: '2025年一季度，外贸进出口保持增长。',
    figures: [d('2025年一季度', '2025-Q1')],
  },
  {
    note: 'year + 第一季度',
    sentence: '2025年第一季度，客流量明显回升。',
    figures: [d('2025年第一季度', '2025-Q1')],
  },
  {
    note: '二季度',
    sentence: '二季度，制造业投资加快。',
    figures: [d('二季度', 'XXXX-Q2')],
  },
  {
    note: '第四季度',
    sentence: '第四季度，企业订单较为充足。',
    figures: [d('第四季度', 'XXXX-Q4')],
  },
  {
    note: 'year + 四季度',
    sentence: '2024年四季度，房地产市场出现积极变化。',
    figures: [d('2024年四季度', '2024-Q4')],
  },
  {
    note: '前三季度 is a range of quarters',
    sentence: '前三季度，全省粮食生产形势良好。',
    figures: [d('前三季度', 'XXXX-Q1/XXXX-Q3')],
  },
  {
    note: 'year + 前三季度',
    sentence: '2025年前三季度，港口货物吞吐量稳中有升。',
    figures: [d('2025年前三季度', '2025-Q1/2025-Q3')],
  },
  {
    note: '一至三季度',
    sentence: '一至三季度，全区重点项目进展顺利。',
    figures: [d('一至三季度', 'XXXX-Q1/XXXX-Q3')],
  },
  {
    note: '上半年',
    sentence: '上半年，全市新设市场主体较为活跃。',
    figures: [d('上半年', 'XXXX-H1')],
  },
  {
    note: '下半年',
    sentence: '下半年，该项目将进入试运行阶段。',
    figures: [d('下半年', 'XXXX-H2')],
  },
  {
    note: 'year + 上半年',
    sentence: '2025年上半年，居民消费价格温和上涨。',
    figures: [d('2025年上半年', '2025-H1')],
  },
  {
    note: 'year + 下半年',
    sentence: '2024年下半年，出口订单有所回升。',
    figures: [d('2024年下半年', '2024-H2')],
  },

  // ---------------------------------------------------------------------
  // Decades and centuries
  // ---------------------------------------------------------------------
  {
    note: 'decade, Arabic digits',
    sentence: '80年代，这里还是农田。',
    figures: [d('80年代', '198X')],
  },
  {
    note: 'decade, 70年代 (not 70年来)',
    sentence: '70年代，这里建起了水库。',
    figures: [d('70年代', '197X')],
  },
  {
    note: 'decade, Chinese numeral',
    sentence: '八十年代的老照片记录了街巷变迁。',
    figures: [d('八十年代', '198X')],
  },
  {
    note: '上世纪 + decade',
    sentence: '上世纪80年代，他考入了大学。',
    figures: [d('上世纪80年代', '198X')],
  },
  {
    note: '上世纪 + Chinese-numeral decade',
    sentence: '上世纪九十年代，村里通了公路。',
    figures: [d('上世纪九十年代', '199X')],
  },
  {
    note: 'century + decade, Chinese numerals',
    sentence: '十九世纪七十年代，这座码头开始兴建。',
    figures: [d('十九世纪七十年代', '187X')],
  },
  {
    note: 'century + decade, Arabic digits',
    sentence: '20世纪90年代，小镇开始发展乡镇企业。',
    figures: [d('20世纪90年代', '199X')],
  },
  {
    note: '21世纪',
    sentence: '进入21世纪，城市面貌发生巨大变化。',
    figures: [d('21世纪', '20XX')],
  },
  {
    note: '20世纪',
    sentence: '这类建筑在20世纪较为常见。',
    figures: [d('20世纪', '19XX')],
  },
  {
    note: 'end of a decade keeps decade precision',
    sentence: '上世纪90年代末，工厂完成改制。',
    figures: [d('上世纪90年代末', '199X')],
  },

  // ---------------------------------------------------------------------
  // Seasons
  // ---------------------------------------------------------------------
  {
    note: 'autumn',
    sentence: '2019年秋季，新校区正式启用。',
    figures: [d('2019年秋季', '2019-FA')],
  },
  {
    note: 'spring',
    sentence: '2024年春季，首批树苗完成栽种。',
    figures: [d('2024年春季', '2024-SP')],
  },
  {
    note: 'summer',
    sentence: '2023年夏季，多地出现持续高温。',
    figures: [d('2023年夏季', '2023-SU')],
  },
  {
    note: 'winter',
    sentence: '2022年冬季，滑雪场接待游客量创新高。',
    figures: [d('2022年冬季', '2022-WI')],
  },

  // ---------------------------------------------------------------------
  // Ranges: year ranges with every separator
  // ---------------------------------------------------------------------
  {
    note: 'year range, 年 on both ends, em dash',
    sentence: '2023年—2025年，该市持续推进城市更新。',
    figures: [d('2023年—2025年', '2023/2025')],
  },
  {
    note: 'year range, 年 written once, em dash',
    sentence: '2023—2025年，全区将实施乡村振兴重点工程。',
    figures: [d('2023—2025年', '2023/2025')],
  },
  {
    note: 'year range, en dash',
    sentence: '2021–2025年，该省高标准农田建设稳步推进。',
    figures: [d('2021–2025年', '2021/2025')],
  },
  {
    note: 'year range, ASCII hyphen',
    sentence: '2021-2025年期间，相关政策保持稳定。',
    figures: [d('2021-2025年', '2021/2025')],
  },
  {
    note: 'year range, ASCII tilde',
    sentence: '2021~2025年，规划目标分步实施。',
    figures: [d('2021~2025年', '2021/2025')],
  },
  {
    note: 'year range, full-width tilde',
    sentence: '2021～2025年，行动计划分阶段推进。',
    figures: [d('2021～2025年', '2021/2025')],
  },
  {
    note: 'year range, 至',
    sentence: '2021至2025年，该县持续改善农村人居环境。',
    figures: [d('2021至2025年', '2021/2025')],
  },
  {
    note: 'year range, 到',
    sentence: '2021到2025年，城市轨道交通网络逐步成形。',
    figures: [d('2021到2025年', '2021/2025')],
  },
  {
    note: 'year range 从…到…: 从 stays outside',
    sentence: '从2023年到2025年，该地生态环境持续改善。',
    figures: [d('2023年到2025年', '2023/2025')],
  },

  // ---------------------------------------------------------------------
  // Ranges: months
  // ---------------------------------------------------------------------
  {
    note: 'month range, Chinese numerals, 到',
    sentence: '三月到五月是踏青的好时节。',
    figures: [d('三月到五月', 'XXXX-03/XXXX-05')],
  },
  {
    note: 'month range, Chinese numerals, 至, 月 once',
    sentence: '三至五月，草原进入返青期。',
    figures: [d('三至五月', 'XXXX-03/XXXX-05')],
  },
  {
    note: 'month range 1—8月份',
    sentence: '1—8月份，全省固定资产投资保持增长。',
    figures: [d('1—8月份', 'XXXX-01/XXXX-08')],
  },
  {
    note: 'year + month range',
    sentence: '2025年1—8月份，全市新增城镇就业人数稳步提升。',
    figures: [d('2025年1—8月份', '2025-01/2025-08')],
  },
  {
    note: 'month range, em dash',
    sentence: '3—5月，全省开展义务植树活动。',
    figures: [d('3—5月', 'XXXX-03/XXXX-05')],
  },
  {
    note: 'month range, ASCII hyphen',
    sentence: '3-5月，该地区雨水偏多。',
    figures: [d('3-5月', 'XXXX-03/XXXX-05')],
  },
  {
    note: 'month range, full-width tilde',
    sentence: '3～5月，花卉市场交易活跃。',
    figures: [d('3～5月', 'XXXX-03/XXXX-05')],
  },
  {
    note: 'year + month range with 至',
    sentence: '2025年3月至5月，全省开展专项督查。',
    figures: [d('2025年3月至5月', '2025-03/2025-05')],
  },
  {
    note: 'month range across a year boundary',
    sentence: '2024年12月至2025年2月，全市开展供暖安全检查。',
    figures: [d('2024年12月至2025年2月', '2024-12/2025-02')],
  },

  // ---------------------------------------------------------------------
  // Ranges: days
  // ---------------------------------------------------------------------
  {
    note: 'day range, em dash',
    sentence: '8月23日—26日，展会在乌鲁木齐举行。',
    figures: [d('8月23日—26日', 'XXXX-08-23/XXXX-08-26')],
  },
  {
    note: 'day range, 到',
    sentence: '8月23日到26日，多地将出现降雨。',
    figures: [d('8月23日到26日', 'XXXX-08-23/XXXX-08-26')],
  },
  {
    note: 'day range, ASCII hyphen',
    sentence: '10月1日-7日，景区实行免费预约。',
    figures: [d('10月1日-7日', 'XXXX-10-01/XXXX-10-07')],
  },
  {
    note: 'day range, full-width tilde',
    sentence: '10月1日～7日，全市公园延长开放时间。',
    figures: [d('10月1日～7日', 'XXXX-10-01/XXXX-10-07')],
  },
  {
    note: 'day range, ASCII tilde',
    sentence: '10月1日~7日，博物馆推出夜场参观。',
    figures: [d('10月1日~7日', 'XXXX-10-01/XXXX-10-07')],
  },
  {
    note: 'day range across months',
    sentence: '8月23日—9月2日，艺术节在多个剧场轮番上演。',
    figures: [d('8月23日—9月2日', 'XXXX-08-23/XXXX-09-02')],
  },
  {
    note: 'day range across months with a year',
    sentence: '2025年8月23日至9月2日，系列赛事在体育中心举行。',
    figures: [d('2025年8月23日至9月2日', '2025-08-23/2025-09-02')],
  },
  {
    note: 'day range with a year, ASCII tilde',
    sentence: '2025年8月23日~26日，论坛在杭州举办。',
    figures: [d('2025年8月23日~26日', '2025-08-23/2025-08-26')],
  },

  // ---------------------------------------------------------------------
  // Datelines and photo captions
  // ---------------------------------------------------------------------
  {
    note: 'news dateline: the figure is the date only',
    sentence: '新华社北京6月15日电 国家统计局发布数据显示，国民经济运行总体平稳。',
    figures: [d('6月15日', 'XXXX-06-15')],
  },
  {
    note: 'news dateline with reporter credit',
    sentence: '新华社乌鲁木齐3月2日电（记者 李明）当地春耕生产有序展开。',
    figures: [d('3月2日', 'XXXX-03-02')],
  },
  {
    note: 'photo caption with a full date',
    sentence: '这是2024年8月10日在杭州西湖拍摄的荷花（无人机照片）。',
    figures: [d('2024年8月10日', '2024-08-10')],
  },
  {
    note: 'photo caption with month-day',
    sentence: '9月12日，游客在景区内参观游览。（新华社发）',
    figures: [d('9月12日', 'XXXX-09-12')],
  },
  {
    note: 'photo caption 图为',
    sentence: '图为5月20日拍摄的港口作业现场。',
    figures: [d('5月20日', 'XXXX-05-20')],
  },

  // ---------------------------------------------------------------------
  // Relative words without a reference date: outside the figure
  // ---------------------------------------------------------------------
  {
    note: '今年 stays outside text without refDate',
    sentence: '今年7月，全市接待游客320万人次，同比增长12%。',
    figures: [
      d('7月', 'XXXX-07'),
      { text: '320万人次', kind: 'count', value: 3200000, unit: '人次', unit_text: '人次' },
      { text: '12%', kind: 'percent', value: 12, unit: '%', change: 'up' },
    ],
  },
  {
    note: '去年 stays outside text without refDate',
    sentence: '去年7月，新馆开工建设。',
    figures: [d('7月', 'XXXX-07')],
  },
  {
    note: '明年 stays outside text without refDate',
    sentence: '明年3月，新机场将投入运营。',
    figures: [d('3月', 'XXXX-03')],
  },
  {
    note: '今年一季度 without refDate, mixed',
    sentence: '今年一季度，全市外贸进出口1335亿元，同比增长8.2%。',
    figures: [
      d('一季度', 'XXXX-Q1'),
      { text: '1335亿元', kind: 'money', value: 133500000000, unit: 'CNY', unit_text: '元' },
      { text: '8.2%', kind: 'percent', value: 8.2, unit: '%', change: 'up' },
    ],
  },

  // ---------------------------------------------------------------------
  // Mixed sentences (dates with other kinds)
  // ---------------------------------------------------------------------
  {
    note: 'month range with a change percent',
    sentence: '2025年1—8月份，全市规模以上工业增加值同比增长5.7%。',
    figures: [
      d('2025年1—8月份', '2025-01/2025-08'),
      { text: '5.7%', kind: 'percent', value: 5.7, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'quarter with money and percent',
    sentence: '一季度，该省外贸进出口总值1335亿元，同比增长8.2%。',
    figures: [
      d('一季度', 'XXXX-Q1'),
      { text: '1335亿元', kind: 'money', value: 133500000000, unit: 'CNY', unit_text: '元' },
      { text: '8.2%', kind: 'percent', value: 8.2, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'period end with money and percent',
    sentence: '截至6月末，辖区各项贷款余额2.6万亿元，同比增长6.1%。',
    figures: [
      d('6月末', 'XXXX-06'),
      { text: '2.6万亿元', kind: 'money', value: 2600000000000, unit: 'CNY', unit_text: '元' },
      { text: '6.1%', kind: 'percent', value: 6.1, unit: '%', change: 'up' },
    ],
  },
  {
    note: 'half-year with a count and money',
    sentence: '上半年，全市新开工项目83个，完成投资5003万元。',
    figures: [
      d('上半年', 'XXXX-H1'),
      { text: '83个', kind: 'count', value: 83, unit: '个', unit_text: '个' },
      { text: '5003万元', kind: 'money', value: 50030000, unit: 'CNY', unit_text: '元' },
    ],
  },
  {
    note: 'two dates in one sentence with percent and percentage points',
    sentence: '前三季度，城镇居民人均可支配收入同比增长4.8%，增速比上半年下降0.3个百分点。',
    figures: [
      d('前三季度', 'XXXX-Q1/XXXX-Q3'),
      { text: '4.8%', kind: 'percent', value: 4.8, unit: '%', change: 'up' },
      d('上半年', 'XXXX-H1'),
      { text: '0.3个百分点', kind: 'percentage_point', value: 0.3, unit: 'pp', change: 'down' },
    ],
  },
  {
    note: 'year end with a count',
    sentence: '2024年年底，全县共有农民合作社98家。',
    figures: [
      d('2024年年底', '2024'),
      { text: '98家', kind: 'count', value: 98, unit: '家', unit_text: '家' },
    ],
  },
  {
    note: 'day range with an ordinal',
    sentence: '8月23日—26日，第六届商品博览会在乌鲁木齐举办。',
    figures: [
      d('8月23日—26日', 'XXXX-08-23/XXXX-08-26'),
      { text: '第六届', kind: 'ordinal', value: 6, unit: '届' },
    ],
  },
  {
    note: 'year range with a count',
    sentence: '2023年—2025年，该市计划新建充电桩3000个。',
    figures: [
      d('2023年—2025年', '2023/2025'),
      { text: '3000个', kind: 'count', value: 3000, unit: '个', unit_text: '个' },
    ],
  },
  {
    note: 'season with a count',
    sentence: '2019年秋季，学校新招收学生1200名。',
    figures: [
      d('2019年秋季', '2019-FA'),
      { text: '1200名', kind: 'count', value: 1200, unit: '名', unit_text: '名' },
    ],
  },
  {
    note: 'year with USD money',
    sentence: '2024年，该市实际使用外资611.65亿美元。',
    figures: [
      d('2024年', '2024'),
      { text: '611.65亿美元', kind: 'money', value: 61165000000, unit: 'USD', unit_text: '美元' },
    ],
  },
  {
    note: 'full date with a quantity',
    sentence: '2024年11月28日，首批28吨新茶运抵港口。',
    figures: [
      d('2024年11月28日', '2024-11-28'),
      { text: '28吨', kind: 'quantity', value: 28000, unit: 'kg', unit_text: '吨' },
    ],
  },

  // ---------------------------------------------------------------------
  // Negative and boundary cases (no refDate)
  // ---------------------------------------------------------------------
  {
    note: 'a year-like number without 年 is not a figure',
    sentence: '论坛发布了2025深化合作倡议。',
    figures: [],
  },
  {
    note: '70年来 is a duration, not a date',
    sentence: '新中国成立70年来，城乡面貌发生深刻变化。',
    figures: [years('70年', 70)],
  },
  {
    note: '十年来 is a duration',
    sentence: '十年来，村里的变化有目共睹。',
    figures: [years('十年', 10)],
  },
  {
    note: '十多年 is a duration, approx over',
    sentence: '他在这片林场坚守了十多年。',
    figures: [years('十多年', 10, 'over')],
  },
  {
    note: '2100多年前 is a duration, not the year 2100',
    sentence: '早在2100多年前，张骞就出使西域。',
    figures: [years('2100多年', 2100, 'over')],
  },
  {
    note: '70周年 is a duration',
    sentence: '学校迎来建校70周年。',
    figures: [years('70周年', 70)],
  },
  {
    note: '三年内 is a duration, approx under',
    sentence: '项目计划三年内建成投用。',
    figures: [years('三年', 3, 'under')],
  },
  {
    note: 'a number of years worked is a duration',
    sentence: '他在这家工厂工作了15年。',
    figures: [years('15年', 15)],
  },
  {
    note: '12年前 is a duration',
    sentence: '12年前，这里还是荒滩。',
    figures: [years('12年', 12)],
  },
  {
    note: '5年时间 is a duration',
    sentence: '该市计划用5年时间完成旧城改造。',
    figures: [years('5年', 5)],
  },
  {
    note: '3个月 is a duration in months, not a date',
    sentence: '工期约3个月。',
    figures: [{ text: '3个月', kind: 'duration', value: 3, unit: 'month', approx: 'about' }],
  },
  {
    note: '今年以来 alone gives nothing without refDate',
    sentence: '今年以来，全市招商引资工作成效明显。',
    figures: [],
  },
  {
    note: '今年 alone gives nothing without refDate',
    sentence: '今年的工作重点是稳就业。',
    figures: [],
  },
  {
    note: '去年 alone gives nothing without refDate',
    sentence: '去年，该县旅游收入稳步增长。',
    figures: [],
  },
  {
    note: '上月 alone gives nothing without refDate',
    sentence: '上月，该区新开通公交线路。',
    figures: [],
  },
  {
    note: '本月 alone gives nothing without refDate',
    sentence: '本月，多家商场推出促销活动。',
    figures: [],
  },
  {
    note: 'generation label is not a date',
    sentence: '90后已成为创业的主力军。',
    figures: [],
  },
  {
    note: 'plan name is not a date',
    sentence: '十四五时期，城市建设成效显著。',
    figures: [],
  },
  {
    note: 'event name is not a date',
    sentence: '纪念9·11事件的活动在纽约举行。',
    figures: [],
  },
  {
    note: 'set phrase 一年一度 is not a figure',
    sentence: '一年一度的灯会开幕了。',
    figures: [],
  },
  {
    note: '今年是…周年 without refDate: only the duration',
    sentence: '今年是新中国成立76周年。',
    figures: [years('76周年', 76)],
  },
  {
    note: '今年 + count without refDate: only the count',
    sentence: '今年，全市将新建三所学校。',
    figures: [{ text: '三所', kind: 'count', value: 3, unit: '所', unit_text: '所' }],
  },

  // ---------------------------------------------------------------------
  // With reference date 2025-09-30: XXXX filled with the reference year
  // ---------------------------------------------------------------------
  {
    note: 'refDate fills the year of 月末',
    refDate: REF,
    sentence: '截至6月末，全省各项存款余额保持稳定。',
    figures: [d('6月末', '2025-06')],
  },
  {
    note: 'refDate fills the year of 上旬',
    refDate: REF,
    sentence: '9月上旬，秋粮陆续进入收获期。',
    figures: [d('9月上旬', '2025-09')],
  },
  {
    note: 'refDate fills the year of a quarter',
    refDate: REF,
    sentence: '一季度，全市经济运行开局良好。',
    figures: [d('一季度', '2025-Q1')],
  },
  {
    note: 'refDate fills the year of a quarter end',
    refDate: REF,
    sentence: '截至一季度末，新增就业岗位稳步增加。',
    figures: [d('一季度末', '2025-Q1')],
  },
  {
    note: 'refDate fills both ends of 前三季度',
    refDate: REF,
    sentence: '前三季度，全省粮食生产形势良好。',
    figures: [d('前三季度', '2025-Q1/2025-Q3')],
  },
  {
    note: 'refDate fills the year of 上半年',
    refDate: REF,
    sentence: '上半年，全市新设市场主体较为活跃。',
    figures: [d('上半年', '2025-H1')],
  },
  {
    note: 'refDate fills the year of 下半年',
    refDate: REF,
    sentence: '下半年，该项目将进入试运行阶段。',
    figures: [d('下半年', '2025-H2')],
  },
  {
    note: 'refDate fills both ends of a day range',
    refDate: REF,
    sentence: '8月23日—26日，展会在乌鲁木齐举行。',
    figures: [d('8月23日—26日', '2025-08-23/2025-08-26')],
  },
  {
    note: 'refDate fills both ends of a cross-month day range',
    refDate: REF,
    sentence: '8月23日—9月2日，艺术节在多个剧场轮番上演。',
    figures: [d('8月23日—9月2日', '2025-08-23/2025-09-02')],
  },
  {
    note: 'refDate fills both ends of 1—8月份',
    refDate: REF,
    sentence: '1—8月份，全省固定资产投资保持增长。',
    figures: [d('1—8月份', '2025-01/2025-08')],
  },
  {
    note: 'refDate fills both ends of 三月到五月',
    refDate: REF,
    sentence: '三月到五月是踏青的好时节。',
    figures: [d('三月到五月', '2025-03/2025-05')],
  },
  {
    note: 'refDate fills the year of a month-day',
    refDate: REF,
    sentence: '8月21日，首趟货运班列从这里发出。',
    figures: [d('8月21日', '2025-08-21')],
  },
  {
    note: 'refDate fills the year of a Chinese-numeral month',
    refDate: REF,
    sentence: '十月，山区的红叶渐次变色。',
    figures: [d('十月', '2025-10')],
  },
  {
    note: 'refDate fills the year of a dateline',
    refDate: REF,
    sentence: '新华社北京6月15日电 国家统计局发布数据显示，国民经济运行总体平稳。',
    figures: [d('6月15日', '2025-06-15')],
  },

  // With refDate: explicit years and non-XXXX values are left alone
  {
    note: 'refDate does not change an explicit year',
    refDate: REF,
    sentence: '2024年11月28日，博览会在会展中心开幕。',
    figures: [d('2024年11月28日', '2024-11-28')],
  },
  {
    note: 'refDate does not change a season with a year',
    refDate: REF,
    sentence: '2019年秋季，新校区正式启用。',
    figures: [d('2019年秋季', '2019-FA')],
  },
  {
    note: 'refDate does not change a two-digit year',
    refDate: REF,
    sentence: '他08年10月来到这座城市工作。',
    figures: [d('08年10月', '2008-10')],
  },
  {
    note: 'refDate does not change a decade',
    refDate: REF,
    sentence: '上世纪80年代，他考入了大学。',
    figures: [d('上世纪80年代', '198X')],
  },
  {
    note: 'refDate does not change a year range',
    refDate: REF,
    sentence: '2023—2025年，全区将实施乡村振兴重点工程。',
    figures: [d('2023—2025年', '2023/2025')],
  },

  // With refDate: relative words join the figure
  {
    note: '今年7月 with refDate, mixed',
    refDate: REF,
    sentence: '今年7月，全市接待游客320万人次，同比增长12%。',
    figures: [
      d('今年7月', '2025-07'),
      { text: '320万人次', kind: 'count', value: 3200000, unit: '人次', unit_text: '人次' },
      { text: '12%', kind: 'percent', value: 12, unit: '%', change: 'up' },
    ],
  },
  {
    note: '去年7月 with refDate',
    refDate: REF,
    sentence: '去年7月，新馆开工建设。',
    figures: [d('去年7月', '2024-07')],
  },
  {
    note: '明年3月 with refDate',
    refDate: REF,
    sentence: '明年3月，新机场将投入运营。',
    figures: [d('明年3月', '2026-03')],
  },
  {
    note: '今年6月底 with refDate',
    refDate: REF,
    sentence: '今年6月底，新线路开通运营。',
    figures: [d('今年6月底', '2025-06')],
  },
  {
    note: '去年年底 with refDate, mixed',
    refDate: REF,
    sentence: '去年年底，全省新能源装机容量突破1亿千瓦。',
    figures: [
      d('去年年底', '2024'),
      {
        text: '1亿千瓦',
        kind: 'quantity',
        value: 100000000000,
        unit: 'W',
        unit_text: '千瓦',
        approx: 'over',
      },
    ],
  },
  {
    note: '今年 alone with refDate',
    refDate: REF,
    sentence: '今年，全市将新建三所学校。',
    figures: [
      d('今年', '2025'),
      { text: '三所', kind: 'count', value: 3, unit: '所', unit_text: '所' },
    ],
  },
  {
    note: '今年 with refDate next to a duration',
    refDate: REF,
    sentence: '今年是新中国成立76周年。',
    figures: [d('今年', '2025'), years('76周年', 76)],
  },
  {
    note: '去年 alone with refDate',
    refDate: REF,
    sentence: '去年，该县旅游收入稳步增长。',
    figures: [d('去年', '2024')],
  },
  {
    note: '明年 alone with refDate',
    refDate: REF,
    sentence: '明年，新机场将投入运营。',
    figures: [d('明年', '2026')],
  },
  {
    note: '前年 alone with refDate',
    refDate: REF,
    sentence: '前年，该村修通了硬化路。',
    figures: [d('前年', '2023')],
  },
  {
    note: '本月 with refDate',
    refDate: REF,
    sentence: '本月，多家商场推出促销活动。',
    figures: [d('本月', '2025-09')],
  },
  {
    note: '上月 with refDate',
    refDate: REF,
    sentence: '上月，该区新开通公交线路。',
    figures: [d('上月', '2025-08')],
  },
  {
    note: '今年一季度 with refDate, mixed',
    refDate: REF,
    sentence: '今年一季度，全市外贸进出口1335亿元，同比增长8.2%。',
    figures: [
      d('今年一季度', '2025-Q1'),
      { text: '1335亿元', kind: 'money', value: 133500000000, unit: 'CNY', unit_text: '元' },
      { text: '8.2%', kind: 'percent', value: 8.2, unit: '%', change: 'up' },
    ],
  },
  {
    note: '去年四季度 with refDate',
    refDate: REF,
    sentence: '去年四季度，市场需求有所回暖。',
    figures: [d('去年四季度', '2024-Q4')],
  },
  {
    note: '今年上半年 with refDate',
    refDate: REF,
    sentence: '今年上半年，居民消费价格温和上涨。',
    figures: [d('今年上半年', '2025-H1')],
  },
  {
    note: '去年上半年 with refDate',
    refDate: REF,
    sentence: '去年上半年，出口订单有所回升。',
    figures: [d('去年上半年', '2024-H1')],
  },
  {
    note: '今年前三季度 with refDate',
    refDate: REF,
    sentence: '今年前三季度，港口吞吐量稳中有升。',
    figures: [d('今年前三季度', '2025-Q1/2025-Q3')],
  },
  {
    note: '今年1—8月份 with refDate',
    refDate: REF,
    sentence: '今年1—8月份，全市新增城镇就业稳步提升。',
    figures: [d('今年1—8月份', '2025-01/2025-08')],
  },

  // With refDate: negatives and durations are unaffected
  {
    note: 'refDate: a year-like number without 年 is still not a figure',
    refDate: REF,
    sentence: '论坛发布了2025深化合作倡议。',
    figures: [],
  },
  {
    note: 'refDate: 70年来 is still a duration',
    refDate: REF,
    sentence: '新中国成立70年来，城乡面貌发生深刻变化。',
    figures: [years('70年', 70)],
  },
];
