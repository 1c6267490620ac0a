/**
 * The patterns of src/labels, composed from the word tables (longest first).
 * Each is anchored: `^` for what is read from the start of a phrase, `$` for
 * what is read back from the figure.
 */
import { piece, words } from '../grammar/compose.js';
import { CHANGE_BEFORE, NOT_CHANGE } from '../lexicon/changeWords.js';
import { CURRENCIES } from '../lexicon/currencies.js';
import {
  ATTRIBUTE_NOUNS,
  BEFORE_FIGURE,
  BENEFACTIVE_VERBS,
  CONNECTIVES,
  EVENT_VERBS,
  INDICATOR_HEADS,
  LOCALIZERS,
  NOUN_JOINERS,
  MILESTONES,
  PREDICATE_OPENERS,
  RANK_VERBS,
  TIME_WORDS,
  HEAD_TIME_WORDS,
  VERBS,
} from '../lexicon/labelWords.js';
import { APPROX_AFTER, APPROX_BEFORE, FALSE_BEFORE, LINKING_WORDS } from '../lexicon/qualifiers.js';

const alt = (list: Iterable<string>): string => words(list).source;

/**
 * A pattern anchored with `$` that matches at most `reach` characters,
 * searched only over the last `reach` characters of a text: V8 tries a `$`
 * pattern at every position of the text otherwise. Finds what `/…$/` finds.
 */
export class AtEnd {
  private readonly re: RegExp;

  constructor(
    source: string,
    private readonly reach: number,
  ) {
    this.re = new RegExp(`(?:${source})$`, 'g');
  }

  exec(text: string): RegExpExecArray | null {
    this.re.lastIndex = Math.max(0, text.length - this.reach);
    return this.re.exec(text);
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/**
 * `(?:w1|w2|…)$` for a list of words: finds what that pattern finds (the
 * longest word the text ends with), by looking the text's last characters up
 * in a set. Most texts end in no word's last character and cost one table
 * lookup; the pattern, a long alternation, was tried at each of the last
 * positions.
 */
export class EndsWithWord {
  private readonly words: ReadonlySet<string>;
  /** The words' lengths, longest first. */
  private readonly lengths: readonly number[];
  /** By char code: 1 where some word ends with the character. */
  private readonly last = new Uint8Array(0x10000);

  /** `protect`: an end of a phrase no word may be cut from (`户均增收`: per household, an indicator). */
  constructor(
    list: readonly string[],
    private readonly protect?: RegExp,
  ) {
    this.words = new Set(list.filter((w) => w !== ''));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
    for (const w of this.words) this.last[w.charCodeAt(w.length - 1)] = 1;
  }

  exec(text: string): RegExpExecArray | null {
    const n = text.length;
    if (n === 0 || this.last[text.charCodeAt(n - 1)] === 0) return null;
    for (const length of this.lengths) {
      if (length > n) continue;
      const word = text.slice(n - length);
      if (!this.words.has(word)) continue;
      if (this.protect) {
        const kept = this.protect.exec(text);
        if (kept && kept.index < n - length) return null;
      }
      const m = [word] as unknown as RegExpExecArray;
      m.index = n - length;
      m.input = text;
      return m;
    }
    return null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** `(?:w1|w2|…)$`, looked up (see EndsWithWord). */
export const endsWithWord = (list: readonly string[]): EndsWithWord => new EndsWithWord(list);

/** What ends a clause: `，；。：！？`, their ASCII forms, a line break, a blank. */
export const BOUNDARY = /[，,；;。：:！？!?…\n\s]/;
export const OPEN = /[（(]/;
export const CLOSE = /[）)]/;

const TIME = alt(TIME_WORDS);
const CHANGES = Object.keys(CHANGE_BEFORE);
const LONG_CHANGES = CHANGES.filter((w) => w.length > 1);
const SHORT_CHANGES = CHANGES.filter((w) => w.length === 1).join('');

/** What 来 of coming to a place is followed by: 来台, 来华, 来京, 来访. */
const COME_TO = piece(`[台华京沪港澳穗深渝津琼访宾]`);

// 截至目前 · 今年以来 · 去年末 · 近年来
// (今年来台旅客, 今年来华游客: 来 of coming to a place is no 以来.)
const timePhrase = piece(`(?: 截至 | 截止到 | 截止 | 到 | 自 | 从 | 在 | 于 )? {{time}} (?: 末 | 底 | 初 | 以来 | 来 (?! {{comeTo}} ) | 期间 )?`, {
  comeTo: COME_TO,
  time: words([...TIME_WORDS, ...HEAD_TIME_WORDS]),
});
// 建成后 · 暑运期间 · 国庆假期
// (改革开放以来全市GDP…: a span since an event named alone, at the head — not 公司上市以来, whose subject stays.)
// (假期 after a holiday's name only: 全国博物馆假期接待观众 keeps its subject, the 假期 inside goes: TIME_AFTER_SUBJECT.)
const occasion = piece(`(?: 建成 | 投产 | 达产 | 完工 | 运营 | 实施 ) 后 | [^\\s，,、]{0,6}? (?: 期间 (?! 费用 ) | 前夕 | 当天 | 当日 ) (?=.{2})
  | (?: 国庆 | 春节 | 新春 | 五一 | 劳动节 | 清明 | 端午 | 中秋 | 元旦 | 暑 | 寒 | 节日 | 黄金周 | 小长 | 长 | 双节 | 节 | 、 ){0,4} 假期 (?=.{2}) | (?: 改革开放 | 新中国成立 | 建国 | 建党 | 建市 | 建县 | 建区 ) 以来 (?=.{2})`);
// 超过全国规模以上工业增加值同比增长6.2%: the benchmark, with its own indicator after it
const benchmarkHead = piece(`(?: 超过 | 高于 | 低于 | 快于 | 慢于 | 好于 | 领先 ) (?=.{4})`);
// What a date figure leaves at the head of its clause: 2021年以来 · 2024年的 · 截至6月末
// What is left at the head after a figure before it: 以来, 的 · 以上, 左右 (5年以上首套房利率 → 首套房利率) · 级 (5万吨级泊位).
// (末期股息, 来源: words of their own.)
const dateRest = piece(`以来 | 年底 | 年末 | 年初 | 末 (?! 期 ) | 底 | 初 (?! 中 | 级 | 步 | 心 | 次 | 始 ) | 来 (?! 源 | 自 | {{comeTo}} ) | 期间 (?! 费用 ) | 同期 | 之后 | 以后 | 前后 | 截至 | 截止 | 至 (?! 今 | 少 | 多 | 于 | 关 | 此 | 上 | 尊 | 善 | 诚 | 高 ) | 到 (?! 位 | 期 | 达 | 账 | 岗 | 会 | 访 | 场 | 店 | 港 | 岸 | 家 | 户 | 村 | 校 ) | 按 (?! 揭 | 时 | 期 | 摩 | 钮 | 键 | 月 | 年 | 季 | 日 ) | 内 (?! 蒙 | 地 | 部 | 容 | 需 | 河 | 江 | 陆 | 科 | 外 | 资 | 销 | 存 | 设 | 核 | 循 | 阁 | 衣 | 涵 | 网 | 燃 ) | 以上 | 以下 | 以内 | 之内 | 左右 | 级 | 由 (?! 于 | 此 ) | 从 (?! 业 | 事 | 而 ) | 的 | 是 | 则 | [”’、\\s]`, { comeTo: COME_TO });

/** 对 at the head as a policy's preposition (对新认定的企业…), not a word of its own (对外, 对口, 对象, 对于…). */
export const POLICY_DUI = /^对(?![外口象接比话称应于等手方抗冲])/;

/** A time adverbial or a connective at the head of a clause: `截至目前` · `今年以来` · `其中` · `以来`. */
export const LEADING = new RegExp(
  `^(?:${piece(`{{benchmarkHead}} | {{timePhrase}} | {{connective}} | {{occasion}} | {{dateRest}}`, {
    benchmarkHead,
    timePhrase,
    connective: words(CONNECTIVES),
    occasion,
    dateRest,
  }).source})`,
);

/** A time adverbial anywhere at the head of a clause (for periods: `目前` ends a date's reach). */
export const OPENS_WITH_TIME = new RegExp(`^(?:${alt(CONNECTIVES)}|[“"‘\\s])*(?:截至|截止|到)?(?:${TIME})`);

/**
 * One-character predicate openers, each with the contexts where it is part
 * of a noun instead (`国有`, `现在`, `意向`, `公共`, `自治区`).
 */
const SINGLE_OPENERS = [
  '(?<![而])已(?!知)', '将(?!军|领)', '(?<![人户亩村年日月场平])均(?!价|值|衡)', '都(?!市|会|城)', '(?<![存所现实正自内外])在(?!建|线|职|校|岗|保|途|库|手|地)',
  '(?<![作认成行因称以广])为(?!主|期|止)', '(?<![面方导趋意偏志动])向(?!导)', '(?<![针面相反绝核应])对(?!外|象|于|接|比|话|应|称)',
  '(?<![参给授])与(?!会)', '(?<![服])从(?!事|业)', '(?<![自理缘])由(?!于|此)', '(?<![可所加予难得足])以(?!上|下|内|外|来|后|前|往|及|便)',
  '被(?!告|子|执行人|保险人|害人|担保人|申请人|许可人)', '(?<![模比])拟(?!定|订|人|稿|态|声|建)', '(?<![赶高])超(?!市|级|声|导|高|低|大|小|长|短|薄|强|前|越|额|常|算|清|跑|车|人|星|值|重|载|标|过|出|员|期|龄|生|量|速|限|预)', '(?<![许认])可(?!能|再生|行|靠|持续|比|视|控|信|用|观|及)', '(?<![一])再(?!生|次|贷)', '又', '仍', '(?<![归偿退])还(?!款|贷|本|原|林|草|湖|田|湿)', '也', '(?<![公总中])共(?!同|享|建(?!成|设)|识|青|产|计|有|性)',
  '(?<![各亲独来])自(?!治|贸|主|身|然|动|由|己|营|有|行|律)', '(?<![于但总还就而只可要若倒像正即])是',
].join('|');

/** At the head of a clause only: a comparison (`较去年同期增长`). */
const HEAD_ONLY = '较(?!大|好|高|低|快|多|少|为)|比(?!重|例|率|赛|亚迪|利时|特币|萨|基尼|如)|按|据(?!悉|统计|了解)|经(?!济|营|费|验|理|销|贸|开|信)';

/** A relative time word after a subject (`该园区去年…`), and the same with a predicate after it (`该园区去年引进…`). */
export const TIME_AFTER_SUBJECT = /(?<=.{2})(?:今年以来|近年来|多年来|上市以来|成立以来|建成以来|投产以来|开业以来|本赛季|上赛季|新赛季|假期|今年|去年|上年末|上年|本年|全年|年内|目前|当前|如今|现在|今日|今天|昨日|昨天|上个月|上月|本月|上季度|本季度|上周|本周|周[一二三四五六日]|星期[一二三四五六日天]|年末|年底|年初|当地时间|北京时间|美东时间|每年|每月|每季度)/;
export const TIME_INSIDE = new RegExp(`${TIME_AFTER_SUBJECT.source}(?=.{2})`);

/** Words that begin a predicate, at the head of a clause. */
export const OPENER = new RegExp(`^(?:${alt(PREDICATE_OPENERS)}|${SINGLE_OPENERS}|${HEAD_ONLY})`);
export const VERB = new RegExp(`^(?:${alt(VERBS)})`);
export const ENDS_WITH_VERB = endsWithWord(VERBS);
export const VERBS_ANYWHERE = new RegExp(alt(VERBS), 'g');
/** A predicate opener or verb anywhere (for where a subject or a counted noun ends). */
// (Not nouns that begin with a verb: 工业增加值, 增长率, 新的增长点.)
export const PREDICATE_INSIDE = new RegExp(`(?!增加值|增加额|增长率|增长点|增长极|增长速度|可支配)(?:${alt([...PREDICATE_OPENERS, ...VERBS])}|${SINGLE_OPENERS})`, 'g');

/** Adverbs we take off the head of a subjectless clause (`已累计接入` → `累计接入`; 累计 stays). */
export const ADVERBS = /^(?:已经|已|将|还将|还|也|均|都|共|可|先后|相继|正在|再|又|仍|分别|成功|积极|不断|持续|进一步|首次|共有|现有|拥有|有|依法|紧急|集中|及时|妥善)/;

/**
 * Verbs that only say a figure was reached (`实现营业收入`, `共完成造林面积`):
 * before the name of an amount they are left out of the label.
 */
export const DUMMY_VERB = new RegExp(`(?:共|累计|已|已经|全年|合计)?(?:实现|完成|取得|录得)(?=.*(?:${alt(INDICATOR_HEADS)})$)`);

/**
 * What stands between an indicator and its figure: qualifiers (`约`, `超过`),
 * linking verbs (`达`, `为`), change words (`同比增长`), adverbs (`分别`, `共`).
 */
const TRAILING_WORDS = new EndsWithWord(
  [
    ...Object.keys(APPROX_BEFORE),
    // a currency named before the amount (营收为新台币1286.5亿元)
    ...Object.keys(CURRENCIES).filter((w) => w.length > 1),
    ...LINKING_WORDS,
    ...LONG_CHANGES,
    ...CHANGES.flatMap((w) => [`${w}至`, `${w}到`]),
    ...BEFORE_FIGURE,
    // a bound said with a comparison right before the figure (重症率低于0.5%)
    '低于', '高于', '少于', '多于',
    // a level returned to or stood on (总市值重回千亿元, 股指站上3000点)
    '重回', '重返', '站上', '回到',
    // a close (道指收于44765.71点): what the figure before measured
    '收于', '收报', '报收', '收在',
    // a quote (焦煤期货…，报1185元/吨; 融资余额报1.85万亿元) — not the 报 of 年报, 公报…: see TRAILING
    '报',
  ],
  // 户均增收3000元, 村均72.2万元, 全县人均增收: an average per household, village, person is the indicator (not 均 "all" and a change).
  // (户均约51.7万元: 约 is still a qualifier.)
  // (播放量: views, no 放量.)
  /[人户村亩场日]均(?:增收|增长|增加|收入|产|(?![约近超逾达])[\u4e00-\u9fff]{0,2})$|播放量$/,
);
/** TRAILING_WORDS, but never the qualifier of a word that only ends like one (主力合约, 签约: no 约 to take off). */
export const TRAILING = {
  exec(text: string): RegExpExecArray | null {
    if (FALSE_QUALIFIER_END.test(text) || NOT_CHANGE_END.test(text)) return null;
    const m = TRAILING_WORDS.exec(text);
    return m && m[0] === '报' && REPORT_NOUN_END.test(text) ? null : m;
  },
};
// Anchored at the end and searched over the last characters only (AtEnd): TRAILING runs on every label, again and again.
/** Words that end like a qualifier and are none (签约, 合约): see lexicon/qualifiers.ts. */
const FALSE_QUALIFIER_END = new AtEnd(FALSE_BEFORE.source, 2);
/** Words that end like a change word and are none (排放量, 播放量): nothing to take off. */
const NOT_CHANGE_END = new AtEnd(alt(NOT_CHANGE.filter((w) => w.endsWith('量'))), 3);
/** Nouns that end in 报 (年报, 公报, 快报…): no quote to take off. */
const REPORT_NOUN_END = new AtEnd('[年季月周日快公情海申预通举汇电画捷简学晚早警喜]报', 2);

/** A comparison before a change word: `较去年同期` · `比上年` · `较基准利率低`. */
// 高出收入增速 before a gap: the benchmark, not what the gap measures.
// (Nor a ratio that is itself the indicator: 抚养比, 性别比, 配比 — but 收入比上年 is a comparison.)
export const COMPARISON = new AtEnd(`(?<![占对评好无类相分环同贷债养别配])(?:较|比|高出)(?![重例率值较赛])[^较比]{0,12}?[${SHORT_CHANGES}]?`, 14);

/** A figure that is only the object of a preposition: `从四个方面`. */
export const PREPOSITION_END = endsWithWord(['从', '向', '按', '经', '对', '就']);

/** A share: `占全省总量的` · `占总投资的` (and not 占据, 占有). */
// (占地 of land taken — not 占地区生产总值, a share of the region's GDP.)
export const SHARE = /占(?![据有领用]|地(?!区))[^占]*?的?$/;
export const SHARE_WORD = endsWithWord(['占比', '比重', '比例']);

/** A benchmark: `不低于全年预算的` — the subject is before it. */
export const BENCHMARK = /(?:不低于|不少于|不高于|不超过|相当于|高于|低于)[^，]*的$/;

/** The head of an indicator at the end of a noun phrase (`贷款余额`). */
export const INDICATOR_TAIL = endsWithWord(INDICATOR_HEADS);
/** Words that name an attribute of something else (`增速`, `余额`): `ATTRIBUTE.has(phrase)` when it is one and nothing more. */
export const ATTRIBUTE: ReadonlySet<string> = new Set(ATTRIBUTE_NOUNS);
/** A phrase that is an indicator's head and nothing more (`市值`, `贷款余额`). */
export const INDICATOR_ONLY = new RegExp(`^(?:${alt(INDICATOR_HEADS)})+$`);
export const MILESTONE = new RegExp(`^(?:${alt(MILESTONES)})`);

/** After a count: its qualifier (`以上`), then `的`. */
export const COUNT_LEAD = new RegExp(`^(?:(?:及|或)(?=以上|以下))?(?:${alt(Object.keys(APPROX_AFTER))})?(?:级|的)?`);
export const JOINER = new RegExp(`^(?:${alt(NOUN_JOINERS)})`);
export const LOCALIZER_END = endsWithWord(LOCALIZERS);
export const BENEFACTIVE = new RegExp(`^为[^为]*?(?=${alt(BENEFACTIVE_VERBS)})`);
export const RANK = new AtEnd(`(?:${alt(RANK_VERBS)})[^，]{0,8}`, Math.max(...RANK_VERBS.map((w) => w.length)) + 8);
export const RANK_VERB = new RegExp(`^(?:${alt(RANK_VERBS)})`);
export const EVENT_END = endsWithWord(EVENT_VERBS);
export const EVENT_VERB_AT = new RegExp(`^(?:${alt(EVENT_VERBS)})`);

/** A relative clause before a counted noun: `具有示范意义的`, `涉及…等`. */
export const RELATIVE = /^(?:具有|涉及|涵盖|来自|包括|覆盖|属于)/;

/** What a counted noun cannot start with: a preposition, a motion verb (`3次赴京`), a change (`增至`). */
// 之间, 不等 after a range (`在1350万至1380万吨之间`, `1900元至2690元不等`) close it; they name nothing.
// (And conjunctions, negations and verbs of reckoning that go on after an amount: 且不超过…, 并转增, 但低于, 不变, 测算, 计算, 扣除, 来说, 用于.)
// (30公里后出现抽筋, 3天内完成: a position after the figure, no noun.)
// (带动脱贫户4860户户均增收2600元: an average per one of them starts what follows, no noun of the count.)
export const NOT_A_NOUN = new RegExp(`^(?:[人户村亩场日]均|之间|之差|不等|以后|之后|以前|之前|以内|之内|后(?![勤备续期方台])|前(?![期沿景列台端])|内(?![地资部需容燃蒙])|到|去|来|在|向|从|给|对|把|被(?!执行人|保险人|害人|告人)|让|使|于|由|经|跟|和|与|及|且|并(?!购|网|表)|但|而|或|不(?!良|动产|锈钢)|未|没|仍|(?:测|计|核|估|推|换|折)算(?!机|器|中心|方法|公式|能力)|扣除|来说|而言|用于|建设(?!资金|用地|规模)|${alt(LONG_CHANGES)}|[增降减升涨跌提](?:至|到|了|为))`);

/** A clause of time (`自首届博览会举办以来`, `会议期间`): it has no subject for what follows. */
export const TIME_CLAUSE = endsWithWord(['以来', '期间', '之际', '之初', '之时', '时', '以后', '之后', '前夕', '当天', '当日']);

/** Labels that say nothing (and the empty label). */
export const EMPTY_LABEL: ReadonlySet<string> = new Set(['', '我们', '我们的', '他们', '它们', '我', '其', '该', '这', '此', '这些', '那些', '各', '每', '本', '总', '全', '共', '其他', '其它', '等', '这一数字', '这一数据', '这一水平', '这一比例', '该数字', '此数']);
