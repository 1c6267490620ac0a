/** Words for lengths of time → the duration unit. */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
  年: 'year', 周年: 'year', 载: 'year', 个年头: 'year', 年头: 'year',
  个世纪: 'year',
  个季度: 'quarter', 季度: 'quarter',
  个月: 'month', 个多月: 'month', 月龄: 'month', 个月龄: 'month', // 6月龄: an age in months
  周: 'week', 个星期: 'week', 星期: 'week',
  天: 'day', 个工作日: 'day', 工作日: 'day', 个交易日: 'day', 交易日: 'day', 个自然日: 'day', 自然日: 'day', 昼夜: 'day', 日: 'day', // 日 is a number of days only where lengthOfDays says so (recognizers/duration.ts)
  小时: 'hour', 个小时: 'hour', 个钟头: 'hour', 钟头: 'hour',
  分钟: 'minute', 刻钟: 'minute',
  秒: 'second', 秒钟: 'second', 毫秒: 'second', 微秒: 'second', 纳秒: 'second',
  // in letters, as specifications write them (响应时间1ms, 24h营业, 30min)
  ms: 'second', h: 'hour', min: 'minute',
};

/** Words of a fraction of their unit: the factor to it. */
export const DURATION_FACTORS: Readonly<Record<string, string>> = { 毫秒: '0.001', ms: '0.001', 微秒: '0.000001', 纳秒: '0.000000001', 刻钟: '15', 个世纪: '100' };
