/**
 * count: discrete things with their measure word, which is the unit.
 *   83个 · 3396户 · 5.4万余名 · 20万人次 · 6000余峰 · 三款 · 18岁至45岁
 */
import { grammar, piece, withMarker, words } from '../grammar/compose.js';
import { parseNumeral } from '../numbers/numeral.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { NUMERAL_TRIGGERS, addHalf, amountCandidate, amountGrammar, amountOrChange, moreAfterUnit, readAmount } from './amount.js';
import { notCounting, perDenominator } from './bare.js';
import { perUnit } from './perUnit.js';
import { type Exact, int } from '../numbers/exact.js';
import type { Candidate, Recognizer } from './types.js';

// The measure word must not begin a longer word: 3个月 is a duration, 5名义 nothing.
// 分 counts points (得32分, 以2分之差: a margin), not 分钟, 分之 of a fraction, 分期 … nor the 分 of money, which money.ts reads after 元.
// 号 counts people before 人 only (一百来号人, 三十几号人): elsewhere it numbers (95号汽油, 3号线).
// A measure word that begins a longer word is none: 台阶, 名单, 名称, 支撑, 组团, 单元, 期间, 股东, 十项全能.
const measureWord = piece(
  `(?! 台[阶湾账词] | 名[单称义额字录牌片誉] | 人[口民] | 位[数置于居列] | 支[撑持援付出柱] | 组[团织成建合] | 单[元位独据价] | 期[间限望盼待] | 项全能 | 股[东份权票价市民息本指]
       | 具[有体备] | 尊[重敬严] | 面[积向临对貌值额孔料粉条包前上下] | 封[闭锁面顶装存建] | 扇[形区] | 枝[节条] | 桌[面子椅] | 卷[烟入起土] | 幕[后墙] | 声[明音称誉势] | 句[号子式]
       | 顿[时] | 餐[饮厅具馆桌费] | 字[路架会绣形军样母号典幕体] | 章[程法节] | 段[落论位时] | 局[长面势部限] | 回[升落应复到归收顾来去报馈购访暖调流转] | 圈[子内外层定] | 遍[布及地历] | 步[伐入行骤道调]
       | 处[理置于罚长级室分在境方] | 勺[子] | 手[机术续段法艺工套表房车货资指脚动中里上下头] | 题[目材型库干记词名字] | 排[名行序放污水查队练版除列班期量] | 下[午旬面方游降跌滑调浮半周月年次属级列来去载乡岗达发单线设辖沉旬降子学]
       | 床[位单垫头上下铺品] | 球[队场员迷星鞋拍衣门网体类赛形面馆袜童王杆] )
     {{mw}} | 分 (?! [钟别为成配析布类管局行店期批散头红数段子母会贝] | 之 (?! 差 ) ) | 号 (?= 人 (?! [物民工流行员口气才力事手性体] ) )`,
  { mw: words(MEASURE_WORDS) },
);

/** A lone 二 before a word of class, or any numeral before 期 (a phase), followed by what it classes: 二类地区, 三期工程. */
// (And a phase of a trial, a class of a drug, in digits too: 三期临床, 3期临床试验, 1类创新药, 二类医疗器械.)
const CATEGORY = /^(?:二[类级等档]|[一二三四五六七八九十]+期)$/;
const CATEGORY_OF = /^(?:工程|项目|地区|区域|城市|人员|企业|资质|标准|医院|公路|水质|临床|创新|新药|药品|化药|疫苗|医疗|器械|致癌|传染)/;
const MEDICAL_CATEGORY = /^\d{1,2}[类期]$/;
const MEDICAL_CATEGORY_OF = /^(?:临床|创新|新药|药品|化药|疫苗|医疗|器械|致癌|传染)/;

/** Before a Chinese numeral, what makes it a day of the week or of a lunar month, not a count. */
const WEEKDAY_OR_LUNAR_DAY = /(?:周|星期|礼拜|正月|腊月|冬月)[一二三四五六七八九十廿初]*$/;

/** A class written with a Chinese numeral: 二类, 三级, 四档. */
const CLASS_ITEM = /^[一二三四五六七八九十]+[类级等档]$/;

/** What follows an edition written without 第: the body or event it numbers (十四届全国人大, 二十届中央委员会, 九届省委). */
const EDITION_OF = /^(?:[全中省市区县人政委党大运世奥亚冬夏国]|[一二三四五六七八九十]+(?:中全会|次(?:全会|会议|全体会议|大会)))/;
/** A session of an edition: 十四届全国人大三次会议 (the third session), 二十届三中全会 is a name of its own. */
const SESSION = /^(?:会议|全会|全体会议|大会)/;

function isEdition(unit: string, text: string, start: number, end: number): boolean {
  if (unit === '届') return EDITION_OF.test(text.slice(end, end + 6));
  return unit === '次' && SESSION.test(text.slice(end, end + 4)) && /届[^，,。；;、\n]{0,8}$/.test(text.slice(Math.max(0, start - 12), start));
}

export const count: Recognizer = {
  name: 'count',
  triggers: NUMERAL_TRIGGERS,
  // 3.2万人次/小时: what the count is per stays in text and unit_text.
  // 三岁半: half a year more, after an age; 两个半苹果: half of one more.
  grammar: amountGrammar(measureWord, `(?: (?<= 岁 ) (?: (?<half> 半 ) (?! 天 | 年 | 月 | 小时 ) | (?<more> {{moreAfterUnit}} ) ) | (?<= 个 ) (?<halfOfOne> 半 ) (?! 天 | 年 | 月 | 小时 | 钟头 | 星期 | 世纪 | 季度 | 工作日 | 百分点 | 基点 | [\\u4e00-\\u9fff]? 的 ) )? (?: (?<per> {{perUnit}} ) )?`, { perUnit, moreAfterUnit }),
  extract(m, ctx) {
    const a = readAmount(m.groups);
    const half = m.groups.half ?? m.groups.halfOfOne;
    // 一岁半, 一个半 count (一 before a measure word is otherwise an article).
    if (!a || (half === undefined && notCounting(a.low, m.groups.low!, ctx.text, m.start))) return null;
    // After 第 a numeral is a rank: 第二人民医院 is no count of people.
    if (ctx.text.charCodeAt(m.start - 1) === 0x7b2c) return null;
    // 本周六起, 星期三起: a day of the week, then 起 (from) or 回 (back); 腊月二十六回家, 正月十五起: a day of a lunar month.
    // (Read from inside the numeral too: 十六回 of 腊月二十六回; 每周三次 is three times a week.)
    if (a.low.script === 'chinese' && (m.groups.unit === '起' || m.groups.unit === '回') && WEEKDAY_OR_LUNAR_DAY.test(ctx.text.slice(Math.max(0, m.start - 6), m.start))) return null;
    // 二类地区, 二级, 三期工程: a class or a phase names a category (Chinese counts two with 两: 两类), no number of things.
    if (CATEGORY.test(m.text) && CATEGORY_OF.test(ctx.text.slice(m.end, m.end + 2))) return null;
    if (MEDICAL_CATEGORY.test(m.text) && MEDICAL_CATEGORY_OF.test(ctx.text.slice(m.end, m.end + 2))) return null;
    // 一类、二类、三类地区: a list of classes names categories, each item as 二类 does.
    if (CLASS_ITEM.test(m.text) && (/[类级等档]、$/.test(ctx.text.slice(m.start - 2, m.start)) || /^、[一二三四五六七八九十]+[类级等档]/.test(ctx.text.slice(m.end, m.end + 4)))) return null;
    // 首套…，二套降至25%: the second home (two homes are 两套).
    if (m.text === '二套') return null;
    // 二次消费, 二次开发: second-time, no count (two times are 两次).
    if (m.text === '二次' && /^[\u4e00-\u9fff]/.test(ctx.text.slice(m.end, m.end + 1)) && !/^(?:会议|全会|全体会议|大会)/.test(ctx.text.slice(m.end, m.end + 4))) return null;
    if (perDenominator(ctx.text, m.start) && !a.high) return null;
    // 跳绳185下, 敲了三下: 下 counts strokes after digits, or a Chinese numeral after 了 (两下子, 四下无人, 初三下学期 are none).
    if (m.groups.unit === '下' && a.low.script !== 'arabic' && ctx.text.charCodeAt(m.start - 1) !== 0x4e86) return null;
    // Cores of a processor (64核) after digits only: 一核两翼 is a slogan.
    if (m.groups.unit === '核' && a.low.script !== 'arabic') return null;
    // Rings of a shooting score (245.6环) after digits only, and not a ring road (三环, 4环路, 5环内).
    if (m.groups.unit === '环' && (a.low.script !== 'arabic' || /^[路内外线以]/.test(ctx.text.slice(m.end, m.end + 1)))) return null;
    // 标准普尔500种股票指数, 道琼斯30种工业股票平均价格指数: the name of an index.
    if (m.groups.unit === '种' && /^(?:股票|工业股票)[\u4e00-\u9fff]{0,6}指数/.test(ctx.text.slice(m.end, m.end + 12))) return null;
    // Board lots (356万手) after digits only: 二手, 一手, 高手 are words.
    if (m.groups.unit === '手' && a.low.script !== 'arabic') return null;
    // 2025款唐DM-i: a model year names a model, no count of kinds.
    if (m.groups.unit === '款' && /^(?:19|20)\d\d$/.test(m.groups.low!)) return null;
    // Points (得32分) after digits only: 十分 is an adverb.
    if (m.groups.unit === '分' && a.low.script !== 'arabic' && !ctx.text.startsWith('之差', m.end)) return null;
    // 10时30分, 9点30分: minutes of a time of day, no points.
    if (m.groups.unit === '分' && /[时点]$/.test(ctx.text.slice(m.start - 1, m.start))) return null;
    // 3岁多: a little older.
    if (m.groups.more !== undefined) a.approx = 'over';
    // 十四届全国人大三次会议, 二十届中央委员会: an edition written without 第 (连任两届 counts terms).
    if (isEdition(m.groups.unit!, ctx.text, m.start, m.end) && !a.high && !a.approx) {
      const c = amountCandidate(m, a, 'ordinal', m.groups.unit!, m.groups.unit!, null);
      return { ...c, number: c.value as Exact, multiplier: int(1) };
    }
    if (half !== undefined && (a.low.decimal || !addHalf(a))) return null;
    return amountOrChange(m, a, ctx.text, 'count', m.groups.unit!, m.groups.unit! + (m.groups.per ?? ''), null);
  },
};

/**
 * A team's or a country's record written as counts without measure words
 * of their own: 22胜5平3负, 3胜1负, 13胜10平, 22勝5敗, 38金27银19铜 — one count each, its word the
 * unit. Alone, 胜/平/负 and 金/银/铜 are words (胜负, 负3.9%, 金价), so only
 * the whole record is read.
 */
const recordNumber = piece(`\\d{1,3} | [一二两三四五六七八九十]{1,3}`);
const RECORD_PART = /(\d{1,3}|[一二两三四五六七八九十]{1,3})([胜平负败金银铜])/g;
export const sportsRecord: Recognizer = {
  name: 'sports record',
  triggers: NUMERAL_TRIGGERS,
  grammar: withMarker(
    grammar(
      `(?: {{n}} 胜 (?: {{n}} 平 (?: {{n}} [负败] )? | {{n}} [负败] ) | {{n}} 金 (?: 牌 )? {{n}} 银 (?: 牌 )? (?: {{n}} 铜 (?: 牌 )? )? ) (?! [\\u4e00-\\u9fff] (?<= 价 | 额 | 融 | 属 | 币 | 条 | 矿 | 行 | 器 ) )`,
      { n: recordNumber },
    ),
    recordNumber,
    piece(`[胜金]`),
  ),
  extract(m) {
    const out: Candidate[] = [];
    RECORD_PART.lastIndex = 0;
    for (let p = RECORD_PART.exec(m.text); p; p = RECORD_PART.exec(m.text)) {
      const n = parseNumeral(p[1]!);
      if (!n) return null;
      const start = m.start + p.index;
      out.push({ start, end: start + p[0].length, kind: 'count', value: n.value, valueMax: null, unit: p[2]!, unitText: p[2]!, number: n.value, multiplier: int(1), approx: '', change: '' });
    }
    return out;
  },
};
