/** Which line breaks are the layout's, and where sentences end. */
import { joinsAcross } from '../src/text/layout.js';
import { splitSentences } from '../src/text/sentences.js';
import { extractFigures } from '../src/pipeline.js';

describe('joinsAcross', () => {
  test.each([
    ['a line that ends a sentence', '全县新建公路12公里。', '另有3座桥梁完工。', false],
    ['a short headline', '秋粮喜获丰收', '本报讯 今年全县粮食总产量再创新高。', false],
    ['a headline with a subtitle', '秋粮丰收已成定局 全县粮食总产量连续六年稳定在百万吨以上', '记者从县农业局获悉，今年粮食增产。', false],
    ['prose cut after a clause comma', '今年以来，全市工业经济运行平稳', '规模以上工业增加值增长6%。', true],
    ['a number cut from its unit', '地区生产总值突破2万亿', '元大关。', true],
    ['a line ending on a word that cannot end one', '围绕基础设施、科技创新等', '重点领域加大投入。', true],
    ['an open bracket', '向设在外地的4家创新中心（异地', '孵化器）授牌。', true],
    ['the next line starts with closing punctuation', '全年接待游客', '，同比增长15%。', true],
    ['a long line without a full stop', '全区规模以上工业企业实现营业收入和利润总额双增长并带动就业', '持续增加。', true],
    ['a numbered section heading (its 、 is no clause comma)', '一、执行情况', '全省收入完成386亿元。', false],
    ['a heading numbered in brackets', '（二）2025年预算草案', '全省收入预计增长5%。', false],
    ['a chapter heading', '第三章 总则', '本办法自2025年1月1日起施行。', false],
    ['a list item cut mid-clause is prose', '一、坚持稳中求进，', '推动高质量发展。', true],
    ['a line with a full stop inside is body text', '他算了一笔账。他流转了1200多亩', '土地。', true],
    ['第 cannot end a line', '村里举办了第', '三届丰收节。', true],
    ['多 inside a figure cut from its unit', '他流转了1200多', '亩土地。', true],
    ['a unit cut in two (人次)', '全年接待游客3.7亿人', '次，同比增长8%。', true],
    ['a unit cut in two (个百分点)', '增速比上年提高0.3个', '百分点。', true],
    ['a unit cut in two, in Traditional script (萬人次)', '全年接待遊客3.7億人', '次。', true],
    ['a number cut before its decimal point', '增速比上年提高0', '.3个百分点。', true],
    ['a number cut before an ASCII thousands comma', '全年发电量12', ',345万千瓦时。', true],
    ['a range cut before its second end', '投资规模在3', '至5亿元之间。', true],
    ['左右 cannot start a line', '全年投资5000万元', '左右。', true],
    ['a unit word that is no unit after a word', '经济运行稳中向好', '人民生活持续改善。', false],
    ['a table caption stands alone', '表3', '2024年主要经济指标', false],
    ['a verb that takes an amount, then the amount', '该市今年计划投资', '45亿元用于改造老旧小区。', true],
    ['a headline before a date is still a headline', '全省经济稳中有进', '1—10月份，全省生产总值增长5%。', false],
    ['a line ending in ； goes on, as ； inside a line does', '全省原煤产量1.62亿吨；天然气产量48.6亿立方米；', '全省电煤库存1500万吨。', true],
    ['…but not into a numbered heading', '全年任务全面完成；', '（二）明年工作安排', false],
    ['a short line with ； inside is prose cut by the layout', '人次；完成货物发送量', '26.5亿吨。', true],
    ['（3） is a numbered heading', '培训农民1.5万人次；', '（3）建设冷库12座。', false],
    ['a numbered heading starts its own line after a long line', '全市2024年国民经济和社会发展统计公报发布会在市政府新闻中心举行', '一、综合', false],
    ['a table row ends with its line', '指标\t2023\t2024', '年末常住人口\t523.6\t527.1', false],
    ['a row with one wide blank before its number', '城镇新增就业（人）\u300012600', '个体工商户（户）\u30003800', false],
    ['the one wide blank of a dateline makes no row', '新华社北京10月20日电\u3000记者从国家粮食和物资储备局获悉，主产区累计收购中晚稻', '2856万吨，同比增加312万吨。', true],
    ['a change word cut in two', '全市快递业务量比上年同期增', '长12.5%。', true],
    ['a colon before a line of prose', '县统计局数据显示：', '全县实现地区生产总值286.4亿元。', true],
    ['a colon before a subtitle', '循古道赴新程：', '中亚合作的故事', false],
    ['a news lead after a headline that ends like a dangling word', '缅甸强震已致约190万人流离失所', '本报讯 联合国8日表示，约190万人流离失所。', false],
    ['据 may be the rest of a word cut by the layout', '全年增长5%。新能源装机规模突破1亿千瓦……一组组数', '据勾勒出新疆经济的飞跃轨迹。', true],
    // The length counts code points: 25 of them, one outside the BMP (two UTF-16 units: 26 in all), is short; 26 is long.
    ['25 code points (26 UTF-16 units) without a comma is a headline', `𠮷${'全区工业企业营业收入和利润总额双增长带动就业人数'}`, '持续增加。', false],
    ['26 code points without a comma is prose cut by the layout', `𠮷${'全区工业企业营业收入和利润总额双增长并带动就业人数'}`, '持续增加。', true],
  ])('%s', (_, a, b, join) => {
    expect(joinsAcross(a as string, b as string)).toBe(join);
  });
});

test('a figure after a line ending in ； keeps the period of the sentence it goes on', () => {
  const read = (t: string) => extractFigures(t).map((r) => [r.text, r.period]);
  expect(read('前9个月，全省原煤产量1.62亿吨；天然气产量48.6亿立方米；\n全省电煤库存1500万吨。').at(-1)).toEqual(['1500万吨', 'XXXX-01/XXXX-09']);
  expect(read('今年1—8月，全国铁路日均发送1300万\n\n人次；完成货物发送量\n\n26.5亿吨。').at(-1)).toEqual(['26.5亿吨', 'XXXX-01/XXXX-08']);
});

describe('numbers cut by the layout', () => {
  test('a number cut at its full-width thousands comma reads whole, pointing at the true line and column', () => {
    const [r] = extractFigures('全年营业收入1，\n\n335亿元，同比增长。');
    expect(r).toMatchObject({ text: '1，335亿元', value: 133500000000, line: 1, column: 7, end_line: 3, end_column: 5 });
  });
  test('a unit cut in two reads whole', () => {
    expect(extractFigures('全年接待游客3.7亿人\n\n次，同比增长8%。').map((r) => [r.text, r.unit])).toEqual([
      ['3.7亿人次', '人次'],
      ['8%', '%'],
    ]);
  });
});

describe('splitSentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  test('full stops, question and exclamation marks, closing quotes stay with their sentence', () => {
    expect(texts('一季度增长5%。“成效显著！”他说。还有吗？')).toEqual(['一季度增长5%。', '“成效显著！”', '他说。', '还有吗？']);
  });
  test('a short clause before ； does not end the sentence, a long one does', () => {
    expect(texts('贷款余额1335亿元；风险保障632亿元。')).toHaveLength(1);
    const long = `${'全区各类金融机构持续加大对重点项目和小微企业的信贷支持力度'.repeat(3)}；保险业提供风险保障632亿元。`;
    expect(texts(long)).toHaveLength(2);
  });
  test('a line the author ended is a sentence of its own', () => {
    expect(texts('秋粮喜获丰收\n全县增产。')).toEqual(['秋粮喜获丰收', '全县增产。']);
  });
});

test('a headline stays its own sentence, a broken paragraph is one sentence', () => {
  const text = '秋粮喜获丰收\n\n今年以来，全县粮食总产量\n\n达到12.5万吨，增长3%。\n';
  const [tonnes, pct] = extractFigures(text);
  expect(tonnes).toMatchObject({ text: '12.5万吨', sentence_index: 1, sentence: '今年以来，全县粮食总产量达到12.5万吨，增长3%。', line: 5 });
  expect(pct).toMatchObject({ sentence_index: 1 });
});
