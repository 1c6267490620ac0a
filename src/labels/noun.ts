/**
 * Noun phrases: the noun a count qualifies (`1250户个体工商户…` → `个体工商户`),
 * the subject a clause opens with (`某农商行支持…` → `某农商行`), the entity
 * behind an indicator (`涉农企业贷款余额` → `涉农企业`), the object of a
 * predicate (`累计发放助农贷款` → `助农贷款`).
 */
import {
  ADVERBS,
  COUNT_LEAD,
  INDICATOR_TAIL,
  JOINER,
  LEADING,
  LOCALIZER_END,
  NOT_A_NOUN,
  OPENER,
  PREDICATE_INSIDE,
  RELATIVE,
  TIME_CLAUSE,
  TIME_AFTER_SUBJECT,
  TRAILING,
  VERB,
  VERBS_ANYWHERE,
} from './patterns.js';
import { Phrase } from './phrase.js';

/** A verb followed by one of these is part of a noun (`参赛者`, `签约项目`). */
const NOMINAL_AFTER_VERB = /^(?:者|人|员|商|方|点|品|物|额|量|率|项目)/;
/** `合计金额`, `注册资本总额`: a verb before the head of an amount makes a noun, not a predicate. */
const SUM_NOUN = new RegExp(`^(?:合计|累计|共计|总计|${VERB.source.slice(1)})(?:总额|金额|额|总量|数量|余额|规模|人数|户数)`);
/** A verb with an aspect word is a predicate for sure: `发放了…贷款`. */
const PERFECTIVE = new RegExp(`^${VERB.source.slice(1)}(?:了|过|着)`);
/** Two-character openers that also begin nouns (`现场会`, `重点项目`). */
const NOUN_OPENERS = /^(?:现场|联合|计划|专门|重点|创新)/;
/** The same words inside a phrase, where they are nouns more often than not. */
const INSIDE_NOUNS: ReadonlySet<string> = new Set(['创新', '重点', '联合']);
const TRAILING_JOINER = /[和与及、]$/;
/** The people an age threshold counts, at the head of the noun after it. */
const PEOPLE = /^.{0,4}?(?:老年人|儿童|人口|婴幼儿|妇女|青少年|居民|学生|患者|人群|职工|农民|劳动力|女性|男性|孕产妇|新生儿|婴儿|受试者|老人)/;
/** Words after a count that make it a threshold of the noun after them. */
const AFTER_THRESHOLD = /^(?:及|或)?(?:以上|以下)/;
/** Inside the noun after a count, words that start its predicate (the first at the third character or later). */
const PREDICATE_AFTER_NOUN = /正在|正忙|正|已经|都在|均已|纷纷|全部|全都|长势|增收|增产|致富|就业|参加|参与|受益|获益|同时|连夜|连续|平均|人均|户均|奔赴|赶赴|驰援|进驻|享受|投入|开展|完成|实现|获得|取得|通过|入选|入驻|落户|签约|开工|投产|建成|安装|使用|出现|发生|遭受|打破|夺得|刷新|上市(?!公司|企业|银行|券商|房企|险企|车企|后备)|上涨|下跌|涨停|跌停|联合(?!体|会|国|社)/;
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '」': '「', '』': '『', '》': '《' };
const OPENING_QUOTES = Object.values(CLOSING_QUOTES).join('');
/** What may end a noun: `的`, `、`, a quote, a joiner (`及`). */
const NOUN_MARK = new RegExp(`[的、${Object.keys(CLOSING_QUOTES).join('')}${OPENING_QUOTES}]|${JOINER.source.slice(1)}`, 'g');
const MAX_NOUN = 24;
/** Verbs that are nouns alone after an amount (给予1万元奖励, 给予50万元补贴). */
const VERB_AS_NOUN = /^(?:奖励|补贴|补助|资助|扶持|支持|贴息|奖补)$/;
/** Nouns of one character a count may name: places and schools. */
export const PLACE_NOUN = /^[县市区镇乡村省州国校]$/;

/**
 * Does the phrase open with a predicate (no subject of its own)? A verb that
 * begins the name of an amount (`注册资本总额`, `引进外资金额`) does not,
 * unless an aspect word makes it a predicate (`发放了…贷款`).
 */
export const opensWithPredicate = (p: Phrase): boolean =>
  OPENER.test(p.text) ? !SUM_NOUN.test(p.text) : VERB.test(p.text) && (!INDICATOR_TAIL.test(p.text) || PERFECTIVE.test(p.text));

/** The first predicate word at or after `from`, or null. */
export function predicateAt(text: string, from: number, nounsInside = true): { index: number; length: number } | null {
  PREDICATE_INSIDE.lastIndex = from;
  for (let m = PREDICATE_INSIDE.exec(text); m; m = PREDICATE_INSIDE.exec(text)) {
    // 科技创新中心, 重点项目: inside a noun phrase these are nouns.
    if (m.index === 0 || !nounsInside || !INSIDE_NOUNS.has(m[0])) return { index: m.index, length: m[0].length };
    PREDICATE_INSIDE.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * The noun after a count, ordinal or quantity: up to a clause break, a verb,
 * a joiner (`及`), `、`, or a possessive `的`. A relative clause before the
 * noun (`具有示范意义的“首单”业务`, `涉及…等民生项目`) is skipped. When
 * the noun runs into the next figure (`1250户个体工商户贷款余额86亿元`), the
 * indicator words belong to that figure: the count keeps the entity.
 */
export function nounAfter(words: Phrase, reachesNext: boolean): Phrase | null {
  let p = words.trimStart(COUNT_LEAD);
  if (!p.length || NOT_A_NOUN.test(p.text)) return null;
  if (RELATIVE.test(p.text)) {
    const cut = Math.max(p.text.lastIndexOf('的'), p.text.lastIndexOf('等'));
    if (cut < 0) return null;
    p = p.slice(cut + 1);
  } else if (opensWithPredicate(p) && !NOUN_OPENERS.test(p.text) && !VERB_AS_NOUN.test(p.text)) return null;
  let end = nounEnd(p.text);
  if (end >= MAX_NOUN && end < p.length) return null;
  // 200多名村民正忙着…, 2000多户农户增收, 2000亩枸杞长势喜人: an adverb or a verb of change starts the predicate.
  const stop = PREDICATE_AFTER_NOUN.exec(p.text.slice(0, end));
  if (stop && stop.index >= 2) end = stop.index;
  const whole = end === p.length;
  let noun = p.slice(0, end).trimEnd(TRAILING_JOINER);
  // (有9个市州收入实现正增长: a predicate after an indicator of the noun — the count counts the entity too.)
  // (120家企业贷款余额达45亿元: the linking verb before the next figure goes first.)
  if (whole && reachesNext) noun = entityOf(noun.trimEnd(TRAILING)) ?? noun;
  else if (!whole && (end === stop?.index || predicateAt(p.text, end)?.index === end)) noun = entityOf(noun) ?? noun;
  // 65岁及以上老年人健康管理率: after a threshold of age, the people the count names, not their indicator.
  const people = AFTER_THRESHOLD.test(words.text) ? PEOPLE.exec(noun.text) : null;
  if (people) noun = noun.slice(0, people[0].length);
  noun = noun.trimEnd(LOCALIZER_END);
  // (全市有3个县、12个乡镇入选: a place of one character is a noun of its own.)
  return noun.length >= 2 || (noun.length === 1 && PLACE_NOUN.test(noun.text)) ? noun : null;
}

/**
 * Where the noun at the head of `text` ends: at `的`, `、`, a joiner, a
 * closing quote not opened in it, or a predicate word that does not make a
 * noun (`参赛者`); and after `MAX_NOUN` characters. Only the places where
 * one of these stands are visited: the marks and the predicates are each
 * found with a search.
 */
function nounEnd(text: string): number {
  const limit = Math.min(text.length, MAX_NOUN);
  let opened = '';
  let end = 0;
  let verb = predicateAt(text, 1);
  NOUN_MARK.lastIndex = 0;
  let mark = NOUN_MARK.exec(text);
  while (end < limit) {
    if (mark !== null && mark.index < end) {
      NOUN_MARK.lastIndex = end;
      mark = NOUN_MARK.exec(text);
    }
    if (verb !== null && verb.index < end) verb = predicateAt(text, end);
    const at = Math.min(mark?.index ?? limit, verb?.index ?? limit);
    if (at >= limit) return limit;
    end = at;
    if (mark !== null && mark.index === at) {
      const ch = mark[0];
      if (ch === '的' || ch === '、') break;
      const opening = CLOSING_QUOTES[ch];
      if (opening !== undefined) {
        if (!opened.includes(opening)) break;
      } else if (OPENING_QUOTES.includes(ch)) opened += ch;
      else if (at > 0) break; // a joiner
    }
    if (verb !== null && verb.index === at && at > 0) {
      if (!NOMINAL_AFTER_VERB.test(text.slice(at + verb.length))) break;
      end = at + verb.length;
      continue;
    }
    end = at + 1;
  }
  return end;
}

/** The entity an indicator is about: `涉农企业贷款余额` → `涉农企业`; null when nothing is left. */
export function entityOf(p: Phrase): Phrase | null {
  const e = p.trimEnd(INDICATOR_TAIL);
  return e.length >= 2 && e.length < p.length ? e : null;
}

/**
 * The subject a clause opens with, if it has one: the words before its first
 * predicate (`某保险公司在…` → `某保险公司`). A clause without
 * a predicate names a subject only as the head of a `的` phrase
 * (`省属企业运营的产业互联网平台`) or, before a figure, as the entity
 * of its indicator (`该项目总投资58亿元` → `该项目`); otherwise it may well
 * be a predicate we do not know (`成效显著`).
 */
/** An indicator that opens with what was done (`完成货运量`, `新增城市绿地面积`): it names no one who did it. */
const DONE_START = /^(?:实现|完成|取得|录得|新增|新建|新开工|新签|累计|共计|合计)/;

export function subjectOf(clause: Phrase, beforeFigure = false): Phrase | null {
  const p = clause.trimStart(LEADING);
  if (p.length < 2 || TIME_CLAUSE.test(p.text) || opensWithPredicate(p) || DONE_START.test(p.text)) return null;
  const m = predicateAt(p.text, 2, false);
  let s = m ? p.slice(0, m.index) : p.trimEnd(TRAILING);
  const when = TIME_AFTER_SUBJECT.exec(s.text);
  if (when) s = s.slice(0, when.index);
  const de = s.text.lastIndexOf('的');
  const headOfDe = de >= 0 && de < s.length - 2;
  if (headOfDe) s = s.slice(de + 1);
  const entity = entityOf(s);
  if (!m && !headOfDe && !(entity && beforeFigure)) return null;
  s = entity ?? s;
  return s.length >= 2 && s.length <= 20 ? s : null;
}

/** What a predicate acts on: the words after its last verb (`累计发放助农贷款` → `助农贷款`); the whole phrase when it has none. */
export function objectOf(p: Phrase): Phrase {
  return objectAfterVerb(p, false) ?? p;
}

/** The words after the last predicate word (or, with `verbsOnly`, the last verb we know); null when there is none. */
export function objectAfterVerb(p: Phrase, verbsOnly = true): Phrase | null {
  let at = -1;
  if (verbsOnly) {
    VERBS_ANYWHERE.lastIndex = 0;
    for (let m = VERBS_ANYWHERE.exec(p.text); m; m = VERBS_ANYWHERE.exec(p.text)) at = m.index + m[0].length;
  } else {
    for (let m = predicateAt(p.text, 0); m; m = predicateAt(p.text, m.index + m.length)) at = m.index + m.length;
  }
  return at < 0 ? null : at < p.length ? p.slice(at) : Phrase.EMPTY;
}

/** A predicate without its adverbs: `已累计接入` → `累计接入`; `共有牛羊` → `牛羊`. */
export const withoutAdverbs = (p: Phrase): Phrase => p.trimStart(ADVERBS);

/** Is `p` a verb and nothing else? */
export const onlyVerbs = (p: Phrase): boolean => withoutAdverbs(p).trimStart(VERB).length === 0;
