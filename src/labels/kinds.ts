/**
 * Labels that depend on the kind of figure and on the words after it: a
 * count names the noun it qualifies (`42个项目` → `项目`), a count of times
 * the action it counts (`3次赴京`), an ordinal the event (`第十二届X展会`) or
 * the indicator it ranks; an amount before a noun is the amount of that noun
 * (`发行5亿元专项债券`). Anything else falls back to the words before.
 */
import { type Fig, type Found, type SentenceContext, THRESHOLD_WORD_END, rowHeader } from './label.js';
import { nounAfter, objectOf, onlyVerbs, opensWithPredicate, predicateAt, subjectOf } from './noun.js';
import { ATTRIBUTE, ENDS_WITH_VERB, endsWithWord, INDICATOR_ONLY, MILESTONE, POLICY_DUI, PREPOSITION_END, TIME_CLAUSE } from './patterns.js';
import { Phrase } from './phrase.js';
import { anniversary, fromToLabel, indicator, isRatioPart, listLabel, rank } from './rules.js';

/** Measure words that are nouns themselves (`五部门`): the count names no other noun. */
const NOUN_UNIT: ReadonlySet<string> = new Set(['部门', '方面', '领域', '环节', '国', '省', '市', '县']);
/** A count after these prepositions counts aspects or groups (`从四个方面`, `分三批`). */
// (分 only as a verb: 分三批; 总分, 积分, 得分, 最低分 are points.)
const ASPECT_WORDS = endsWithWord(['从', '按', '就', '围绕']);
const SPLIT_INTO = /(?<![总积得高低满学评均平比部工成最])分为?$/;
const ASPECT = { test: (s: string): boolean => ASPECT_WORDS.test(s) || SPLIT_INTO.test(s) };
/** Measure words of times: the count counts the action after it. */
const TIMES: ReadonlySet<string> = new Set(['次', '趟', '回', '遍', '轮']);
/** Units of an ordinal that make it a point in time (第67分钟, 第二天); a year of a scheme keeps what it measures (第一年补贴50%). */
const TIME_ORDINAL_UNITS: ReadonlySet<string> = new Set(['秒', '分', '分钟', '刻', '小时', '天', '日']);

/** A session after an ordinal of 次: 九次全会, 三次会议. */
const SESSION_AFTER = /^(?:全会|会议|全体会议|大会)/;
/** Ordinal units after which no noun is read (none, `位`, `名`: `排名第3位`): the rank of an indicator. */
const RANK_ONLY_UNITS: ReadonlySet<string> = new Set(['', '位', '名']);
/** Measure words of editions and sessions (`十五届`, `三次全会`). */
const EDITION: ReadonlySet<string> = new Set(['届', '期', '次']);
/** Adverbs between a short noun and its figure: `该团先后3次`. */
const ADVERB_END = endsWithWord(['先后', '相继', '陆续', '已经', '已', '均', '都', '共', '也', '还', '又', '再', '分别', '累计', '首次']);
/** An action starts with a verb, a preposition or a verb of motion (`赴京`). */
const ACTION_START = /^(?:到|去|来|赴|在|向|从|同|与|对|为)/;
/** `首个…破万的县`: the figure sits in a clause that describes a noun after it. */
const FIRST_OF = /(?:首|第一)(?:个|家|批|座|台|笔|单)/g;
/** A record reached, not a thing described: `达到860万吨的历史新高`. */
const RECORD = endsWithWord(['新高', '新低', '纪录', '记录', '高位', '低位', '峰值', '水平', '高点', '低点']);
/** The rest of a field after its count: 重点项目中，. */
const FIELD_AFTER = /^[\u4e00-\u9fff]{1,8}(?:之中|中|里)[，,]/;
/** A contribution before a share of a whole (贡献了全市60%的税收). */
const CONTRIBUTED = /(?:贡献了|贡献)[^，,；;]{0,8}$/;
/** A share or a rate after the people an age counts: 人口占比, 老年人接种率. */
const RATE_OF_PEOPLE = /(?:占比|比重|比例|[\u4e00-\u9fff]{0,2}率)$/;
/** Nouns after `的` that name a change or a rate, not a thing (`6.2%的增速`). */
const RATE_NOUN = endsWithWord(['增长', '增速', '增幅', '涨幅', '降幅', '跌幅', '速度']);

/** After an amount, the words that make it a threshold of a noun: 以上的, 以下. */
const THRESHOLD_AFTER = /^(?:及|或)?(?:以上|以下)的?[\u4e00-\u9fff]/;
const AMOUNT_KINDS: ReadonlySet<string> = new Set(['money', 'quantity', 'percent']);
/** An attribute a threshold is set on (not 新开工 of 新开工5亿元以上项目). */
const ATTRIBUTE_END = /(?:量|额|率|值|数|规模|收入|产值|税收|投资|营收|利润|资产|面积|产量|价格|价|支出|费用|投入|气温|温度|水位|浓度|风速)$/;

/** The attribute a threshold is set on, from the words before the amount (a policy's 对 and a 在 before it taken off), or null. */
function thresholdAttribute(head: Phrase): Phrase | null {
  let p = POLICY_DUI.test(head.text) ? head.slice(1) : head;
  const linking = /(?:在|达到|达)$/.exec(p.text);
  if (linking) p = p.slice(0, linking.index);
  return p.length >= 2 && ATTRIBUTE_END.test(p.text) && !opensWithPredicate(p) && !/[对向为把给]/.test(p.text) ? p : null;
}

/** What a reading on a scale of 级 measures, right after it. */
const SCALED_AFTER = /^(?:强|浅层|浅源|深源)?(?:地震|余震|大风|阵风|狂风|台风|强风|偏?[东南西北]{1,2}风)/;

/** Indicators that are lengths of time: a duration after them is what they measure. */
const TIME_INDICATOR = /(?:时长|时间|停时|用时|工期|周期|期限|有效期|保质期|试用期|租期|任期|时限|天数|日数|月数|年数|时数|住院日|寿命|年限|耗时|时效|成绩|续航|航时|龄|半衰期|潜伏期|病程|疗程)$/;
/** Sentences a court passes: the term is what the length measures (被判处有期徒刑3年6个月，缓刑4年). */
const SENTENCE_TERM = /(?:有期徒刑|无期徒刑|缓刑|拘役|管制|刑期|行政拘留|拘留)$/;

const NONE: Found = { label: null, level: false };
const level = (label: Phrase | null): Found => ({ label, level: true });

/** The label of figure `i` (`c`); `fromOwn` reads it from the words before the figure, the fallback. */
export function byKind(ctx: SentenceContext, i: number, c: Fig, fromOwn: (ctx: SentenceContext, i: number, c: Fig) => Found): Found {
  if (isRatioPart(ctx, i)) return NONE;
  const listed = listLabel(ctx, i);
  if (listed) return listed;
  const fromTo = fromToLabel(ctx, i);
  if (fromTo) return fromTo;
  const next = ctx.figs[i + 1];
  const words = ctx.punctuation.after(c.end, next ? next.start : ctx.end, next !== undefined);
  const own = ctx.owns[i]!;
  const head = ctx.head(i);
  if (words.phrase.text.startsWith('的')) {
    const firstOf = [...own.text.matchAll(FIRST_OF)].pop();
    if (firstOf) return level(indicator(own.slice(firstOf.index! + firstOf[0].length)));
    // 营收百亿元的企业 → 企业营收: the figure describes the noun after it.
    const mine = indicator(ctx.words(ctx.clauseStartOf(i, i > 0 ? ctx.figs[i - 1]!.end : ctx.start), c.start));
    // 员工超过500人的企业, 投资超过1亿元的项目: a threshold measures the attribute named before it.
    const threshold = THRESHOLD_WORD_END.exec(own.text);
    const attribute = threshold ? indicator(own.slice(0, threshold.index)) : null;
    if (attribute && attribute.length >= 2) return level(attribute);
    const described = mine.length && INDICATOR_ONLY.test(mine.text) ? nounAfter(words.phrase.slice(1), false) : null;
    if (described && !RECORD.test(described.text)) return level(described.concat(mine));
  }
  // 亩均税收达到30万元/亩以上的工业用地, 投资10亿元以上项目: an amount that sets a threshold of the noun after it measures the attribute before it.
  // (Not a predicate with its object still to come: 鼓励银行对单笔1000万元以下知识产权质押贷款.)
  // (对固定资产投资5亿元以上的新建工业项目, 研发费用支出在500万元以上的企业: a policy's 对 before, 在 between.)
  // (年旅客吞吐量1000万人次以上的机场: a count of visits sets one too.)
  if ((AMOUNT_KINDS.has(c.kind) || c.kind === 'count') && THRESHOLD_AFTER.test(words.phrase.text)) {
    const attribute = thresholdAttribute(head);
    if (attribute) return level(attribute);
  }
  switch (c.kind) {
    case 'duration': {
      const event = anniversary(ctx.ownCore(i));
      if (event) return level(event);
      // 以9秒83的成绩夺冠, 用时2小时的工期: a length right before 的 and the indicator of time that names it.
      if (words.phrase.text.startsWith('的')) {
        const named = nounAfter(words.phrase.slice(1), false);
        if (named && TIME_INDICATOR.test(named.text)) return level(named);
      }
      // 存货周转天数：45天: the header of a row.
      const header = rowHeader(ctx, i);
      if (header) return level(header);
      // 港口船舶平均在港停时1.2天, 高压办电平均时长压缩至18个工作日: a length its indicator names.
      if (TIME_INDICATOR.test(head.text)) return level(head);
      const term = SENTENCE_TERM.exec(head.text);
      if (term) return level(head.slice(term.index));
      // 比上年同期减少0.3天: the change of the length before it.
      const changed = c.change !== '' ? ctx.lastLabel(i, (d) => d.kind === 'duration') : null;
      return changed ? { label: changed, level: false } : level(null);
    }
    case 'ordinal': {
      // 第67分钟扳平比分, 上映第二天票房破亿: a point in time, which measures nothing.
      if (TIME_ORDINAL_UNITS.has(c.unitText)) return NONE;
      // 十四届九次全会: a session of an edition names its meeting, like an edition (三次 alone counts an action).
      if (TIMES.has(c.unitText) && !SESSION_AFTER.test(words.phrase.text)) return level(action(ctx.ownCore(i), words.phrase));
      if (!RANK_ONLY_UNITS.has(c.unitText)) {
        const n = qualifiedNoun(ctx, i, words.phrase, words.reachesNext);
        // 省委十五届三次全会 → 省委全会: a short noun before the ordinal says whose it is.
        const whose = shortNoun(ctx.ownCore(i));
        if (n) return level(whose ? whose.concat(n) : n);
      }
      return level(rank(ctx, i));
    }
    case 'count':
    case 'quantity': {
      // 从四个方面推进: a count of the ways something is done is no statistic.
      if (ASPECT.test(head.text) || ASPECT.test(own.text)) return NONE;
      if (NOUN_UNIT.has(c.unitText)) {
        // 国家五部门 → 国家部门.
        const whose = PREPOSITION_END.test(own.text) ? null : shortNoun(ctx.ownCore(i));
        return whose ? level(whose.concat(Phrase.of(ctx.text, c.end - c.unitText.length, c.end))) : NONE;
      }
      let n = qualifiedNoun(ctx, i, words.phrase, words.reachesNext);
      // 2家营收百亿元的企业: the count's noun is after the figure it runs into.
      if (n && words.reachesNext && INDICATOR_ONLY.test(n.text) && next) {
        const rest = ctx.punctuation.after(next.end, ctx.figs[i + 2]?.start ?? ctx.end, false).phrase;
        n = rest.text.startsWith('的') ? nounAfter(rest.slice(1), false) : null;
      }
      if (TIMES.has(c.unitText) && !n) {
        const act = action(ctx.ownCore(i), words.phrase);
        if (act) return level(act);
      }
      // 15—59岁人口占比, 60至69岁老年人接种率: an age counts the people, not their share or rate.
      if (n && (c.unitText === '岁' || c.unitText === '周岁')) {
        const rate = RATE_OF_PEOPLE.exec(n.text);
        if (rate && rate.index >= 2) n = n.slice(0, rate.index);
      }
      // 省委十五届三次全会: an edition takes whose it is, like an ordinal.
      const whose = EDITION.has(c.unitText) ? shortNoun(ctx.ownCore(i)) : null;
      if (n) return level(whose ? whose.concat(n) : n);
      // 在全市42个重点项目中，已开工36个: a count with only a verb counts what the count of the field before it counted.
      if (c.kind === 'count' && !words.phrase.length && (!head.length || onlyVerbs(head))) {
        for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
          const f = ctx.figs[j]!;
          if (f.kind === 'count' && f.unitText === c.unitText && ctx.done[j]!.label.length && FIELD_AFTER.test(ctx.text.slice(f.end, f.end + 12))) return level(ctx.done[j]!.label);
        }
      }
      break;
    }
    case 'money':
    case 'number': {
      // 东北地区将有5至7级大风, 发生6.1级地震: a reading on a scale measures what follows it.
      const scaled = c.kind === 'number' && (c.unitText === '级' || c.unitText === '') ? SCALED_AFTER.exec(words.phrase.text) : null;
      if (scaled) return level(words.phrase.slice(0, scaled[0].length));
      // 签下80亿元规模的订单: the subject's 订单.
      const scale = /^规模的/.exec(words.phrase.text);
      if (scale && c.kind === 'money') {
        const n = nounAfter(words.phrase.slice(scale[0].length), false);
        const s = subjectOf(own);
        if (n) return level(s ? s.concat(n) : n);
      }
      if (MILESTONE.test(words.phrase.text)) break;
      const of = words.phrase.text.startsWith('的');
      const n = of ? nounAfter(words.phrase.slice(1), false) : qualifiedNoun(ctx, i, words.phrase, words.reachesNext);
      if (!n || RATE_NOUN.test(n.text) || ATTRIBUTE.has(n.text)) break;
      // 发行5亿元专项债券 · 提供了30亿元的授信支持: the amount of what the predicate made.
      if (head.length && ENDS_WITH_VERB.test(head.text)) {
        if (c.kind === 'number') return level(n);
        const made = fromOwn(ctx, i, c).label;
        return level(made ? made.concat(n) : n);
      }
      if (!of && (!head.length || c.kind === 'money')) return level(n);
      break;
    }
    case 'percent': {
      if (!words.phrase.text.startsWith('的')) break;
      const n = nounAfter(words.phrase.slice(1), false);
      if (!n || ATTRIBUTE.has(n.text) || RATE_NOUN.test(n.text)) break;
      // 民营企业贡献了全市60%的税收: a share of what the subject contributes.
      const gave = CONTRIBUTED.exec(own.text);
      if (gave) {
        const who = indicator(own.slice(0, gave.index));
        return { label: who.length ? who.concat(n).concat(Phrase.word('占比')) : null, level: false };
      }
      // 给予60%的贴息贷款 → 贴息贷款; 农户购买农机有30%的补贴 → 农户购买农机补贴.
      return level(head.length && !ENDS_WITH_VERB.test(head.text) ? head.concat(n) : n);
    }
  }
  return fromOwn(ctx, i, c);
}

/** A short noun right before a figure (`省委`, `“东风”油田`, `该团`), if there is one. */
function shortNoun(core: Phrase): Phrase | null {
  const p = objectOf(core.trimEnd(ADVERB_END));
  if (p.length < 2 || p.length > 6 || predicateAt(p.text, 0) || TIME_CLAUSE.test(p.text)) return null;
  return p;
}

/** What a count of times counts: `该团先后3次赴京` → `该团赴京`; `两次参加培训的…` → `参加培训`. */
function action(core: Phrase, words: Phrase): Phrase | null {
  const de = words.text.indexOf('的');
  const act = (de >= 0 ? words.slice(0, de) : words).trimEnd(TIME_CLAUSE);
  if (act.length < 2 || !(ACTION_START.test(act.text) || predicateAt(act.text, 0)?.index === 0)) return null;
  const who = shortNoun(core);
  return who ? who.concat(act) : act;
}

/** The noun a count qualifies; for a run of counts (`12类30项数据`), the noun after the last. */
function qualifiedNoun(ctx: SentenceContext, i: number, words: Phrase, reachesNext: boolean): Phrase | null {
  const { figs } = ctx;
  const next = figs[i + 1];
  if (!words.length && next && next.start === figs[i]!.end && next.kind !== 'date') {
    const after2 = figs[i + 2];
    const w = ctx.punctuation.after(next.end, after2 ? after2.start : ctx.end, after2 !== undefined);
    return nounAfter(w.phrase, w.reachesNext);
  }
  return nounAfter(words, reachesNext);
}
