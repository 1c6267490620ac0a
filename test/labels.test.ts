/**
 * `label` and `period` (src/labels/): one block per rule of the README's
 * "Labels and periods". The sentences are our own.
 */
import fc from 'fast-check';
import { words } from '../src/grammar/compose.js';
import { AtEnd, endsWithWord } from '../src/labels/patterns.js';
import { extractFigures } from '../src/pipeline.js';
import type { ExtractOptions } from '../src/types.js';

/** [text, label, period] of every figure, in order. */
const read = (text: string, options: ExtractOptions = {}): [string, string, string][] =>
  extractFigures(text, options).map((r) => [r.text, r.label, r.period]);

describe('period', () => {
  test('the date a sentence opens with scopes its clauses', () => {
    expect(read('2024年上半年，全省地区生产总值同比增长6.1%，社会消费品零售总额同比增长4.2%。')).toEqual([
      ['2024年上半年', '', ''],
      ['6.1%', '全省地区生产总值', '2024-H1'],
      ['4.2%', '社会消费品零售总额', '2024-H1'],
    ]);
  });

  test('截至… scopes what follows, across ；', () => {
    expect(read('截至9月末，甘肃省普惠小微贷款余额2860亿元；农险机构提供保障金额415亿元。')).toEqual([
      ['9月末', '', ''],
      ['2860亿元', '甘肃省普惠小微贷款余额', 'XXXX-09'],
      ['415亿元', '农险机构提供保障金额', 'XXXX-09'],
    ]);
  });

  test('the start of a movement scopes the start only; 较 a few words before a date makes it a base; 全年 ends a list of dates', () => {
    const periods = (t: string) => read(t).filter(([, l, p]) => l !== '' || p !== '').map(([t2, , p]) => [t2, p]);
    expect(read('城乡居民收入比由2018年的2.45∶1缩小至2.12∶1。').map(([t, , p]) => [t, p])).toEqual([
      ['2018年', ''], ['2.45', '2018'], ['1', '2018'], ['2.12', ''], ['1', ''],
    ]);
    expect(read('2024年，利率较公司2023年发行的同期限债券下降112个基点。').at(-1)).toEqual(['112个基点', expect.any(String), '2024']);
    expect(periods('一季度、上半年和全年GDP分别增长5.1%、5.3%和5.6%。')).toEqual([['5.1%', 'XXXX-Q1'], ['5.3%', 'XXXX-H1'], ['5.6%', '']]);
    expect(read('一季度、上半年和全年GDP分别增长5.1%、5.3%和5.6%。').filter(([, l]) => l !== '').map(([, l]) => l)).toEqual(['GDP', 'GDP', 'GDP']);
  });

  test('a date of putting into service (投入运营, 投入使用) reaches its own clause only', () => {
    expect(read('县人民医院新院区于5月28日投入运营，新增床位600张。').at(-1)).toEqual(['600张', '新增床位', '']);
  });

  test('no date, no period; a date in another sentence does not count', () => {
    expect(read('2023年，该区启动改造工程。全区共有家庭农场1260家。')).toEqual([
      ['2023年', '', ''],
      ['1260家', '全区家庭农场', ''],
    ]);
  });

  test('the nearest date before the figure wins', () => {
    expect(read('2022年全市外贸总额为800亿元，2024年增至1100亿元。')).toEqual([
      ['2022年', '', ''],
      ['800亿元', '全市外贸总额', '2022'],
      ['2024年', '', ''],
      ['1100亿元', '全市外贸总额', '2024'],
    ]);
  });

  test('a date that is the base of a comparison is no period', () => {
    expect(read('2025年一季度，全省税收收入比2024年同期增长3.5%。')).toEqual([
      ['2025年一季度', '', ''],
      ['2024年', '', ''],
      ['3.5%', '全省税收收入', '2025-Q1'],
    ]);
    expect(read('全省税收收入比2024年增长3.5%。')[1]).toEqual(['3.5%', '全省税收收入', '']);
  });

  test('a date a share or a multiple is taken of is a base, no period', () => {
    expect(read('2025年，全省游客人数恢复至2019年同期的132.5%。').map((r) => r[2])).toEqual(['', '', '2025']);
    expect(read('出口额相当于2020年的1.5倍。').map((r) => r[2])).toEqual(['', '']);
    expect(read('2024年的地区生产总值为5万亿元。').map((r) => r[2])).toEqual(['', '2024']);
  });

  test('a dateline says when the story was filed, not what its figures cover', () => {
    expect(read('本报北京6月3日电（记者 王强）全国铁路发送旅客18.1亿人次。').map((r) => r[2])).toEqual(['', '']);
  });

  test('a time word that is no date ends the reach of the date before it', () => {
    expect(read('2023年，该市获批国家级试点；目前已建成示范基地12个。')).toEqual([
      ['2023年', '', ''],
      ['12个', '该市建成示范基地', ''],
    ]);
  });

  test('a founding date describes the thing founded, not the figures after it', () => {
    expect(read('2019年3月成立的县农机合作社，现有社员85户。')).toEqual([
      ['2019年3月', '', ''],
      ['85户', '县农机合作社社员', ''],
    ]);
    // With 于 before the date, and dates of putting into service.
    expect(read('该公司成立于2016年，现有员工1200余人。').map((r) => r[2])).toEqual(['', '']);
    expect(read('汇集站于5月28日投运，可满足420万千瓦新能源送出需求。').map((r) => r[2])).toEqual(['', '']);
    expect(read('2024年投运的储能电站，单站规模50万千瓦。').map((r) => r[2])).toEqual(['', '']);
  });

  test('a date filtered out by kind still gives its period', () => {
    expect(read('截至6月末，全省存款余额5.6万亿元。', { kinds: ['money'] })).toEqual([['5.6万亿元', '全省存款余额', 'XXXX-06']]);
  });
});

describe('label: the words before the figure', () => {
  test('time phrases at the head are dropped', () => {
    expect(read('今年以来，全省外贸进出口总额达3650亿元。')).toEqual([['3650亿元', '全省外贸进出口总额', '']]);
    expect(read('一季度，全市新增城镇就业2.1万人。')[1]).toEqual(['2.1万人', '全市新增城镇就业', 'XXXX-Q1']);
  });

  test('qualifiers and linking verbs before the figure are dropped', () => {
    expect(read('全县粮食总产量约为52万吨，旅游总收入突破120亿元，森林覆盖率达到24.5%。')).toEqual([
      ['52万吨', '全县粮食总产量', ''],
      ['120亿元', '旅游总收入', ''],
      ['24.5%', '森林覆盖率', ''],
    ]);
  });

  test('change words and the comparison before them are dropped', () => {
    expect(read('全市规模以上工业增加值较去年同期增长8.2%，贷款利率比上年低0.3个百分点。')).toEqual([
      ['8.2%', '全市规模以上工业增加值', ''],
      ['0.3个百分点', '贷款利率', ''],
    ]);
  });

  test('a verb that only says an amount was reached is left out', () => {
    expect(read('全省规模以上工业企业实现营业收入3.2万亿元，实现利润总额1860亿元。')).toEqual([
      ['3.2万亿元', '全省规模以上工业企业营业收入', ''],
      ['1860亿元', '全省规模以上工业企业利润总额', ''],
    ]);
    expect(read('东部地区共完成投资2140亿元。')).toEqual([['2140亿元', '东部地区投资', '']]);
  });

  test('so is a time word after the subject', () => {
    expect(read('该园区去年引进企业46家。')).toEqual([['46家', '该园区引进企业', '']]);
  });

  test('a parenthesis is left out', () => {
    expect(read('西部片区（含高新区）引进区外资金320亿元。')).toEqual([['320亿元', '西部片区引进区外资金', '']]);
  });

  test('an adverb inside the subject ends it, but not the same character inside a word', () => {
    expect(read('该市进口额也增长5%。')).toEqual([['5%', '该市进口额', '']]);
    expect(read('全省平均气温为15.2℃，全市人均可支配收入为5.2万元，地铁日均客流45万人次。')).toEqual([
      ['15.2℃', '全省平均气温', ''],
      ['5.2万元', '全市人均可支配收入', ''],
      ['45万人次', '地铁日均客流', ''],
    ]);
    expect(read('螺纹钢现货均价为3680元。')).toEqual([['3680元', '螺纹钢现货均价', '']]);
    expect(read('初中生近视率为71.2%，先進製程營收佔比達67%。')).toEqual([
      ['71.2%', '初中生近视率', ''],
      ['67%', '先進製程營收占比', ''], // 占比 is the rule's own word
    ]);
  });

  test('what the amount is per, and 按年, are left out', () => {
    expect(read('各地最低工资标准为每月1900元至2690元不等，稻谷收购价为每公斤2.45元。')).toEqual([
      ['1900元至2690元', '各地最低工资标准', ''],
      ['2.45元', '稻谷收购价', ''],
    ]);
    expect(read('首套住房最低首付款比例调整为15%。')).toEqual([['15%', '首套住房最低首付款比例', '']]);
    expect(read('訪港旅客達4450萬人次，按年上升31%。')).toEqual([
      ['4450萬人次', '訪港旅客', ''],
      ['31%', '訪港旅客', ''],
    ]);
  });

  test('由…调整为 and 以上 left from the figure before', () => {
    expect(read('5年以上首套房利率由2.85%调整为2.6%。')).toEqual([
      ['5年', '', ''],
      ['2.85%', '首套房利率', ''],
      ['2.6%', '首套房利率', ''],
    ]);
  });

  test('targets, comparable-price phrases and 完成 before a volume are left out', () => {
    expect(read('确保规上工业企业总数达到300家，力争新增规上企业30家。').map((r) => r[1])).toEqual(['规上工业企业总数', '新增规上企业']);
    expect(read('全年铁路完成货运量51.1亿吨。').map((r) => r[1])).toEqual(['铁路货运量']);
    expect(read('全省居民人均可支配收入32684元，扣除价格因素实际增长5.3%。').map((r) => r[1])).toEqual(['全省居民人均可支配收入', '全省居民人均可支配收入']);
    expect(read('人均消费支出增速高出收入增速0.8个百分点。').map((r) => r[1])).toEqual(['人均消费支出增速']);
  });

  test('分别 after a list of items that share the indicator', () => {
    expect(read('风电、光伏发电量分别增长12%和35%。').map((r) => r[1])).toEqual(['风电发电量', '光伏发电量']);
  });

  test('a currency named before the amount is left out', () => {
    expect(read('營收為新臺幣1286.5億元，营收为港币500万元。').map((r) => r[1])).toEqual(['營收', '营收']);
  });

  test('之间 after a range names nothing', () => {
    expect(read('全省粮食产量在1350万至1380万吨之间。')).toEqual([['1350万至1380万吨', '全省粮食产量', '']]);
  });
});

describe('label: a change takes the label of the level it changes', () => {
  test('in the next clause', () => {
    expect(read('全省实际利用外资85.3亿元，较去年同期增长12.4%。')).toEqual([
      ['85.3亿元', '全省实际利用外资', ''],
      ['12.4%', '全省实际利用外资', ''],
    ]);
  });

  test('分别 after several levels: each its own', () => {
    expect(read('上半年，该县接待游客320万人次，实现旅游收入28.5亿元，分别增长15.2%和18.7%。').slice(1)).toEqual([
      ['320万人次', '该县接待游客', 'XXXX-H1'],
      ['28.5亿元', '该县旅游收入', 'XXXX-H1'],
      ['15.2%', '该县接待游客', 'XXXX-H1'],
      ['18.7%', '该县旅游收入', 'XXXX-H1'],
    ]);
  });

  test('分别 after a list of subjects: each item with the shared indicator', () => {
    expect(read('农业、工业、服务业增加值分别增长4.1%、5.6%、6.3%。')).toEqual([
      ['4.1%', '农业增加值', ''],
      ['5.6%', '工业增加值', ''],
      ['6.3%', '服务业增加值', ''],
    ]);
  });

  test('分别 after a list of two whose indicator no lexicon knows: the members are alike in length', () => {
    expect(read('铁路、公路发送旅客分别为120万人次和80万人次。').map((r) => r[1])).toEqual(['铁路发送旅客', '公路发送旅客']);
    expect(read('高血压、糖尿病患者规范管理率分别为68%和66%。').map((r) => r[1])).toEqual(['高血压患者规范管理率', '糖尿病患者规范管理率']);
    expect(read('全市共有民宿900家，其中甲级、乙级民宿分别有40家和100家。').map((r) => r[1])).toEqual(['全市民宿', '甲级民宿', '乙级民宿']);
  });

  test('分别 after a longer list: the middle members tell the length of each', () => {
    expect(read('全年粮食、棉花、油料播种面积分别为1560万、180万和320万亩。').map((r) => r[1])).toEqual(['粮食播种面积', '棉花播种面积', '油料播种面积']);
    expect(read('第一、二、三产业增加值分别增长3%、5%和6%。').map((r) => r[1])).toEqual(['第一产业增加值', '二产业增加值', '三产业增加值']);
    // Middle members of different lengths tell no length: the known indicator does.
    expect(read('第一、二、三产业和城乡居民生活用电量分别增长12%、6%、10%和8%。').map((r) => r[1])).toEqual(['第一用电量', '二用电量', '三产业用电量', '城乡居民生活用电量']);
  });

  test('a later 分别 that names only its indicator takes the members of the list before', () => {
    expect(read('全县小麦、玉米种植面积分别为5万亩和3万亩，产值分别为2亿元和1亿元。').map((r) => r[1])).toEqual(['全县小麦种植面积', '玉米种植面积', '全县小麦产值', '玉米产值']);
    // No list before: the levels before name the members.
    expect(read('全省共有小学500所、初中200所，在校生分别为40万人和20万人。').map((r) => r[1])).toEqual(['全省小学', '初中', '全省小学在校生', '初中在校生']);
  });

  test('a change in points with no words of its own changes the rate or share before it', () => {
    expect(read('高技术制造业增加值占规模以上工业的比重为18%，比上年提高1.5个百分点。').map((r) => r[1])).toEqual(['高技术制造业增加值占比', '高技术制造业增加值占比']);
    expect(read('省外游客占比达到47.6%，比去年同期提高5.2个百分点。').map((r) => r[1])).toEqual(['省外游客占比', '省外游客占比']);
  });

  test('a rank: the field ranked in is no label; what was ranked is', () => {
    expect(read('该港集装箱吞吐量增长8%，在全国港口中排名第七。').map((r) => r[1])).toEqual(['该港集装箱吞吐量', '该港集装箱吞吐量']);
    expect(read('该行绿色贷款余额增长30%，增速在全市银行中排名第一。').map((r) => r[1])).toEqual(['该行绿色贷款余额', '该行绿色贷款余额增速']);
    expect(read('江州农商银行在全省农信系统考评中排名第二。').map((r) => r[1])).toEqual(['江州农商银行']);
  });

  test('有望 is no label: the figure measures what the one before it measured', () => {
    expect(read('2024年该港吞吐量为80万标准箱，今年有望突破100万标准箱。').slice(1).map((r) => r[1])).toEqual(['该港吞吐量', '该港吞吐量']);
  });

  test('the noun after a count ends where its predicate starts (an adverb, a verb of gain)', () => {
    expect(read('200多名村民正忙着收割稻谷。')[0]![1]).toBe('村民');
    expect(read('该基地带动2000多户农户增收。')[0]![1]).toBe('农户');
    expect(read('光伏板下种植的2000亩枸杞长势喜人。')[0]![1]).toBe('枸杞');
  });

  test('a news lead or a person speaking is no subject (an organisation speaking may be)', () => {
    expect(read('本报讯（记者 王明）记者从市旅游局获悉，假期全市接待游客800万人次，同比增长12%；实现旅游总收入60亿元，同比增长15%。').map((r) => r[1])).toEqual([
      '全市接待游客', '全市接待游客', '全市旅游总收入', '全市旅游总收入',
    ]);
    expect(read('该行行长表示，将确保新增贷款不低于150亿元。')[0]![1]).not.toMatch(/行长/);
    expect(read('公司表示，过去三年累计研发投入超过450亿元。').at(-1)![1]).toBe('公司累计研发投入');
  });

  test('a length of time its indicator names takes it, and so does its change', () => {
    expect(read('港口船舶平均在港停时1.2天，比上年同期减少0.3天。').map((r) => r[1])).toEqual(['港口船舶平均在港停时', '港口船舶平均在港停时']);
    expect(read('高压办电平均时长压缩至18个工作日。')[0]![1]).toBe('高压办电平均时长');
    // Other lengths still get none.
    expect(read('他在这里工作了5年。')[0]![1]).toBe('');
  });

  test('an average per household or village is the indicator (户均, 村均), not 均 and a change', () => {
    expect(read('协会带动茶农8000余户，户均增收3000元。').at(-1)![1]).toBe('户均增收');
    expect(read('村集体经济总收入1.35亿元，村均72.2万元。').at(-1)![1]).toBe('村均');
    expect(read('全县人均增收500元。')[0]![1]).toBe('全县人均增收');
  });

  test('a rate compared with a benchmark, and a multiple of one, measure the figure before, not the benchmark', () => {
    expect(read('该区工业总产值增长9%，增速高于全市平均水平2个百分点。').map((r) => r[1])).toEqual(['该区工业总产值', '该区工业总产值']);
    expect(read('该区研发投入强度为4%，是全市平均水平的2倍。').map((r) => r[1])).toEqual(['该区研发投入强度', '该区研发投入强度']);
  });

  test('分别 inside the words before a list is no part of a label', () => {
    expect(read('东部、中部和西部地区分别投资15亿、20亿和30亿元。').map((r) => r[1])).toEqual(['东部地区投资', '中部地区投资', '西部地区投资']);
  });
});

describe('label and period: benchmarks, runs of years, lists of dates', () => {
  test('the gap to a benchmark is labelled with what was compared, not the benchmark', () => {
    expect(read('全省地区生产总值同比增长5.6%，高于全国平均水平0.3个百分点。')).toEqual([
      ['5.6%', '全省地区生产总值', ''],
      ['0.3个百分点', '全省地区生产总值', ''],
    ]);
    expect(read('绿色贷款余额4.2万亿元，比年初增长14.4%，低于各项贷款增速0.6个百分点。').map((r) => r[1])).toEqual(['绿色贷款余额', '绿色贷款余额', '绿色贷款余额']);
  });

  test('a run of years between a subject and its predicate leaves the subject', () => {
    expect(read('全省粮食产量连续5年稳定在1300万吨以上。')).toEqual([
      ['5年', '', ''],
      ['1300万吨', '全省粮食产量', ''],
    ]);
    // Words of its own after the run keep their label.
    expect(read('连续3年每年新增就业超过1万人。')[1]).toEqual(['1万人', '每年新增就业', '']);
  });

  test('an amount or a measure that sets a threshold inside the noun stays in the label', () => {
    expect(read('全省新开工亿元以上项目1862个，220千伏及以上变电站27座。').filter((r) => /个|座/.test(r[0])).map((r) => r[1])).toEqual([
      '全省新开工亿元以上项目',
      '220千伏及以上变电站',
    ]);
    // An age is a threshold too; the age itself counts the people after it.
    expect(read('补助标准提高到94元，65岁及以上老年人健康管理率为71%。').slice(1).map((r) => r[1])).toEqual(['老年人', '65岁及以上老年人健康管理率']);
    expect(read('我国60岁及以上人口已超过3亿，占总人口的21.1%。').map((r) => r[1])).toEqual(['人口', '我国60岁及以上人口', '我国60岁及以上人口占比']);
    // Not when the age says for whom: 为….
    expect(read('全市已为65岁以上老年人免费体检42万人次。').at(-1)![1]).toBe('老年人免费体检');
    // With 的 before the noun, after a word that makes the amount a threshold.
    expect(read('全区有外贸企业3000家，其中年进出口额超过1亿元的企业180家。').at(-1)![1]).toBe('年进出口额超过1亿元的企业');
    expect(read('全区新签约项目60个，其中投资超10亿元的项目15个。').at(-1)![1]).toBe('投资超10亿元的项目');
    // Not a mere amount before a noun of its own clause.
    expect(read('全市完成投资50亿元的目标，新建学校3所。').at(-1)![1]).toBe('新建学校');
  });

  test('a list of dates before 分别 gives each figure its own period', () => {
    expect(read('2023年、2024年全市外贸总额分别为800亿元和1100亿元。')).toEqual([
      ['2023年', '', ''],
      ['2024年', '', ''],
      ['800亿元', '全市外贸总额', '2023'],
      ['1100亿元', '全市外贸总额', '2024'],
    ]);
    expect(read('三、四季度经济增速分别为4.8%和5.4%，其中工业增长6%。').map((r) => r[2])).toEqual(['', '', 'XXXX-Q3', 'XXXX-Q4', 'XXXX-Q4']);
    // Without 分别 the last date scopes them all.
    expect(read('2023年、2024年外贸总额增长，达到1100亿元。').map((r) => r[2])).toEqual(['', '', '2024']);
  });
});

describe('label: shares, counts, ordinals, durations', () => {
  test('a share is its subject + 占比', () => {
    expect(read('东部地区引进资金2140亿元，占全省总量的61.5%。民营企业投资占总投资的58.2%。')).toEqual([
      ['2140亿元', '东部地区引进资金', ''],
      ['61.5%', '东部地区引进资金占比', ''],
      ['58.2%', '民营企业投资占比', ''],
    ]);
  });

  test('a count that qualifies a noun takes that noun; the amount after it the whole indicator', () => {
    expect(read('全市1250户个体工商户贷款余额86亿元。')).toEqual([
      ['1250户', '个体工商户', ''],
      ['86亿元', '个体工商户贷款余额', ''],
    ]);
    expect(read('全年共签约42个项目，560名志愿者参加服务。')).toEqual([
      ['42个', '项目', ''],
      ['560名', '志愿者', ''],
    ]);
  });

  test('an ordinal names its event, a rank the indicator it ranks', () => {
    expect(read('第十二届中国航展在珠海开幕。全省数字经济规模位居全国第五。')).toEqual([
      ['第十二届', '中国航展', ''],
      ['第五', '全省数字经济规模', ''],
    ]);
  });

  test('an anniversary names its event; other durations get none', () => {
    expect(read('今年是该校建校90周年。十多年来，这座城市发生了巨大变化。')).toEqual([
      ['90周年', '该校建校', ''],
      ['十多年', '', ''],
    ]);
  });
});

describe('label: subjects across clauses', () => {
  test('a clause without a subject takes the subject of the sentence', () => {
    expect(read('截至6月末，省农业银行发放涉农贷款960亿元，累计支持新型农业经营主体4200户。')).toEqual([
      ['6月末', '', ''],
      ['960亿元', '省农业银行发放涉农贷款', 'XXXX-06'],
      ['4200户', '省农业银行累计支持新型农业经营主体', 'XXXX-06'],
    ]);
  });

  test('a clause with a subject of its own keeps it', () => {
    expect(read('全市新登记市场主体3.2万户，注册资本总额达450亿元。')).toEqual([
      ['3.2万户', '全市新登记市场主体', ''],
      ['450亿元', '注册资本总额', ''],
    ]);
  });
});

describe('label: empty, and never across a clause break', () => {
  test('empty when nothing sensible can be said', () => {
    expect(read('“300万元，只是一个开始。”')).toEqual([['300万元', '', '']]);
    expect(read('下一步将从四个方面推进。')).toEqual([['四个', '', '']]);
  });

  test('parts of a ratio get none', () => {
    expect(read('农业、工业和服务业之比调整为8.1∶40.3∶51.6。').map(([, label]) => label)).toEqual(['', '', '']);
  });

  test('dates get none', () => {
    expect(read('2023年10月9日，大桥正式通车。')).toEqual([['2023年10月9日', '', '']]);
  });

  test('a label is cut from one clause: the words before a break stay out', () => {
    expect(read('全年新开工项目215个，其中，续建项目98个。')).toEqual([
      ['215个', '新开工项目', ''],
      ['98个', '续建项目', ''],
    ]);
    const text = '据介绍，该园区去年引进企业46家，今年，新落地项目投资额达到38亿元；其中，外资项目7个。';
    for (const r of extractFigures(text)) expect(r.label).not.toMatch(/[，,；;。：:]/);
    expect(read(text).map(([, label]) => label)).toEqual(['该园区引进企业', '新落地项目投资额', '外资项目']);
  });
});

describe('label: from an audit of genre pages (reports, sports, devices, health)', () => {
  const labels = (text: string): string[] => read(text).map(([, label]) => label);

  test('periods of a company report and 届时 are time words, 以及 a connective: dropped at the head', () => {
    expect(labels('报告期末股东总数为5000户。')).toEqual(['股东总数']);
    expect(labels('届时水位将回落至10米。')).toEqual(['水位']);
    expect(labels('该店出售牛奶，以及售价5元的面包。')).toEqual(['售价']);
  });

  test('日均 is part of the indicator, like 人均 and 户均', () => {
    expect(labels('地铁客运量10亿人次，日均274万人次。')).toEqual(['地铁客运量', '日均']);
  });

  test('比赛 is no comparison; 3比1 is a ratio, whose parts get no label', () => {
    expect(labels('全场比赛主队控球率为60%。')).toEqual(['全场比赛主队控球率']);
    expect(labels('主队以3比1获胜。')).toEqual(['', '']);
  });

  test('a length of time named by 成绩 or 续航 takes it', () => {
    expect(labels('手表续航可达10天。')).toEqual(['手表续航']);
  });

  test('a counted noun ends where its predicate starts (超, 采取), and 被执行人 is one noun', () => {
    expect(labels('全县3座小型水库超汛限水位运行。')).toEqual(['小型水库']);
    expect(labels('对150名失信被执行人采取措施。')).toEqual(['失信被执行人']);
  });

  test('a multiple or share of a benchmark measures what the subject measures', () => {
    expect(labels('今年预约人数已超50万，是上代同期的近3倍。')).toEqual(['预约人数', '预约人数']);
    expect(labels('客流量恢复至2019年同期的105%。')).toEqual(['', '客流量']);
  });

  test('verbs of emergencies and courts, and adverbs before them, open a predicate: the clause takes the sentence subject', () => {
    expect(labels('该县转移群众3000人，紧急安置800人。')).toEqual(['该县转移群众', '该县安置']);
    expect(labels('依法审结案件500件。')).toEqual(['审结案件']);
  });

  test('共建成 is 共 (in all) and a verb: the subject ends before it', () => {
    expect(labels('全市共建成5G基站2000个，覆盖率达到95%。')[1]).toBe('全市覆盖率');
  });

  test('当月 and 同口径 are dropped at the head, 可能 before the figure; 占地 is no share', () => {
    expect(labels('8月上中旬全省电网最大负荷可能达到5000万千瓦。')).toEqual(['', '全省电网最大负荷']);
    expect(labels('园区总投资1.6亿元，占地1500亩。')).toEqual(['园区总投资', '占地']);
  });

  test('届时, 当月, 今夏 leave the label but keep the period of the date before', () => {
    expect(read('7月21日，全省电网最大负荷达到5862万千瓦，今夏已4次创历史新高。')).toEqual([
      ['7月21日', '', ''],
      ['5862万千瓦', '全省电网最大负荷', 'XXXX-07-21'],
      ['4次', '创历史新高', 'XXXX-07-21'],
    ]);
    expect(read('6月份，全市工业增加值增长6%，其中当月出口增长8.1%。').map(([, , period]) => period)).toEqual(['', 'XXXX-06', 'XXXX-06']);
  });

  test('a counted noun ends at an adverb of manner (整齐, 就近, 全天候)', () => {
    expect(labels('120座智能温室大棚整齐排列，400余名村民就近务工。')).toEqual(['智能温室大棚', '村民']);
  });

  test('a change after a change, with no level before, changes what the change before changed', () => {
    expect(labels('全县粮食产量增长4%，比上年增加2万吨。')).toEqual(['全县粮食产量', '全县粮食产量']);
  });

  test('力争, 全部 before a figure and 假期 at the head are dropped; 实现 before 消费额', () => {
    expect(labels('全县茶叶综合产值力争突破60亿元。')).toEqual(['全县茶叶综合产值']);
    expect(labels('据测算，枢纽周边商圈实现消费额4.6亿元。')).toEqual(['枢纽周边商圈消费额']);
    expect(labels('假期旅客平均换乘时间为12.5分钟。')).toEqual(['旅客平均换乘时间']);
  });

  test('a date of putting into service (投用, 启用) scopes only its clause', () => {
    expect(read('2021年投用的市实验室，已集聚科研人员1600余名。').map(([, , period]) => period)).toEqual(['', '']);
  });

  test('a rank in a field with a count inside (在全省13个地市中) ranks what was measured, not the field', () => {
    expect(labels('该市工业产值增长7%，在全省13个地市中排名第二。')).toEqual(['该市工业产值', '地市', '该市工业产值']);
    expect(labels('该县粮食产量在全市8个县中排名第一。')[1]).toBe('该县粮食产量');
  });

  test('a table row written as prose: the header before the colon names its figures', () => {
    expect(labels('营业收入：2024年为84.36亿元，2023年为72.19亿元。')).toEqual(['', '营业收入', '', '营业收入']);
  });

  test('the share of a plan reached (完成预算的…) measures the amount before it, and so does the change after', () => {
    expect(labels('全市一般公共预算收入468.2亿元，完成预算的101.3%，比上年增长3.6%。')).toEqual([
      '全市一般公共预算收入', '全市一般公共预算收入', '全市一般公共预算收入',
    ]);
  });

  test('from minimal pairs: time words inside the clause, more verbs and adverbs, anniversaries of events, 被执行人, pronouns', () => {
    expect(labels('该园区全年引进企业46家。')).toEqual(['该园区引进企业']);
    expect(labels('该集团实现营业收入860亿元，上缴税金45亿元。')).toEqual(['该集团营业收入', '该集团上缴税金']);
    expect(labels('全市新能源汽车产量可望达到50万辆。')).toEqual(['全市新能源汽车产量']);
    expect(labels('该县组织120名技术人员下乡服务。')).toEqual(['技术人员']);
    expect(labels('今年是该市改革开放46周年。')).toEqual(['该市改革开放']);
    expect(labels('1.2万名被执行人主动履行义务。')).toEqual(['被执行人']);
    expect(labels('此前这一数字为3.2%。')).toEqual(['']);
  });

  test('a share of a benchmark with no subject of its own measures what the figure before measured', () => {
    expect(labels('旅客吞吐量20.3万人次，恢复至2019年同期的126%。')).toEqual(['旅客吞吐量', '', '旅客吞吐量']);
  });

  test('支持 alone may be a noun and stays (融资支持); 最高支持 before a figure is dropped', () => {
    expect(labels('项目获得融资支持65亿元。')).toEqual(['项目获得融资支持']);
    expect(labels('屏幕刷新率最高支持120Hz。')).toEqual(['屏幕刷新率']);
  });
});

describe('label: from an audit of label shapes in minimal pairs (eighth round)', () => {
  const labels = (text: string): string[] => read(text).map(([, label]) => label);

  test('a movement from one level to another: both ends measure the subject before 从/由', () => {
    expect(labels('全市森林覆盖率从32%提高到38.5%。')).toEqual(['全市森林覆盖率', '全市森林覆盖率']);
    expect(labels('门票收入由上年的3.2亿元增加到4.1亿元。')).toEqual(['门票收入', '门票收入']);
    expect(labels('检查频次由每年2次增加到4次。')).toEqual(['检查频次', '检查频次']);
    expect(labels('该县耕地面积从45万亩增加到47.2万亩，净增2.2万亩。')).toEqual(['该县耕地面积', '该县耕地面积', '该县耕地面积']);
    expect(labels('平均通关时间由48小时压缩至12小时。')).toEqual(['平均通关时间', '平均通关时间']);
  });

  test('a share after a change with no level before: what the change measured, 增加值 whole', () => {
    expect(labels('工业增加值增长6%，占GDP的比重为36%。')).toEqual(['工业增加值', '工业增加值占比']);
    expect(labels('规模以上工业增加值增长7.2%，其中高技术制造业增长15.4%，占规模以上工业的比重为28.6%。')).toEqual([
      '规模以上工业增加值', '高技术制造业', '高技术制造业占比',
    ]);
  });

  test('分别 lists: a word boundary for the shared indicator, counted members, the count of the members, 分别 never kept', () => {
    expect(labels('汽车、工业机器人产量分别增长3%和5%。')).toEqual(['汽车产量', '工业机器人产量']);
    expect(labels('北京市、天津市滨海新区新增就业分别为25万人和6万人。')).toEqual(['北京市新增就业', '天津市滨海新区新增就业']);
    expect(labels('社会消费品零售总额和固定资产投资分别增长5.1%和4.3%。')).toEqual(['社会消费品零售总额', '固定资产投资']);
    expect(labels('城镇、农村居民人均可支配收入分别增长4%和6%。')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    expect(labels('北京、上海经济总量分别为4万亿元和4.7万亿元。')).toEqual(['北京经济总量', '上海经济总量']);
    expect(labels('3个市、5个县分别获得奖励资金200万元和100万元。').slice(2)).toEqual(['市获得奖励资金', '县获得奖励资金']);
    expect(labels('高雄、台中、台南三市的人口分別為273萬、285萬和185萬人。').slice(0, 2)).toEqual(['高雄人口', '台中人口']);
    expect(labels('2024年和2025年，该项目分别投入资金3亿元和5亿元。').slice(2)).toEqual(['该项目投入资金', '该项目投入资金']);
  });

  test('a row written as prose: the header before the colon, verbs and all, names every figure of the row', () => {
    expect(labels('签约金额：236亿元。')).toEqual(['签约金额']);
    expect(labels('归属于上市公司股东的净利润：8.94亿元。')).toEqual(['归属于上市公司股东的净利润']);
    expect(labels('存货周转天数：45天，较上年减少6天。')).toEqual(['存货周转天数', '存货周转天数']);
    expect(labels('注册资本：人民币5000万元。')).toEqual(['注册资本']);
    expect(labels('会议指出：全年增长5%。')).toEqual(['']);
  });

  test('words after an amount that go on with a conjunction, a negation or a reckoning are no noun of it', () => {
    expect(labels('回购资金总额不低于人民币1亿元（含）且不超过人民币2亿元（含）。')).toEqual(['回购资金总额', '回购资金总额']);
    expect(labels('拟每10股派发现金红利3.5元并转增4股。')[0]).toBe('派发现金红利');
    expect(labels('按照油箱容量50升计算。')).toEqual(['油箱容量']);
    expect(labels('全省不良贷款余额30亿元。')).toEqual(['全省不良贷款余额']);
  });

  test('what a price is quoted per and a day of the week are no part of a label', () => {
    expect(labels('大豆价格为每斤2.6元。')).toEqual(['大豆价格']);
    expect(labels('国际油价周五收于每桶82.35美元。')).toEqual(['国际油价']);
  });

  test('a 分别 subject that names its indicator whole borrows no members from the levels before', () => {
    expect(labels('甲地收入203.6亿元；乙地总额1182.4亿元；居民收入分别为5元和3元。').slice(2)).toEqual(['居民收入', '居民收入']);
    expect(labels('全省共有小学500所、初中200所，在校生分别为30万人和15万人。').slice(2)).toEqual(['全省小学在校生', '初中在校生']);
    expect(labels('农民合作社10.8万家、家庭农场24.6万家，分别带动农户680万户和120万户。').slice(2)).toEqual(['农民合作社带动农户', '家庭农场带动农户']);
  });

  test('a ratio that is the indicator keeps its 比; a comparison after an indicator goes', () => {
    expect(labels('少儿抚养比为21.3%。')).toEqual(['少儿抚养比']);
    expect(labels('居民收入比上年增长5%。')).toEqual(['居民收入']);
  });

  test('a clause that opens with a verb takes a subject that did something, not an indicator of what was done', () => {
    expect(labels('新增城市绿地面积286公顷，改造老旧小区312个。')).toEqual(['新增城市绿地面积', '改造老旧小区']);
    expect(labels('全年完成货运量1.86亿吨，完成客运量2860万人。')).toEqual(['货运量', '客运量']);
    expect(labels('茶叶产量3260吨，实现茶叶产值9.8亿元。')).toEqual(['茶叶产量', '茶叶产值']);
    expect(labels('全市公安机关破获案件3260起，抓获嫌疑人4180名。')).toEqual(['全市公安机关破获案件', '全市公安机关抓获嫌疑人']);
  });

  test('a conversion measures what the figure before measured; a dateline, 相当于 and a benchmark after the indicator go', () => {
    expect(labels('全省日光温室面积达185万亩，折合约12.3万公顷。')).toEqual(['全省日光温室面积', '全省日光温室面积']);
    expect(labels('人均地区生产总值9.86万元，折合1.39万美元。')).toEqual(['人均地区生产总值', '人均地区生产总值']);
    expect(labels('新华社北京9月18日电（记者王某）前8个月全国港口集装箱吞吐量2.18亿标准箱。').at(-1)).toBe('全国港口集装箱吞吐量');
    expect(labels('相当于节约标准煤1860万吨。')).toEqual(['节约标准煤']);
    expect(labels('夏粮收获进度快于同期3.1个百分点。')).toEqual(['夏粮收获进度']);
  });

  test('points whose indicator ends in 分, sentences of a court, hours of sunshine, a bound with 低于', () => {
    expect(labels('该市中考总分为750分。')).toEqual(['该市中考总分']);
    expect(labels('该队联赛积分达到45分。')).toEqual(['该队联赛积分']);
    expect(labels('全市企业分三批改造100个项目。')[0]).toBe('');
    expect(labels('被告人李某被判处有期徒刑3年6个月，缓刑4年。')).toEqual(['有期徒刑', '缓刑']);
    expect(labels('全市累计日照时数仅为36小时。')).toEqual(['全市累计日照时数']);
    expect(labels('重症率低于0.5%。')).toEqual(['重症率']);
  });

  test('counts name places of one character, people before a verb, and 被告人', () => {
    expect(labels('全市有3个县、12个乡镇入选名单。')).toEqual(['县', '乡镇']);
    expect(labels('该区辖8个街道、3个镇。')).toEqual(['街道', '镇']);
    expect(labels('该街道为辖区内1200余名独居老人安装了报警器。')).toEqual(['独居老人']);
    expect(labels('全省共有23个县市出现干旱。')).toEqual(['县市']);
    expect(labels('该案中，5名被告人分别被判处有期徒刑。')).toEqual(['被告人']);
  });

  test('a share of a benchmark after 仅为 or 约为, a gap in an amount, a level returned to, a reading on a scale', () => {
    expect(labels('入春以来，全市平均降水量仅为常年同期的四成。')).toEqual(['全市平均降水量']);
    expect(labels('公司在手订单金额达到312亿元，约为上年营业收入的2.5倍。')).toEqual(['公司在手订单金额', '公司在手订单金额']);
    expect(labels('该市每万人拥有执业医师32.5人，高于全省平均水平4.1人。')).toEqual(['该市每万人执业医师', '该市每万人执业医师']);
    expect(labels('公司计划投资25亿元建设锂电池材料项目。')).toEqual(['公司计划投资']);
    expect(labels('总市值重回千亿元。')).toEqual(['总市值']);
    expect(labels('东北地区将有5至7级大风，当地发生6.1级地震。')).toEqual(['大风', '地震']);
  });

  test('words that only look like a date rest or an adverb stay whole: 末期, 来自, 有效', () => {
    expect(labels('末期股息为每股0.28港元。')).toEqual(['末期股息']);
    expect(labels('来自东部地区的到位资金1096亿元。')).toEqual(['来自东部地区的到位资金']);
    expect(labels('有效申购倍数为3000倍。')).toEqual(['有效申购倍数']);
    expect(labels('转股价格由每股12.50元调整为每股12.20元。')).toEqual(['转股价格', '转股价格']);
  });

  test('time words and qualifiers left at the ends of a label go; a verb of policy ends a subject', () => {
    expect(labels('绿色贷款余额年末突破500亿元。')).toEqual(['绿色贷款余额']);
    expect(labels('村集体户均约51.7万元。')).toEqual(['村集体户均']);
    expect(labels('到2030年粮食综合生产能力达到700亿斤。')).toEqual(['', '粮食综合生产能力']);
    expect(labels('园区推行“拿地即开工”审批模式，为企业减免税费9.3亿元。')).toEqual(['园区减免税费']);
  });

  test('a close after a change measures what the change measured; 当地时间 and 以来 go', () => {
    expect(labels('道指上涨297.01点，收于44765.71点。')).toEqual(['道指', '道指']);
    expect(labels('美联储当地时间18日宣布下调联邦基金利率25个基点。').at(-1)).not.toContain('当地时间');
    expect(labels('国际金价今年以来上涨28%。')).toEqual(['国际金价']);
  });

  test('a rank in a field of places measures what the figures before measured', () => {
    expect(labels('全省贷款余额增长9.6%，居中部六省第一位。')).toEqual(['全省贷款余额', '全省贷款余额']);
    expect(labels('全省境内外上市公司达214家，居全国第7位。')).toEqual(['全省境内外上市公司', '全省境内外上市公司']);
    expect(labels('西湖岭景区单日接待游客12.6万人次，位列全省热门景区第1名。').at(-1)).toBe('全省热门景区');
    expect(labels('该市GDP在全国排名第7位。')).toEqual(['该市GDP']);
  });

  test('a clause that opens with a verb takes the nearest subject that acts when the first is an indicator', () => {
    expect(labels('该港海铁联运箱量完成152.4万标准箱；中欧班列开行1286列，发送货物12.8万标准箱。').at(-1)).toBe('中欧班列发送货物');
    expect(labels('省农业银行发放涉农贷款960亿元，累计支持经营主体4200户。').at(-1)).toBe('省农业银行累计支持经营主体');
  });

  test('a 分别 list after a comparison takes the levels before; what a payout is per goes from inside a label', () => {
    expect(labels('核心一级资本充足率为9.85%，资本充足率为14.02%，分别较上年末提高0.12个和0.21个百分点。').slice(2)).toEqual(['核心一级资本充足率', '资本充足率']);
    expect(labels('公司向全体股东每10股派发现金红利3.5元。')).toEqual(['公司向全体股东派发现金红利']);
  });

  test('look-alikes: 计算机, 还林, 仍, 月末, 当地时间 before a date, a scope before a repeated subject, ①', () => {
    expect(labels('购买3台计算机。')).toEqual(['计算机']);
    expect(labels('退耕还林面积185万亩，折合约12.3万公顷。')).toEqual(['退耕还林面积', '退耕还林面积']);
    expect(labels('但全年营业收入仍达到52亿元。')).toEqual(['营业收入']);
    expect(labels('住户存款余额月末突破2万亿元。')).toEqual(['住户存款余额']);
    expect(labels('道琼斯指数当地时间3日下跌1.2%。').at(-1)).toBe('道琼斯指数');
    expect(labels('该县茶叶产量1.2万吨，实现茶叶产值9.8亿元。')).toEqual(['该县茶叶产量', '该县茶叶产值']);
    expect(labels('①全区新增就业2000人。')).toEqual(['全区新增就业']);
    expect(labels('今天夜间有4到5级偏北风。')).toEqual(['偏北风']);
  });

  test('a span since an event at the head goes; building verbs end a subject; 使用 ends a counted noun', () => {
    expect(labels('改革开放以来全市GDP增长了30倍。')).toEqual(['全市GDP']);
    expect(labels('市交通局修建农村公路860公里，改造危桥45座。')).toEqual(['市交通局修建农村公路', '市交通局改造危桥']);
    expect(labels('约200名工人使用了新设备。')).toEqual(['工人']);
  });

  test('an amount before 奖励 or 补贴 names it, in a 分别 list after a verb too', () => {
    expect(labels('分别给予20万元、50万元、100万元奖励。')).toEqual(['奖励', '奖励', '奖励']);
    expect(labels('给予孵化基地1万元奖励。')).toEqual(['奖励']);
  });

  test('policy prose: 按, 或, 内 after a span, 每年, 自…之日起 go; 从业, 内蒙古, 按揭 stay', () => {
    expect(labels('按设备和软件投资额的10%给予补助。')).toEqual(['设备和软件投资额']);
    expect(labels('或从业人员不超过300人。')).toEqual(['从业人员']);
    expect(labels('省财政每年安排数字经济发展专项资金20亿元。')).toEqual(['省财政安排数字经济发展专项资金']);
    expect(labels('创新券自发放之日起有效期为12个月。')).toEqual(['创新券有效期']);
    expect(labels('5年内全市股权投资基金规模达到3000亿元。').at(-1)).toBe('全市股权投资基金规模');
    expect(labels('内蒙古自治区粮食产量3000万吨。')).toEqual(['内蒙古自治区粮食产量']);
    expect(labels('按揭贷款余额30亿元。')).toEqual(['按揭贷款余额']);
  });

  test('an amount that sets a threshold of the noun after it measures the attribute before it', () => {
    expect(labels('亩均税收达到30万元/亩以上的工业用地。')).toEqual(['亩均税收']);
    expect(labels('年综合能源消费量5000吨标准煤以上的重点用能单位。')).toEqual(['年综合能源消费量']);
    expect(labels('新开工5亿元以上项目120个。')[0]).toBe('新开工项目');
    expect(labels('鼓励银行对单笔1000万元以下知识产权质押贷款确定价值。')[0]).not.toBe('鼓励银行对单笔');
  });

  test('a term of validity names its length', () => {
    expect(labels('创新券有效期为12个月。')).toEqual(['创新券有效期']);
  });

  test('播放量 keeps its name; 长达 goes', () => {
    expect(labels('累计播放量达3.2亿次。')).toEqual(['累计播放量']);
    expect(labels('续航长达14天。')).toEqual(['续航']);
  });

  test('a pair in one unit written once, parted by a slash, is labelled alike', () => {
    expect(labels('患者血压140/90毫米汞柱。')).toEqual(['患者血压', '患者血压']);
  });

  test('a figure after a superlative clause measures what that clause named, less the superlative', () => {
    expect(labels('分行业看，金融业平均工资最高，为158430元。')).toEqual(['金融业平均工资']);
    expect(labels('各区中，浦东新区增速最快，为8.5%。')).toEqual(['浦东新区增速']);
    expect(labels('其中，信息传输业最低，为3.2万元。')).toEqual(['信息传输业']);
  });

  test('an age or a range of ages right before its noun narrows it; the age counts the people, not their share or rate', () => {
    expect(labels('全市0—14岁人口为132万人。')).toEqual(['人口', '全市0—14岁人口']);
    expect(labels('60至69岁老年人接种率为91.2%。')).toEqual(['老年人', '60至69岁老年人接种率']);
    expect(labels('35岁以下青年科技人才占比为46%。')).toEqual(['青年科技人才', '35岁以下青年科技人才占比']);
  });

  test('a threshold with 的 measures the attribute before it; the noun it narrows keeps the whole clause', () => {
    expect(labels('员工超过500人的企业有86家。')).toEqual(['员工', '员工超过500人的企业']);
    expect(labels('投资超过1亿元的项目有12个。')).toEqual(['投资', '投资超过1亿元的项目']);
    expect(labels('人口不足1万人的乡镇有23个。')).toEqual(['人口', '人口不足1万人的乡镇']);
  });

  test('shares in a 分别 list, 所占比重, and a share of what the subject contributed', () => {
    expect(labels('小麦、玉米播种面积分别占全县的38%和45%。')).toEqual(['小麦播种面积占比', '玉米播种面积占比']);
    expect(labels('高新技术产品所占比重为35.6%。')).toEqual(['高新技术产品占比']);
    expect(labels('民营企业贡献了全市60%的税收。')).toEqual(['民营企业税收占比']);
  });

  test('分别 shares of the levels before; 实现 ends the last member of a list', () => {
    expect(labels('铁路、公路分别发送旅客100万人次和50万人次，分别占总量的60%和30%。')).toEqual([
      '铁路发送旅客', '公路发送旅客', '铁路发送旅客占比', '公路发送旅客占比',
    ]);
    expect(labels('东部新城、西部科学城分别实现高新技术产业产值1860亿元和1245亿元。')).toEqual([
      '东部新城高新技术产业产值', '西部科学城高新技术产业产值',
    ]);
  });

  test('a counted noun ends at its predicate: adverbs and verbs of motion or of taking part', () => {
    expect(labels('三架无人机同时作业。')).toEqual(['无人机']);
    expect(labels('8支救援队伍连夜赶赴灾区。')).toEqual(['救援队伍']);
    expect(labels('全省2.3万家企业享受研发费用加计扣除。')).toEqual(['企业']);
  });

  test('rows of a table as prose, members that hold 和, a known indicator after middle members, 人均可支配 whole', () => {
    expect(labels('接待游客：386万人次；旅游总花费：42亿元；人均花费：1091元。')).toEqual(['接待游客', '旅游总花费', '人均花费']);
    expect(labels('主要数据——接待游客：386万人次。')).toEqual(['接待游客']);
    expect(labels('教育、社会保障和就业、卫生健康支出分别为120亿元、95亿元和80亿元。')).toEqual(['教育支出', '社会保障和就业支出', '卫生健康支出']);
    expect(labels('交通通信、居住、生活用品价格分别上涨1%、2%和3%。')).toEqual(['交通通信价格', '居住价格', '生活用品价格']);
    expect(labels('农村居民人均可支配收入增长6.5%，增速比城镇居民高1.9个百分点。')).toEqual(['农村居民人均可支配收入', '农村居民人均可支配收入增速']);
    expect(labels('１０个独立储能电站平均充放电效率为85%。')).toEqual(['独立储能电站', '独立储能电站平均充放电效率']);
  });

  test('ranks after an adverb or a run of years; a count counts the entity before an indicator and its predicate', () => {
    expect(labels('该港货物吞吐量连续16年位居全球第一。')).toEqual(['', '该港货物吞吐量']);
    expect(labels('有9个市州收入实现正增长。')).toEqual(['市州']);
    expect(labels('120家企业贷款余额达45亿元。')).toEqual(['企业', '企业贷款余额']);
  });

  test('a forecast word opens the clause like a target word: dropped', () => {
    expect(labels('全省粮食生产形势良好，预计粮食总产量达到3600万吨。')).toEqual(['粮食总产量']);
  });

  test('trade with a partner is a subject of its own; a count with only a verb counts what the count before counted', () => {
    expect(labels('出口额增长12%，其中对东盟出口增长25%。')).toEqual(['出口额', '对东盟出口']);
    expect(labels('在全市42个重点项目中，已开工36个。')).toEqual(['重点项目', '重点项目']);
  });

  test('总数 and 数量 alone join what they count; lengths named 住院日, 月数; 期间费用 is no time word; a rate names no agent', () => {
    expect(labels('规模以上工业企业新增215家，总数突破3000家。')[1]).toBe('规模以上工业企业新增总数');
    expect(labels('出院者平均住院日为8.1日。')).toEqual(['出院者平均住院日']);
    expect(labels('期间费用率9.2%。')).toEqual(['期间费用率']);
    expect(labels('城镇调查失业率为5.2%，改造老旧小区186个。')).toEqual(['城镇调查失业率', '改造老旧小区']);
    expect(labels('公司上市以来累计分红金额超过80亿元。')).toEqual(['公司累计分红金额']);
  });

  test('a second round of minimal pairs: 存贷比, bare 有, a purpose after the amount, a change after a clause without figures', () => {
    expect(labels('该行存贷比81.3%。')).toEqual(['该行存贷比']);
    expect(labels('全市有规上工业企业1800家。')).toEqual(['全市规上工业企业']);
    expect(labels('市财政安排资金3亿元用于老旧小区改造。')).toEqual(['市财政安排资金']);
    expect(labels('全市PPI环比持平，同比下降2.1%。')).toEqual(['全市PPI']);
    expect(labels('该县粮食总产量连续增长，增幅达4.1%。')).toEqual(['该县粮食总产量']);
    expect(labels('昨日该市最大降雨量达到128.5毫米。')).toEqual(['该市最大降雨量']);
    expect(labels('今年汛期全省平均降水量为520毫米。')).toEqual(['全省平均降水量']);
    expect(labels('今年新增的充电桩是去年的两倍。')).toEqual(['今年新增的充电桩']);
    expect(labels('全省城镇新增就业已完成年度目标的80%。')).toEqual(['全省城镇新增就业']);
    expect(labels('各地气温普遍下降5—7℃。')).toEqual(['各地气温']);
  });

  test('a label of marks alone is empty, and no share is made of it', () => {
    expect(labels('我市新能源汽车产量突破50万辆\n——同比增长42%，占全省四成\n')).toEqual(['我市新能源汽车产量', '', '']);
  });

  test('a quarter with its report after it; time words and 实质 inside a label are left out', () => {
    expect(read('台積電第三季營收年增36%。')).toEqual([['第三季', '', ''], ['36%', '台積電營收', 'XXXX-Q3']]);
    expect(read('香港首季本地生產總值按年實質上升3.1%。')[1]).toEqual(['3.1%', '香港本地生產總值', 'XXXX-Q1']);
    expect(labels('大立光上月合併營收年減8.7%。')).toEqual(['大立光合併營收']);
  });
});

describe('label and period: from an audit of sports, culture and housing pages (eleventh round)', () => {
  const labels = (text: string): string[] => read(text).map(([, label]) => label);

  test('an ordinal of time is a point in time: no label', () => {
    expect(read('外援第58分钟扳平比分。')).toEqual([['第58分钟', '', '']]);
    expect(labels('新片上映第三天票房破亿。')).toEqual(['', '票房']);
  });

  test('a position after a figure and a verb of sport are no noun of it', () => {
    expect(labels('他在25公里后出现抽筋。')).toEqual(['']);
    expect(labels('她以1米98夺冠。')).toEqual(['']);
    expect(labels('主队以3分优势重回积分榜首位。')).toEqual(['优势']);
  });

  test('a time word after the subject goes; a holiday before 假期 is a time phrase, a subject stays', () => {
    expect(labels('申花队本赛季战绩为15胜9平4负。')).toEqual(['申花队战绩', '申花队战绩', '申花队战绩']);
    expect(labels('全省图书馆假期接待读者超过300万人次。')).toEqual(['全省图书馆接待读者']);
    expect(labels('国庆假期全市接待游客120万人次。')).toEqual(['全市接待游客']);
  });

  test('a date that says which thing (于…的) leaves no preposition in the label, and is no period', () => {
    expect(read('一部首映于上世纪90年代的老片重映首日票房达1500万元。')[1]).toEqual(['1500万元', '老片重映首日票房', '']);
  });

  test('Hong Kong and Taiwan prose: 来 of coming to a place, connectives and forecasts, 将 before the object, seasonal adjustment', () => {
    expect(labels('今年來台旅客則增長15%。')).toEqual(['來台旅客']);
    expect(labels('今年来华留学生达8万人。')).toEqual(['来华留学生']);
    expect(labels('聯發科並將研發支出維持在1,200億元。')).toEqual(['聯發科研發支出']);
    expect(labels('預估可釋出資金約新臺幣2,000億元。')).toEqual(['釋出資金']);
    expect(labels('經季節性調整的失業率為3.2%。')).toEqual(['失業率']);
  });

  test('a share of the same period before, 的 left out: the subject, and the date is no period', () => {
    expect(read('入境旅客人次恢復至2019年同期約八成。')[1]).toEqual(['八成', '入境旅客人次', '']);
  });

  test('the level reached after a change measures what the change did', () => {
    expect(labels('小户型占比为52.1%，大户型占比提高1.8个百分点至10.6%。')).toEqual(['小户型占比', '大户型占比', '大户型占比']);
    expect(labels('全县GDP为300亿元，财政收入增长8%至21亿元。')).toEqual(['全县GDP', '财政收入', '财政收入']);
  });

  test('a range of a measure right before a noun narrows it', () => {
    expect(labels('60至90平方米户型占比为35.2%。')[1]).toBe('60至90平方米户型占比');
  });

  test('after a ；, an actor that opens the statement acts in its clauses that open with a verb', () => {
    expect(labels('全年演出票房收入12.4亿元；某剧团连开5场演唱会，吸引观众约2万人次。')[2]).toBe('某剧团吸引观众');
    // A statement after ； that opens with a verb, or with an indicator, names no actor: the sentence's stays.
    expect(labels('某银行支持企业500户，贷款余额80亿元；累计发放贷款310亿元，余额39亿元。')[2]).toBe('某银行累计发放贷款');
  });

  test('market prose: a term before 期, 合约, a quote after 报', () => {
    expect(labels('5年期国债收益率为1.55%。')[1]).toBe('5年期国债收益率');
    expect(labels('沪铜主力合约涨1.2%。')).toEqual(['沪铜主力合约']);
    expect(labels('螺纹钢期货收涨2.1%，报3420元/吨。')).toEqual(['螺纹钢期货', '螺纹钢期货']);
    expect(labels('两融余额报1.92万亿元。')).toEqual(['两融余额']);
    expect(labels('统计公报3.5万亿元。')).toEqual(['统计公报']);
  });

  test('policy prose: what is granted, not to whom; a cap of what was granted; 占地区生产总值 is a share', () => {
    expect(labels('对新落户的专精特新企业给予一次性奖励50万元。')).toEqual(['一次性奖励']);
    expect(labels('对年销售收入超过1亿元的企业给予奖励。')).toEqual(['年销售收入']);
    expect(labels('按照设备投资额的8%给予补助，最高不超过100万元。')).toEqual(['设备投资额', '补助']);
    expect(labels('数字经济增加值86亿元，占地区生产总值的31.2%。')).toEqual(['数字经济增加值', '数字经济增加值占比']);
    // 对 of trade with a partner and 对外 stay.
    expect(labels('其中对东盟进出口增长14.5%，对外投资12亿美元。')).toEqual(['对东盟进出口', '对外投资']);
  });

  test('thresholds, lengths named by an indicator, known indicators, the noun after a count', () => {
    expect(labels('对固定资产投资3亿元以上的新建项目给予奖励。')).toEqual(['固定资产投资']);
    expect(labels('对研发投入在300万元以上的企业给予补助。')).toEqual(['研发投入']);
    expect(labels('日最高气温突破40℃的天数为12天。')).toEqual(['日最高气温', '日最高气温突破40℃的天数']);
    expect(labels('该药物半衰期约8小时。')).toEqual(['该药物半衰期']);
    expect(labels('市第一医院、市妇幼保健院门诊量分别增长6.1%和4.3%。')).toEqual(['市第一医院门诊量', '市妇幼保健院门诊量']);
    expect(labels('本周有5只新股上市，全市新增3家上市公司。')).toEqual(['新股', '上市公司']);
  });

  test('a length right before 的 and the indicator of time that names it', () => {
    expect(labels('她以10秒95的成绩获得冠军。')).toEqual(['成绩']);
    expect(labels('经过3年的努力，产量翻番。')[0]).toBe('');
  });

  test('an average per one of them after a count is no noun of the count', () => {
    expect(labels('带动农户1200户户均增收3000元。')).toEqual(['带动农户', '户均增收']);
  });

  test('weekly and monthly moves of markets: 周涨, 月跌 are changes; 本周, 上月 at the head go', () => {
    expect(read('本周深成指周涨2.4%。')).toEqual([['2.4%', '深成指', '']]);
    expect(read('铜价月跌1.1%。')[0]).toEqual(['1.1%', '铜价', '']);
  });

  test('who speaks names nothing measured: 我们, and 力争 or 把 after it', () => {
    expect(labels('答：目前我们已储备招商项目210个。')).toEqual(['储备招商项目']);
    expect(labels('我们把办理时间压缩到3个工作日。')).toEqual(['办理时间']);
    // 我市, 我省 are places.
    expect(labels('我市储备招商项目210个。')).toEqual(['我市储备招商项目']);
  });

  test('from the stress test of these rules', () => {
    expect(labels('將軍澳人口約40萬人。')).toEqual(['將軍澳人口']);
    expect(read('该公司于2023年实现营收8亿元。')[1]).toEqual(['8亿元', '该公司营收', '2023']);
    expect(labels('出口增长9%，至9月末外汇储备达3.1万亿美元。').at(-1)).toBe('外汇储备');
    expect(labels('公司预计营收增长5%至8%。')).toEqual(['公司营收']);
    expect(labels('人均预期寿命达到80.6岁。')).toEqual(['人均预期寿命']);
  });

  test('plans and industry reports: 排放量, rows that open with a change, gaps after a rate, names with 比, 到 left by a date', () => {
    expect(read('全省二氧化碳排放量为12万吨。')).toEqual([['12万吨', '全省二氧化碳排放量', '']]);
    expect(labels('地区生产总值：增长5.8%。')).toEqual(['地区生产总值']);
    expect(labels('税收收入420亿元；工业增加值增长7.1%，高于全国1.3个百分点。')).toEqual(['税收收入', '工业增加值', '工业增加值']);
    expect(read('比亚迪10月零售销量为39.2万辆。')[1]).toEqual(['39.2万辆', '', 'XXXX-10']);
    expect(labels('1—10月，按照上年价格计算的电信业务总量增长9.3%。')).toEqual(['', '电信业务总量']);
    expect(labels('非化石能源消费比重到2025年、2030年分别达到20%和25%。')).toEqual(['', '', '非化石能源消费比重', '非化石能源消费比重']);
  });

  test('a length of time right before a rate measured over it is part of its name', () => {
    expect(labels('重点快递企业48小时妥投率为91.3%。')).toEqual(['', '重点快递企业48小时妥投率']);
  });

  test('a change of direction (由…上涨…转为下降…) measures the subject before 由 at both ends', () => {
    expect(labels('CPI环比由上月上涨0.2%转为下降0.1%。')).toEqual(['CPI', 'CPI']);
  });

  test('a count of visits sets a threshold of the noun after it, as an amount does', () => {
    expect(labels('年旅客吞吐量500万人次以上的机场28个。')).toEqual(['年旅客吞吐量', '机场']);
  });

  test('a verb that only says an amount of transport was reached goes', () => {
    expect(labels('民航完成旅客运输量5.2亿人次。')).toEqual(['民航旅客运输量']);
  });

  test('what those rules leave alone', () => {
    // A year of a scheme keeps what it measures; 到的 of a verb stays; two holidays before 假期 are one time phrase.
    expect(labels('新建项目第一年补贴50%。')).toEqual(['新建项目补贴', '补贴']);
    expect(labels('该站记录到的最大阵风风速为38米/秒。')).toEqual(['该站记录到的最大阵风风速']);
    expect(labels('国庆中秋假期全县接待游客86万人次。')).toEqual(['全县接待游客']);
    // A change noun that names its indicator stays in the label (and gives the direction).
    expect(read('该站最大降温幅度达14.5℃。')).toEqual([['14.5℃', '该站最大降温幅度', '']]);
    // 低于…的: a comparison, whose date is the figure's own.
    expect(read('2024年，全县出生率为7.1‰，低于2015年的11.3‰。').at(-1)).toEqual(['11.3‰', '全县出生率', '2015']);
  });

  test('a date in the base of a comparison, its subject between, is no period', () => {
    expect(read('10月3日，他的成绩比他今年6月创造的个人最好成绩提高了0.08秒。').at(-1)).toEqual(['0.08秒', '他的成绩', 'XXXX-10-03']);
  });
});

describe('words looked up at the end of a phrase (EndsWithWord)', () => {
  const list = ['同比增长', '增长', '达', '达到', '为', '约为', '人民币', '元人民币', '多'];
  const pattern = new AtEnd(words(list).source, 4);
  const lookup = endsWithWord(list);

  it('finds the longest word a text ends with, where the pattern finds it', () => {
    expect(lookup.exec('营业收入同比增长')).toMatchObject({ 0: '同比增长', index: 4 });
    expect(lookup.exec('总额达')).toMatchObject({ 0: '达', index: 2 });
    expect(lookup.exec('约为')).toMatchObject({ 0: '约为', index: 0 });
    expect(lookup.exec('增长率')).toBeNull();
    expect(lookup.exec('')).toBeNull();
  });

  it('finds what `(?:w1|w2|…)$` finds, for any text', () => {
    const alphabet = [...'同比增长达到为约人民币元多率了'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (cs) => {
        const text = cs.join('');
        const a = pattern.exec(text);
        const b = lookup.exec(text);
        expect(b && { word: b[0], index: b.index }).toEqual(a && { word: a[0], index: a.index });
      }),
      { numRuns: 2000 },
    );
  });
});
