/**
 * `label`: what a figure measures, cut from its own clause (see README,
 * "Labels and periods"). One sentence at a time, figures in order, because a
 * figure may take its label from the one before it (a change takes the label
 * of the level it changes) and a clause without a subject takes the subject
 * of the sentence.
 */
import type { Candidate } from '../recognizers/types.js';
import { charTest, isSemicolon } from '../text/charClass.js';
import type { Span } from '../text/sentences.js';
import type { Change, Kind } from '../types.js';
import { type Clause, type Holes, Punctuation } from './clause.js';
import { objectAfterVerb, objectOf, onlyVerbs, opensWithPredicate, predicateAt, subjectOf, withoutAdverbs } from './noun.js';
import {
  ATTRIBUTE,
  AtEnd,
  BENCHMARK,
  BENEFACTIVE,
  BOUNDARY,
  DUMMY_VERB,
  ENDS_WITH_VERB,
  INDICATOR_TAIL,
  LEADING,
  LOCALIZER_END,
  OPEN,
  PREPOSITION_END,
  SHARE,
  SHARE_WORD,
  TIME_INSIDE,
  TRAILING,
  VERB,
} from './patterns.js';
import { Phrase } from './phrase.js';
import { byKind } from './kinds.js';
import { indicator, indicatorTail, tidy } from './rules.js';

/** Words, not marks alone (`——`). */
const HAS_LETTER = /[\u3400-\u9fffA-Za-z]/;
/** `（` or `(`, as a test on a character code. */
const isOpen = charTest(OPEN);
/** A clause that is only a preposition of benefit before a count: `为2000家…`. */
const FOR_WHOM: ReadonlySet<string> = new Set(['为', '向', '给', '对']);
/** Verbs of having between a subject and what it has. */
// (有 alone after a place: 全市有规上工业企业, 全港有安老院舍.)
const HAVING = /(?:共有|现有|拥有|已有|尚有|共拥有|(?<=[市省县区港国镇乡村州])有(?![效关限利益机线]))(?=.{2})/;
/** After a figure, the words that make it a threshold of the noun that follows (亿元以上项目). */
const THRESHOLD = /^(?:及以上|以上|以下)(?=[\u4e00-\u9fff]{2})/;
/** A subject that is a rate or a share: no agent of a verb after it. */
const RATE_SUBJECT = /(?:率|比重|占比|比例|指数|价格)$/;
/** Trade or investment with a partner, opened by its preposition (对东盟出口, 向欧盟出口, 自美国进口). */
const PARTNER_INDICATOR = /^(?:对|向|自|从)[^，,的]{1,10}(?:出口|进口|进出口|贸易|贸易额|出口额|进口额|投资|直接投资)$/;
/** A rank verb opening the words after a run of years (连续16年位居全球第一). */
const RANK_AT_HEAD = /^(?:位居|跃居|位列|居于|居|排名|排在|稳居|保持)/;
/** After an age, the people it narrows: 岁人口, 岁老年人 (not a clause of its own). */
const AGE_NOUN = /^的?[\u4e00-\u9fff]{2,}/;
/** After a figure, 的 and a short noun right before the next figure: 超过1亿元的企业186家. */
const THRESHOLD_DE = /^的[\u4e00-\u9fff]{1,6}$/;
/** Before that figure, the words that make it a threshold. */
export const THRESHOLD_WORD_END = /(?:超过|超|逾|以上|不少于|不低于|高于|低于|不足|不到|达到|突破|跌破|在)$/;
/** A clause that only says who reports: a news lead, or a person speaking (an organisation that speaks may be the subject: 公司表示). */
const REPORTING = /本报讯|记者|(?:长|主任|书记|负责人|经理|CEO|总裁|董事长|专家|主席|人士|教授|研究员|分析师|发言人)[^，、]{0,4}(?:表示|介绍|指出|透露|强调|称|说)$/;
/** A comparison with a benchmark at the head of a clause: 高于全国平均水平, 快于经济增长, 低于全国. */
const GAP_TO_BENCHMARK = /^(?:高于|低于|快于|慢于|好于|优于|高出|领先|超出)/;
/** A rate compared with a benchmark: 增速高于全市平均水平 (the gap is the rate's, not the benchmark's). */
const RATE_GAP = /^(?:增速|增幅|涨幅|降幅|比重|占比)(?:高于|低于|快于|慢于|高出|超出)/;
/** `是全市平均水平的`: a multiple or a share of a benchmark. */
const TIMES_OF = /^是[^，,]{2,}的$/;
/** The words after a length of time: a rate measured over it (72小时妥投率为). */
const RATE_OVER_TIME = /^[\u4e00-\u9fff]{1,6}率(?:为|达到|达|是|约为|约)?$/;
/** After a range of a measure, a noun it classes (户型, 住房, 户型占比…): not a verb, a link or a particle. */
const RANGE_CLASS_NOUN = /^(?![为是的达占有在约和与及或、，])[\u4e00-\u9fff]{2}/;
/** `客流量恢复至2019年同期的105%`, `相当于…的`: a share of a benchmark, said of the subject before it. */
// (And a multiple or share of a benchmark after 是, or of a plan after 完成: 新增的充电桩是去年的两倍, 城镇新增就业已完成年度目标的80%.)
// (全市平均降水量仅为常年同期的四成, 在手订单约为上年营业收入的2.5倍.)
// (恢復至2018年同期約七成, 达到2019年同期水平的1.2倍: the 的 left out after 同期, or a 水平 named.)
const SHARE_OF_BENCHMARK = /^(?<subject>[^，,]{2,}?)(?:恢复至|恢复到|相当于|是|达到|(?:已经|已)?完成|(?:仅|约|只)为|只有|仅有)(?:[^，,]{2,}的|[^，,]*(?:同期|同月|水平))$/;
/**
 * The same with no subject in the clause — `旅客吞吐量20.3万人次，恢复至2019年同期的126%`,
 * and the share of a plan reached, `完成预算的101.3%`: what the figure before measured.
 */
const SHARE_OF_BENCHMARK_ALONE = /^(?:恢复至|恢复到|相当于|完成|达到|(?:约|仅|只)?为|只有|仅有)(?:[^，,]{2,}的|[^，,]*(?:同期|同月|水平))$/;
/** What a benchmark's words hold: 的, or a same period named (恢复至同期约七成). */
const BENCHMARK_MARK = /的|同期|同月|水平/;
/** A scope at the head of a subject: 该县, 全市, 本省. */
const SCOPE_HEAD = /^(?:该|全|本)[市省县区镇乡村州]/;
/** Words that say what a figure is meant to be, not what it measures (`目标是…`). */
// (And a conversion of the figure before: 折合约12.3万公顷, 约合1.7万美元, 相当于….)
const META: ReadonlySet<string> = new Set(['目标', '任务', '计划', '预计', '预期', '力争', '有望', '可望', '折合', '约合', '合', '相当于', '即']);
/** `也`, `还`… inside a noun clause, with a short predicate after: `出口总额也连创` → `出口总额`. */
// Not inside a word: 平均, 人均, 年均, 均价 · 首都, 成都, 都市 · 偿还, 归还 · 再生.
const ADVERB_INSIDE = new AtEnd('(?:也|(?<![偿归退返])还(?![林草湖田湿])|已|(?<![平人户年日月亩季周场])均(?![价值衡匀])|(?<![首成京])都(?![市会城])|将|再(?!生)|又|仍|亦)[^也还已均都将再又仍亦]{1,3}', 4);

export interface Done {
  readonly label: Phrase;
  readonly kind: Kind;
  /** A level (not a change, not a share): what a later change refers to. */
  readonly level: boolean;
  /** Inside a parenthesis (`(其中短期20亿元)`): an aside, not what later figures refer to. */
  readonly aside?: boolean;
}

/**
 * What the rules read of a figure. Candidates come in several hidden shapes
 * (recognizers and refiners build them differently), which makes every read
 * of them slow and costs V8 recompilations; a figure is copied once into this
 * one shape.
 */
export class Fig {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly kind: Kind;
  declare readonly change: Change;
  declare readonly unitText: string;
  /** A range (`90至144平方米`). */
  declare readonly range: boolean;

  constructor(c: Candidate) {
    this.start = c.start;
    this.end = c.end;
    this.kind = c.kind;
    this.change = c.change;
    this.unitText = c.unitText;
    this.range = c.valueMax !== null;
  }
}

/**
 * How many figures back a label is looked for. A sentence of thousands of
 * figures and no words (`1元1元1元…`) would otherwise cost the square of
 * their number; no reader takes a label from further back.
 */
const LOOK_BACK = 32;

/** What the figures of one sentence share while they are labelled in order. */
export class SentenceContext {
  readonly figs: readonly Fig[];
  readonly holes: Holes;
  readonly done: Done[] = [];
  /** The words before each figure, the words before a qualifying count included. */
  readonly owns: Phrase[] = [];
  /** The subject of each clause, once asked for (undefined: not yet; an array, not a Map: a sentence has few clauses). */
  readonly subjects: (Phrase | null | undefined)[] = [];
  /** For each figure in a list (`3倍、4.5%`), the first figure of the list. */
  readonly listHead: number[] = [];
  /** The members of the last list a `分别` distributed (`小麦、玉米种植面积` → `小麦`, `玉米`), for a later `分别` that names only its indicator. */
  members: readonly Phrase[] | null = null;
  readonly start: number;
  readonly end: number;
  readonly punctuation: Punctuation;
  private readonly cores: Phrase[] = [];
  private readonly heads: Phrase[] = [];
  private sentenceClauses: Clause[] | null = null;

  constructor(
    readonly text: string,
    sentence: Span,
    candidates: readonly Candidate[],
  ) {
    this.start = sentence.start;
    this.end = sentence.end;
    const figs: Fig[] = [];
    const holes: [number, number][] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      figs.push(new Fig(c));
      if (c.kind === 'date') holes.push([c.start, c.end]);
    }
    this.figs = figs;
    this.holes = holes;
    this.punctuation = new Punctuation(text, sentence.start, sentence.end);
  }

  /** The clauses of the sentence; many sentences never need them. */
  get clauses(): readonly Clause[] {
    return (this.sentenceClauses ??= this.punctuation.clauses(this.holes));
  }

  /** The label of the last figure before `i` (at most LOOK_BACK back, no date, no aside) that `want` accepts. */
  lastLabel(i: number, want: (d: Done) => boolean): Phrase | null {
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const d = this.done[j]!;
      if (d.kind !== 'date' && !d.aside && d.label.length && want(d)) return d.label;
    }
    return null;
  }

  /** Where the clause of figure `i` starts, back to `lo` at most. */
  clauseStartOf(i: number, lo: number): number {
    return this.punctuation.clauseStart(lo, this.figs[i]!.start);
  }

  /** `owns[i]` without the time words and connectives at its head (`截至目前`, `其中`), read once. */
  ownCore(i: number): Phrase {
    return (this.cores[i] ??= this.owns[i]!.trimStart(LEADING));
  }

  /** The indicator in the words before figure `i`: `indicator(owns[i])`, read once. */
  head(i: number): Phrase {
    return (this.heads[i] ??= indicatorTail(this.ownCore(i)));
  }

  /** The words of `text[start, end)` a phrase takes: no parenthesis, no date. */
  words(start: number, end: number): Phrase {
    return this.punctuation.outside(start, end, this.holes);
  }
}

/** The labels of the figures of one sentence (all of them, dates included), in order. */
export function labelSentence(text: string, sentence: Span, candidates: readonly Candidate[]): Phrase[] {
  if (candidates.length === 0) return [];
  const ctx = new SentenceContext(text, sentence, candidates);
  const figs = ctx.figs;
  for (let i = 0; i < figs.length; i++) {
    const c = figs[i]!;
    if (c.kind === 'date') {
      ctx.owns.push(Phrase.EMPTY);
      ctx.done.push({ label: Phrase.EMPTY, kind: c.kind, level: false, aside: false });
      continue;
    }
    ctx.owns.push(ownWords(ctx, i));
    const d = labelOne(ctx, i);
    // Inside a parenthesis: the clause opens at `（`.
    const start = ctx.clauseStartOf(i, i > 0 ? figs[i - 1]!.end : sentence.start);
    const aside = start > 0 && isOpen(text.charCodeAt(start - 1));
    ctx.done.push({ label: tidy(d.label), kind: d.kind, level: d.level, aside });
  }
  const labels: Phrase[] = [];
  for (let i = 0; i < ctx.done.length; i++) labels.push(ctx.done[i]!.label);
  return labels;
}

const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a;

/** The figure before `i` that is not a date, if any. */
const previous = (ctx: SentenceContext, i: number): number => {
  let j = i - 1;
  while (j >= 0 && ctx.figs[j]!.kind === 'date') j--;
  return j;
};

/** Where the clause of figure `i` starts, back to the figure before it at most. */
function ownClauseStart(ctx: SentenceContext, i: number): number {
  const j = previous(ctx, i);
  return ctx.clauseStartOf(i, j >= 0 ? ctx.figs[j]!.end : ctx.start);
}

/** The clause that ends right before the one starting at `start` (figure `i`'s), when it holds no figure: what a figure with no words of its own may be labelled from. */
function figurelessClauseBefore(ctx: SentenceContext, i: number, start = ownClauseStart(ctx, i)): Clause | null {
  const clause = clauseEndingBefore(ctx.clauses, start);
  return clause && !figureIn(ctx, i, clause) ? clause : null;
}

/** The words of a figure's own clause; after a count that qualifies a noun and ends a predicate, that predicate too. */
function ownWords(ctx: SentenceContext, i: number): Phrase {
  const { figs } = ctx;
  const j = previous(ctx, i);
  const lo = j >= 0 ? figs[j]!.end : ctx.start;
  const start = ctx.clauseStartOf(i, lo);
  const own = ctx.words(start, figs[i]!.start);
  if (j < 0 || start !== lo) return own;
  const prev = figs[j]!;
  const head = ctx.owns[j]!;
  // 全省粮食产量连续5年稳定在1300万吨: a run of years between a subject and its predicate; the subject is before it.
  // (该港货物吞吐量连续16年位居全球第一: and a rank after the run.)
  if (prev.kind === 'duration' && head.length > 2 && /(?:连续|持续)$/.test(head.text) && (own.trimEnd(TRAILING).length === 0 || RANK_AT_HEAD.test(own.text))) return head.concat(own);
  // 全省新开工亿元以上项目1862个: a threshold inside the noun phrase is part of the label.
  // 其中年进出口额超过1亿元的企业186家, 投资超10亿元的项目15个: so is a threshold with 的 before the noun.
  const thresholdDe = THRESHOLD_DE.test(own.text) && THRESHOLD_WORD_END.test(ctx.text.slice(Math.max(0, prev.start - 4), prev.start));
  // 65岁及以上老年人健康管理率: an age is a threshold too.
  // (Not after 为…: 全市已为65岁以上老年人免费体检 — the age says for whom.)
  const age = prev.kind === 'count' && (prev.unitText === '岁' || prev.unitText === '周岁') && !FOR_WHOM.has(head.text.slice(-1));
  // 全市0—14岁人口为132万人, 60至69岁老年人接种率为91.2%: an age (or a range of them) right before the noun narrows it, threshold word or not.
  // 员工超过500人的企业有86家, 工龄10年以上的职工有2.3万人: a count or a length sets a threshold with 的 too.
  const thresholdKind = prev.kind === 'money' || prev.kind === 'quantity' || prev.kind === 'percent' || age || (thresholdDe && (prev.kind === 'count' || prev.kind === 'duration'));
  // 90至144平方米户型占比为49.5%: a range of a measure right before a noun narrows it as a threshold does.
  const rangeClass = prev.range && (prev.kind === 'quantity' || prev.kind === 'money') && RANGE_CLASS_NOUN.test(own.text);
  // 10年期国债收益率为1.68%: a term before 期 is part of the name.
  // (重点快递企业72小时妥投率为82.4%: and a length right before a rate it is measured over.)
  const term = prev.kind === 'duration' && (ctx.text.charCodeAt(prev.end) === 0x671f || RATE_OVER_TIME.test(own.text));
  if (((THRESHOLD.test(own.text) || thresholdDe) && thresholdKind) || (age && AGE_NOUN.test(own.text)) || rangeClass || term) {
    const k = previous(ctx, j);
    return ctx.words(ctx.clauseStartOf(j, k >= 0 ? figs[k]!.end : ctx.start), figs[i]!.start);
  }
  // 十五届三次全会: a run of figures shares the words before it.
  if (prev.end === figs[i]!.start && (prev.kind === 'count' || prev.kind === 'ordinal')) return head;
  // 已汇聚12类30项数据5亿条 · 为2000家农户提供了3亿元: the count is inside the predicate.
  if ((prev.kind === 'count' || prev.kind === 'quantity') && (ENDS_WITH_VERB.test(ctx.head(j).text) || FOR_WHOM.has(head.text))) {
    return head.concat(own);
  }
  return own;
}

/** What is granted at the end of the words before the clause of `i` (给予补助，…), up to the figure before. */
const GRANT_END = /(?:给予|予以)(?<noun>[\u4e00-\u9fff]{0,4}?(?:奖励|补助|补贴|资助|贴息|扶持|支持|奖补))[，,]$/;
function grantBefore(ctx: SentenceContext, i: number): Phrase | null {
  const j = previous(ctx, i);
  const from = j >= 0 ? ctx.figs[j]!.end : ctx.start;
  const start = ownClauseStart(ctx, i);
  if (start - from > 16 || start <= from) return null;
  const m = GRANT_END.exec(ctx.text.slice(from, start));
  return m ? Phrase.of(ctx.text, from + m.index + m[0].length - 1 - m.groups!.noun!.length, from + m.index + m[0].length - 1) : null;
}

/** The label of the figure right before `i` when it is a change: what a share or a rate with no subject is of. */
function changedBefore(ctx: SentenceContext, i: number): Phrase | null {
  const j = previous(ctx, i);
  const d = j >= 0 ? ctx.done[j]! : null;
  return d && ctx.figs[j]!.change !== '' && d.label.length ? d.label : null;
}

/**
 * What the clause before figure `i` said something of, whole (`全市PPI环比持平`,
 * `该县粮食总产量连续增长` → `该县粮食总产量`): the words before its predicate,
 * for a change with no words and no figure before it.
 */
function statedBefore(ctx: SentenceContext, i: number): Phrase | null {
  const clause = figurelessClauseBefore(ctx, i);
  if (!clause) return null;
  const words = clause.phrase.trimStart(LEADING);
  // (会议指出：…, 本报讯…: who says it is not what changed.)
  if (isColon(ctx.text.charCodeAt(clause.end)) || SAID.test(words.text) || REPORTING.test(words.text)) return null;
  const m = predicateAt(words.text, 2, false);
  return m ? words.slice(0, m.index) : null;
}

/** The subject of the sentence before the clause of figure `i`: the first one named. */
function topicBefore(ctx: SentenceContext, i: number): Phrase | null {
  const start = ownClauseStart(ctx, i);
  // After a ；, a subject that opens the statement after it comes first: 演出票房收入26.9亿元；某歌手连开3场演唱会，吸引观众约15万人次
  // (某歌手). A statement after ； that opens with a verb goes on with the subject before (…；累计发放制造业贷款…).
  let after = 0;
  for (let k = 1; k < ctx.clauses.length && ctx.clauses[k]!.end <= start; k++) if (isSemicolon(ctx.text.charCodeAt(ctx.clauses[k]!.start - 1))) after = k;
  // (An actor only: an indicator or a verb there names no one — …；脱贫人口小额信贷余额98.7亿元，支持脱贫户….)
  const opening = after > 0 ? clauseSubject(ctx, after) : null;
  if (opening && !isIndicator(opening) && !opensWithPredicate(opening)) return opening;
  for (let k = 0; k < ctx.clauses.length && ctx.clauses[k]!.end <= start; k++) {
    const s = clauseSubject(ctx, k);
    if (s) return s;
  }
  return null;
}


/** A subject that is itself an indicator (`该港海铁联运箱量`): it names no one who acts. */
const INDICATOR_END = /(?:量|额|率|值|数|规模|收入|产值|指数|价格|比重|占比)$/;
const isIndicator = (p: Phrase): boolean => INDICATOR_END.test(p.text) || INDICATOR_TAIL.test(p.text);

/**
 * Who acts in a clause that opens with a verb: the first subject the sentence
 * names, or, when that is an indicator, the nearest one before the clause that
 * is not (`该港海铁联运箱量完成…；中欧班列开行1286列，发送货物…` → `中欧班列`).
 */
function actorBefore(ctx: SentenceContext, i: number): Phrase | null {
  const first = topicBefore(ctx, i);
  if (!first || !isIndicator(first)) return first;
  const start = ownClauseStart(ctx, i);
  for (let k = ctx.clauses.length - 1; k >= 0; k--) {
    if (ctx.clauses[k]!.end > start) continue;
    const s = clauseSubject(ctx, k);
    if (s && !isIndicator(s)) return s;
  }
  return null;
}

/** The subject clause `k` names (computed once): only words before its first figure can. */
function clauseSubject(ctx: SentenceContext, k: number): Phrase | null {
  let subject = ctx.subjects[k];
  if (subject === undefined) {
    const clause = ctx.clauses[k]!;
    const first = ctx.figs.findIndex((f) => f.kind !== 'date' && f.start >= clause.start && f.start < clause.end);
    const words = first >= 0 ? ctx.words(ctx.clauseStartOf(first, clause.start), ctx.figs[first]!.start) : clause.phrase;
    // 本报讯（记者…）记者从…获悉, 该行行长表示: who reports a figure is not what it measures.
    subject = ctx.subjects[k] = first < 0 && REPORTING.test(words.text) ? null : subjectOf(words, first >= 0);
  }
  return subject;
}

export interface Found {
  readonly label: Phrase | null;
  readonly level: boolean;
}

function labelOne(ctx: SentenceContext, i: number): Done {
  const c = ctx.figs[i]!;
  const found = byKind(ctx, i, c, fromOwnClause);
  return { label: found.label ?? Phrase.EMPTY, level: found.level, kind: c.kind };
}

/** `p` without what `m` matched in it. */
const without = (p: Phrase, m: RegExpExecArray): Phrase => p.slice(0, m.index).concat(p.slice(m.index + m[0].length));

const isLevel = (d: Done): boolean => d.level;

/** The label from the words before the figure. */
function fromOwnClause(ctx: SentenceContext, i: number, c: Fig): Found {
  const isChange = c.change !== '';
  const own = ctx.ownCore(i);
  if (PREPOSITION_END.test(own.text)) return { label: null, level: false };
  const lastLevel = ctx.lastLabel(i, isLevel);
  // 增长5.6%，高于全国平均水平0.3个百分点: the gap to a benchmark is a change of what the figure before measured, not of the benchmark.
  // (税收收入420亿元；工业增加值增长7.1%，高于全国1.3个百分点: the rate right before, not the level before it.)
  if (isChange && GAP_TO_BENCHMARK.test(ctx.owns[i]!.text)) return { label: changedBefore(ctx, i) ?? lastLevel ?? ctx.lastLabel(i, (d) => d.kind !== 'ordinal' && d.kind !== 'duration'), level: false };
  // 增速高于全市平均水平2个百分点 · 是全市平均水平的2倍: the benchmark named is not what the figure measures; the figure before is.
  const ofBenchmark = (c.kind === 'multiple' || c.kind === 'percent') && BENCHMARK_MARK.test(ctx.owns[i]!.text) ? ctx.owns[i]!.trimEnd(TRAILING) : null;
  if ((isChange && RATE_GAP.test(own.text)) || (ofBenchmark && (TIMES_OF.test(ofBenchmark.text) || SHARE_OF_BENCHMARK_ALONE.test(ofBenchmark.text)))) {
    const before = lastLevel ?? ctx.lastLabel(i, (d) => d.kind !== 'ordinal' && d.kind !== 'duration');
    if (before) return { label: before, level: false };
  }
  const shareOf = ofBenchmark && SHARE_OF_BENCHMARK.exec(ofBenchmark.text);
  if (shareOf) return { label: ofBenchmark.slice(0, shareOf.groups!.subject!.length), level: false };
  // The subject of the sentence, read only when a rule needs it (it reads the clauses before).
  const topic = (): Phrase | null => topicBefore(ctx, i);
  // A share: 占全省总量的61.5% → <subject>占比. (`includes` first: most clauses have no 占.)
  const share = own.text.includes('占') ? SHARE.exec(own.text) : null;
  if (share) {
    // 高新技术产品所占比重为35.6%: 所 before 占 is no part of the subject.
    const subject = indicator(own.slice(0, share.index)).trimEndChars('所');
    // 工业增加值增长6%，占GDP的比重为36%: with no level before, what the change before measured.
    const base = subject.length ? subject : (lastLevel ?? changedBefore(ctx, i) ?? topic());
    return { label: base && HAS_LETTER.test(base.text) ? base.concat(Phrase.word('占比')) : null, level: false };
  }
  const benchmark = own.text.endsWith('的') ? BENCHMARK.exec(own.text) : null;
  let label = benchmark ? indicatorTail(own.slice(0, benchmark.index)) : ctx.head(i);
  // 该园区去年引进企业 → 该园区引进企业: a time word after the subject goes too.
  const when = TIME_INSIDE.exec(label.text);
  if (when) label = without(label, when);
  const adverb = ADVERB_INSIDE.exec(label.text);
  if (adverb && adverb.index >= 2 && !opensWithPredicate(label)) label = label.slice(0, adverb.index);
  if (!label.length || META.has(label.text)) return noWords(ctx, i, c, lastLevel);
  if ((SHARE_WORD.test(label.text) && label.length <= 3) || ATTRIBUTE.has(label.text)) {
    // 增速, 比重, 余额 alone: of the thing named last.
    // (…收入增长6.5%，增速比城镇居民高1.9个百分点: with no level before, what the change before measured.)
    const base = lastLevel ? objectOf(lastLevel) : (changedBefore(ctx, i) ?? topic());
    return { label: base ? base.concat(label) : label, level: !isChange && !SHARE_WORD.test(label.text) };
  }
  const forWhom = BENEFACTIVE.exec(label.text);
  if (forWhom) label = label.slice(forWhom[0].length);
  // 全市共有合作社1260家 → 全市合作社; 全省实现营业收入 → 全省营业收入: the verb only joins a subject to its amount.
  const having = label.text.includes('有') ? HAVING.exec(label.text) : null;
  if (having && having.index >= 2) label = without(label, having);
  const dummy = DUMMY_VERB.exec(label.text);
  if (dummy && dummy.index >= 2) label = without(label, dummy);
  else if (dummy && dummy.index === 0) {
    const amount = label.slice(dummy[0].length);
    const subject = topic();
    // (茶叶产量3260吨，实现茶叶产值9.8亿元: the subject is in the amount's name already; 该县茶叶… → 该县茶叶产值.)
    if (!subject) return { label: amount, level: !isChange };
    const scope = SCOPE_HEAD.exec(subject.text)?.[0] ?? '';
    if (amount.text.startsWith(subject.text.slice(scope.length))) return { label: scope ? subject.slice(0, scope.length).concat(amount) : amount, level: !isChange };
    return { label: subject.concat(amount), level: !isChange };
  }
  if (opensWithPredicate(label) || forWhom) {
    if (isChange && onlyVerbs(label)) return { label: lastLevel, level: false };
    const predicate = withoutAdverbs(label);
    if (!predicate.length) return noWords(ctx, i, c, lastLevel);
    // 其中对东盟出口增长25%: trade or investment with a partner is a subject of its own.
    if (PARTNER_INDICATOR.test(predicate.text)) return { label: predicate, level: !isChange };
    const subject = actorBefore(ctx, i);
    // 城镇调查失业率为5.2%，改造老旧小区186个: a rate or a share names no one who acts.
    label = subject && !RATE_SUBJECT.test(subject.text) && !predicate.text.includes(subject.text) ? subject.concat(predicate) : predicate;
  }
  return { label, level: !isChange };
}

/**
 * A figure with no words of its own: a change changes the last level; any
 * other measures what the figure of its kind before it measured (`2010年突破
 * 千亿元`), or, after a clause without figures, what that clause's verb acts
 * on or what its `在…中` holds (`在上报的案例中，有6个…` → `案例`).
 */
function noWords(ctx: SentenceContext, i: number, c: Fig, lastLevel: Phrase | null): Found {
  // 同比上涨0.5%，环比下降0.2%: a change with no words changes what the changes before it change.
  // 占…的比重为18.9%，比上年提高1.7个百分点: a change in points changes the rate or share before it.
  if (c.change !== '' && c.kind === 'percentage_point') {
    const rate = ctx.lastLabel(i, (d) => d.kind === 'percent');
    if (rate) return { label: rate, level: false };
  }
  // 全县粮食产量增长4%，比上年增加2万吨: with no level before, the change before it names what changed.
  // (全市PPI环比持平，同比下降2.1%: with no figure before, the subject the sentence named.)
  if (c.change !== '') {
    // 地区生产总值：增长5.8%: a row of a table written as prose, its first figure a change.
    const header = lastLevel ? null : rowHeader(ctx, i);
    if (header) return { label: header, level: false };
    return { label: lastLevel ?? ctx.lastLabel(i, (d) => d.kind === c.kind) ?? ctx.lastLabel(i, (d) => d.kind !== 'ordinal' && d.kind !== 'duration') ?? statedBefore(ctx, i), level: false };
  }
  // 接待游客：386万人次；旅游总花费：42亿元: each row its own header, before any figure of the same kind.
  const header = rowHeader(ctx, i);
  if (header) return { label: header, level: true };
  // 分行业看，金融业平均工资最高，为158430元: the clause before names what the figure measures, less its superlative.
  const best = superlativeBefore(ctx, i);
  if (best) return { label: best, level: true };
  // 按照新增研发费用的10%给予补助，最高不超过200万元: a cap with no words of its own caps what was granted just before.
  const granted = c.kind === 'money' ? grantBefore(ctx, i) : null;
  if (granted) return { label: granted, level: true };
  const same = ctx.lastLabel(i, (d) => d.kind === c.kind) ?? ctx.lastLabel(i, (d) => d.kind !== 'ordinal' && d.kind !== 'duration');
  if (same) return { label: same, level: true };
  const clause = figurelessClauseBefore(ctx, i);
  if (!clause) return { label: null, level: false };
  const words = clause.phrase.trimStart(LEADING);
  // 营业收入：2024年为84.4亿元，2023年为72.2亿元 — a row of a table written as prose: the header before the colon names the figures.
  if (isColon(ctx.text.charCodeAt(clause.end)) && words.length >= 2 && words.length <= 12 && !opensWithPredicate(words) && !VERB.test(words.text)) {
    return { label: words, level: true };
  }
  const frame = /^在.+(?:中|里|之中)$/.test(words.text) ? words.slice(1) : null;
  let object = (objectAfterVerb(words) ?? frame)?.trimEnd(LOCALIZER_END) ?? Phrase.EMPTY;
  const de = object.text.lastIndexOf('的');
  if (de >= 0) object = object.slice(de + 1);
  return { label: object.length >= 2 && !VERB.test(object.text) && !BOUNDARY.test(object.text) ? object : null, level: true };
}


/** A superlative that ends a clause: what it said is highest or lowest comes in the next (`…最高，为158430元`). */
const SUPERLATIVE_END = /(?:最高|最低|最多|最少|最大|最小|最快|最慢|最长|最短)$/;

/** The words of the clause right before figure `i`'s, when it ends with a superlative and holds no figure. */
function superlativeBefore(ctx: SentenceContext, i: number): Phrase | null {
  const clause = figurelessClauseBefore(ctx, i);
  if (!clause) return null;
  const words = clause.phrase.trimStart(LEADING);
  const m = SUPERLATIVE_END.exec(words.text);
  return m && m.index >= 2 ? words.slice(0, m.index) : null;
}

/** A colon after words that say something is reported (`会议指出：`), not a header. */
const SAID = /(?:指出|表示|强调|认为|介绍|说|称|显示|发现|获悉|了解到|透露|宣布|通报|公布|如下|包括|是)$/;

/**
 * The header of a row written as prose, for a figure right after its colon
 * (`签约金额：236亿元`, `归属于上市公司股东的净利润：8.94亿元`, `存货周转天数：45天`):
 * the words before the colon whole, verbs included, as a table's column is named.
 */
export function rowHeader(ctx: SentenceContext, i: number): Phrase | null {
  const start = ownClauseStart(ctx, i);
  // (A currency or a qualifier may stand between: 注册资本：人民币5000万元.)
  if (ctx.head(i).length !== 0 || start === 0 || !isColon(ctx.text.charCodeAt(start - 1))) return null;
  const clause = figurelessClauseBefore(ctx, i, start);
  if (!clause) return null;
  let words = clause.phrase.trimStart(LEADING);
  // 主要数据——接待游客：…: what a dash introduces is the header.
  const dash = words.text.lastIndexOf('——');
  if (dash >= 0) words = words.slice(dash + 2);
  return words.length >= 2 && words.length <= 16 && !SAID.test(words.text) ? words : null;
}

/** The last clause that ends at `start - 1` (clauses are in order): a binary search, as a sentence may have thousands. */
function clauseEndingBefore(clauses: readonly Clause[], start: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid]!.end < start) lo = mid + 1;
    else hi = mid;
  }
  const last = clauses[lo - 1];
  return last && last.end >= start - 1 ? last : undefined;
}

/** Is a figure before `i` (not a date) inside `clause`? Read back from `i`: the figures near it come first. */
function figureIn(ctx: SentenceContext, i: number, clause: Clause): boolean {
  for (let j = Math.min(i, ctx.figs.length) - 1; j >= 0; j--) {
    const f = ctx.figs[j]!;
    if (f.end < clause.start) return false;
    if (f.kind !== 'date' && f.start >= clause.start && f.end <= clause.end) return true;
  }
  return false;
}


