/**
 * Rules for particular shapes: an indicator cut from a clause, lists,
 * ratios, ranks and anniversaries, and the final tidying of a label.
 */
import { charTest } from '../text/charClass.js';
import type { Found, SentenceContext } from './label.js';
import { PLACE_NOUN, entityOf, nounAfter, onlyVerbs, opensWithPredicate, subjectOf } from './noun.js';
import {
  ATTRIBUTE,
  BOUNDARY,
  INDICATOR_TAIL,
  COMPARISON,
  EMPTY_LABEL,
  EVENT_END,
  LEADING,
  POLICY_DUI,
  RANK,
  RANK_VERB,
  SHARE,
  TRAILING,
  VERBS_ANYWHERE,
  ADVERBS,
} from './patterns.js';
import { Phrase } from './phrase.js';

/** The indicator in a clause: time words and connectives off the head, verbs and qualifiers off the tail. */
export const indicator = (p: Phrase): Phrase => indicatorTail(p.trimStart(LEADING));

/** `indicator` of words that have no time word or connective at their head. */
export function indicatorTail(p: Phrase): Phrase {
  let out = p;
  for (;;) {
    const trimmed = out.trimEnd(TRAILING);
    out = trimmed.trimEndChars('的');
    const m = COMPARISON.exec(out.text);
    if (m) out = out.slice(0, m.index);
    // Only a `的` or a comparison taken off can leave more to take.
    if (out.length === trimmed.length) return out;
  }
}

/** Between two figures of one list: `3倍、4.5%` · `5%和6%`. */
const LIST_LINK: ReadonlySet<string> = new Set(['、', '和', '与', '及', '或', '以及']);
/** Between two figures in one unit written once after the last. */
const UNIT_ONCE_LINK: ReadonlySet<string> = new Set(['/', '+', '×', '*']);
const DISTRIBUTIVE = /分别|依次|各自/;
const LIST_SPLIT = /[、和及与]/g;
/** Longer lists are not read item by item. */
const LIST_MAX = 30;

const linked = (ctx: SentenceContext, a: number, b: number): boolean => {
  const fa = ctx.figs[a];
  const fb = ctx.figs[b];
  if (!fa || !fb || fa.kind === 'date' || fb.kind === 'date' || fb.start - fa.end > 2) return false;
  const between = ctx.text.slice(fa.end, fb.start);
  // 血压140/90毫米汞柱, 期限为3+2年: a pair in one unit, written once.
  // (4980×1960×1480毫米, 8+256GB: sizes and memory the same.)
  return LIST_LINK.has(between) || (UNIT_ONCE_LINK.has(between) && fa.kind === fb.kind && (fa.kind === 'quantity' || fa.kind === 'duration') && fa.unitText === fb.unitText);
};

/**
 * A movement from one level to another: `全市森林覆盖率从32%提高到38.5%`,
 * `门票收入由上年的3.2亿元增加到4.1亿元`, `检查频次由每年2次增加到4次`. The start
 * (after `从`/`由` and a short benchmark or unit: `上年的`, `每斤`) and the end
 * (after a verb and `到`/`至`) both measure the subject before `从`/`由`.
 */
const FROM = /(?:从|由)(?<benchmark>[^，。；：、从由\d]{0,6}?)$/;
// (转股价格由每股12.50元调整为每股12.20元: 为 too, and what the end is per.)
// (CPI环比由上月上涨0.1%转为下降0.2%: a change of direction, the change word after 为.)
const TO = /^[\u4e00-\u9fff]{0,3}?(?:到|至|为)(?:每[\u4e00-\u9fff]{1,2}|上涨|下降|增长|减少|上升|下跌)?$/;
/** Between a change and the level it reached: 至, 到, 达到. */
const AFTER_CHANGE_TO = /^(?:至|到|达到|，?达)$/;
export function fromToLabel(ctx: SentenceContext, i: number): Found | null {
  const { figs } = ctx;
  const c = figs[i]!;
  // The end: the figure before is a start, and only a verb and 到/至 stand between.
  const j = i - 1;
  if (j >= 0 && figs[j]!.kind === c.kind && TO.test(ctx.text.slice(figs[j]!.end, c.start)) && FROM.test(ctx.owns[j]!.text)) {
    const d = ctx.done[j]!;
    return d.label.length ? { label: d.label, level: true } : null;
  }
  // 户型占比提高2.3个百分点至12.3%, 营收增长12%至86亿元: the level reached after a change measures what the change did.
  if (j >= 0 && figs[j]!.change !== '' && c.change === '' && AFTER_CHANGE_TO.test(ctx.text.slice(figs[j]!.end, c.start)) && c.kind !== 'ordinal') {
    const d = ctx.done[j]!;
    if (d.label.length) return { label: d.label, level: true };
  }
  // The start: 从/由 before it, and an end of the same kind after a verb and 到/至.
  const next = figs[i + 1];
  if (!next || next.kind !== c.kind || !TO.test(ctx.text.slice(c.end, next.start))) return null;
  const own = ctx.ownCore(i);
  const m = FROM.exec(own.text);
  if (!m) return null;
  const subject = indicatorTail(own.slice(0, m.index));
  return subject.length ? { label: subject, level: true } : null;
}

// (At least one character: no slice of the subject for nothing.)
const WHOLE_YEAR_HEAD = /^(?:[、和及与\s]+(?:全年度?)?|全年度?)/;

/** The longest subject of a `分别` list that takes its members from the levels before (`在校生分别为…`). */
const SHORT_SUBJECT = 3;

/** Items of a list take the label of its head, or, after `分别`, each its own. */
export function listLabel(ctx: SentenceContext, i: number): Found | null {
  const head = linked(ctx, i - 1, i) ? (ctx.listHead[i - 1] ?? i - 1) : i;
  ctx.listHead[i] = head;
  if (head === i && !linked(ctx, i, i + 1)) return null;
  const headOwn = ctx.owns[head]!;
  if (DISTRIBUTIVE.test(headOwn.text)) {
    let last = i;
    while (last - head < LIST_MAX && linked(ctx, last, last + 1)) last++;
    const n = last - head + 1;
    // 德国和法国工厂分别投资…: 分别 is no part of the indicator.
    const whole = ctx.head(head);
    const at = whole.text.search(DISTRIBUTIVE);
    let subject = at >= 0 ? whole.slice(0, at).concat(whole.slice(at + 2)) : whole;
    // …，分别较上年末提高0.12个、0.09个和0.21个百分点: a comparison is no subject (the levels before are the members).
    const compared = COMPARISON.exec(subject.text);
    if (compared) subject = subject.slice(0, compared.index);
    // 一季度、上半年和全年GDP分别增长…: what is left of a list of dates (全年 the last of it) is no part of the subject.
    const afterDates = WHOLE_YEAR_HEAD.exec(subject.text);
    if (afterDates && subject.length - afterDates[0].length >= 2) subject = subject.slice(afterDates[0].length);
    // 小麦、玉米播种面积分别占全县的38%和45%: shares, each its member's 占比 (…分别占枢纽总量的65%、23.8%: each level's before).
    const share = subject.text.includes('占') ? SHARE.exec(subject.text) : null;
    if (share) subject = subject.slice(0, share.index);
    // 广东、江苏两省经济总量分别位居全国第一和第二: ranks name what was ranked, not the verb and field.
    if (ctx.figs[i]!.kind === 'ordinal') {
      const verb = rankVerbIn(subject.text);
      if (verb > 0) subject = subject.slice(0, verb);
    }
    let items: readonly Phrase[] | null = null;
    // 分别给予20万元、50万元、100万元奖励: a verb alone before the list; the noun after its last item names every item.
    const nounAfterList = subject.length && onlyVerbs(subject) ? listNoun(ctx, last) : null;
    if (nounAfterList) items = Array.from({ length: n }, () => nounAfterList);
    else if (!subject.length) items = earlierLevels(ctx, head, n);
    else if (at > 0 && (items = countedMembers(ctx, head, n, whole.slice(0, at)))) {
      // 3个市、5个县分别获得奖励资金200万元和100万元: each member is the noun after a count, with what 分别 says of it.
      const said = whole.slice(at + 2);
      items = items.map((m) => m.concat(said));
    }
    else {
      const list = distribute(subject, n);
      if (list) {
        items = list.labels;
        ctx.members = list.members;
      } else if (ctx.members?.length === n) {
        // 小麦、玉米种植面积分别…，产值分别为…: the members of the list before, each with this indicator.
        items = ctx.members.map((m) => m.concat(subject));
      } else {
        // 全省共有小学500所、初中200所，在校生分别为…: the levels before name the members.
        // (With neither, the figures differ by what is before the list — 2024年和2025年，该项目分别投入… —: each the subject.)
        // (A subject that names its indicator whole — 居民收入分别为…, 城乡居民人均可支配收入分别达到… — borrows no members;
        // a predicate does: 农民合作社10.8万家、家庭农场24.6万家，分别带动农户… → 农民合作社带动农户.)
        const borrowed = subject.length <= SHORT_SUBJECT || opensWithPredicate(subject) ? earlierLevels(ctx, head, n) : null;
        items = borrowed?.map((l) => l.concat(subject)) ?? Array.from({ length: n }, () => subject);
      }
    }
    if (items) return { label: share ? items[i - head]!.concat(Phrase.word('占比')) : items[i - head]!, level: ctx.figs[i]!.change === '' && !share };
  }
  if (i === head) return null;
  const d = ctx.done[head]!;
  return { label: d.label, level: d.level };
}

/** The noun right after the last item of a list (`…100万元奖励`), if any. */
function listNoun(ctx: SentenceContext, last: number): Phrase | null {
  const next = ctx.figs[last + 1];
  const w = ctx.punctuation.after(ctx.figs[last]!.end, next ? next.start : ctx.end, next !== undefined);
  return w.phrase.text.startsWith('的') ? null : nounAfter(w.phrase, w.reachesNext);
}

/** Where a rank verb starts in a subject (`…经济总量位居全国`), or -1. */
function rankVerbIn(text: string): number {
  for (let k = 1; k < text.length; k++) if (RANK_VERB.test(text.slice(k, k + 2))) return k;
  return -1;
}

/**
 * The members of a list of counted nouns before `分别` (`3个市、5个县分别…`):
 * the n figures before the list head are counts, each followed by its noun
 * and a joiner, the last by its noun and `分别` (`last`). Null when the shape is not that.
 */
const MEMBER_AFTER_COUNT = /^[\u4e00-\u9fff]{1,6}(?=[、和及与]$)/;
function countedMembers(ctx: SentenceContext, head: number, n: number, last: Phrase): Phrase[] | null {
  if (head < n || last.length < 1 || last.length > 6) return null;
  const members: Phrase[] = [];
  for (let k = head - n; k < head - 1; k++) {
    const a = ctx.figs[k]!;
    const b = ctx.figs[k + 1]!;
    if (a.kind !== 'count' || b.kind !== 'count') return null;
    const m = MEMBER_AFTER_COUNT.exec(ctx.text.slice(a.end, b.start));
    if (!m) return null;
    members.push(Phrase.of(ctx.text, a.end, a.end + m[0].length));
  }
  members.push(last);
  return members;
}

/** `接待游客320万人次，实现旅游收入28.5亿元，分别增长15.2%和18.7%`: the n levels before, in order. */
function earlierLevels(ctx: SentenceContext, head: number, n: number): Phrase[] | null {
  const levels: Phrase[] = [];
  for (let j = head - 1; j >= 0 && levels.length < n; j--) {
    const d = ctx.done[j]!;
    if (d.kind !== 'date' && d.level && d.label.length) levels.push(d.label);
  }
  return levels.length === n ? levels.reverse() : null;
}

/** Scope words before the first member of a list (`假期全市铁路、公路…`, `新开通的东南亚、中东航线`): not part of the member. */
const SCOPE_BEFORE = /^(?:.*的)?(?:假期|期间|今年|去年|全年|其中)?(?:全[市省县区国州镇乡]|本[市省县区])?/;
/** The parts of `p` between the one-character joiners `re` finds (a global pattern). */
function splitAt(p: Phrase, re: RegExp): Phrase[] {
  const parts: Phrase[] = [];
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(p.text); m !== null; m = re.exec(p.text)) {
    parts.push(p.slice(start, m.index));
    start = m.index + 1;
  }
  parts.push(p.slice(start));
  return parts;
}

const ENUMERATION_COMMA = /、/g;

/** Verbs that only say an amount was reached, inside the last item of a list (its indicator follows). */
const REACHED = /(?:实现|完成|取得|录得)/;
/** A count of the members of a list, right after it: 两省, 三市的, 两个片区 (and, in a label, with words after it). */
const COUNT_OF_MEMBERS_AT_HEAD = /^[两二三四五六七八九十]+个?[\u4e00-\u9fff]?[省市县区国州镇乡村]的?/;
const COUNT_OF_MEMBERS = new RegExp(`${COUNT_OF_MEMBERS_AT_HEAD.source}(?=[\\u4e00-\\u9fffA-Za-z]{2})`);
const INDICATOR_MODIFIER = /^(?:居民|人均|户均|平均|可支配|新增|累计|全年|年均|日均|经济)/;
/** The longest a member of a list of two is taken to be when only its length can tell where the indicator starts. */
const SHORT_MEMBER = 4;

/**
 * `A产业、B产业、C产业增加值` over 3 figures → labels `A产业增加值`, `B产业增加值`,
 * `C产业增加值`, and the members `A产业`, `B产业`, `C产业`.
 */
function distribute(subject: Phrase, n: number): { labels: Phrase[]; members: Phrase[] } | null {
  let items = splitAt(subject, LIST_SPLIT);
  // 教育、社会保障和就业、卫生健康支出: a member may hold 和; then only 、 parts the members.
  if (items.length !== n) items = splitAt(subject, ENUMERATION_COMMA);
  if (items.length !== n) return null;
  for (let k = 0; k < n; k++) if (items[k]!.length === 0) return null;
  const lastItem = items[n - 1]!;
  // The words the last item has beyond what the items share are the indicator.
  let common = items[0]!.text;
  for (const p of items.slice(1, -1)) while (common && !p.text.endsWith(common)) common = common.slice(1);
  let tail: Phrase = Phrase.EMPTY;
  const at = common ? lastItem.text.lastIndexOf(common) : -1;
  // Members are parallel words: as long as the middle ones (members only), or, in a list of
  // two, as the first without its scope (铁路、公路发送旅客 · 高血压、糖尿病患者规范管理率).
  const middle = items.slice(1, -1);
  const first = items[0]!.text.replace(SCOPE_BEFORE, '');
  // (Middle members of different lengths tell none: 第一、二、三产业和城乡居民生活用电量.)
  const alike = middle.every((p) => p.length === middle[0]!.length);
  const memberLength = middle.length ? (alike ? middle[0]!.length : 0) : first.length <= SHORT_MEMBER ? first.length : 0;
  // (The last member may be shorter than the first, never the indicator shorter than two: 东南亚、中东航线.)
  const byLength = memberLength && lastItem.length >= 4 ? lastItem.slice(Math.min(memberLength, lastItem.length - 2)) : null;
  // The entity before a known indicator (风电、太阳能发电量, 汽车、工业机器人产量), unless middle members
  // tell the length better (compound indicators are heads of their own: 小麦、玉米种植面积).
  const entity = entityOf(lastItem);
  const byEntity = entity ? lastItem.slice(entity.length) : null;
  // Two characters between the first member's length and a known indicator modify the indicator
  // (北京、上海经济总量, 城镇、农村居民收入: 经济总量, 居民收入), as do words that open an indicator
  // (城镇、农村居民人均可支配收入); other words are part of the member (汽车、工业机器人产量, 天津市滨海新区).
  const extra = entity && memberLength ? lastItem.text.slice(memberLength, entity.length).replace(COUNT_OF_MEMBERS_AT_HEAD, '') : '';
  const modifiedIndicator = middle.length === 0 && (extra.length === 2 || INDICATOR_MODIFIER.test(extra));
  // A first member with an indicator of its own (社会消费品零售总额和固定资产投资): the items are whole labels and share nothing.
  const ownIndicator = entityOf(items[0]!) !== null && (INDICATOR_TAIL.exec(items[0]!.text)?.[0].length ?? 0) >= 2;
  if (ownIndicator && middle.length === 0) tail = Phrase.EMPTY;
  else if (at >= 0) tail = lastItem.slice(at + common.length);
  // (Middle members tell the length, unless the last member is as long at least and a known indicator ends the list:
  // 教育、社保、卫生健康支出 → 支出.)
  // (Members of one character are a series — 第一、二、三产业 —: their length tells.)
  else if (middle.length && byEntity && memberLength >= 2 && entity!.length >= memberLength && !modifiedIndicator) tail = byEntity;
  else tail = (middle.length || modifiedIndicator ? byLength ?? byEntity : byEntity ?? byLength) ?? Phrase.EMPTY;
  // 东部新城、西部科学城分别实现高新技术产业产值: a verb that only says an amount was reached ends the last member;
  // the indicator is what follows it.
  const reached = REACHED.exec(lastItem.text);
  if (reached && reached.index >= 2) tail = lastItem.slice(reached.index + reached[0].length);
  // 广东、江苏两省经济总量, 高雄、台中、台南三市的人口: the count of the members belongs to no label.
  const counted = COUNT_OF_MEMBERS.exec(tail.text);
  if (counted) tail = tail.slice(counted[0].length);
  // Built with push, like `earlierLevels`: one array shape for `listLabel`.
  const labels: Phrase[] = [];
  const members: Phrase[] = [];
  // The last member, without the verb that only says an amount was reached.
  const lastMember = reached && reached.index >= 2 ? lastItem.slice(0, reached.index) : lastItem.slice(0, lastItem.length - tail.length);
  for (let k = 0; k < n; k++) {
    labels.push(k === n - 1 ? lastMember.concat(tail) : items[k]!.concat(tail));
    members.push(k === n - 1 ? lastMember : items[k]!);
  }
  return { labels, members };
}

const RATIO_COLONS = ':：∶比';

/** A part of a ratio (`12.5%：39.6%：47.9%`, `3:1`): each part means something else, and no words say what. */
export function isRatioPart(ctx: SentenceContext, i: number): boolean {
  const { figs, text } = ctx;
  const colon = (from: number, to: number): boolean => to - from === 1 && RATIO_COLONS.includes(text.charAt(from));
  const prev = figs[i - 1];
  const next = figs[i + 1];
  return (!!prev && colon(prev.end, figs[i]!.start)) || (!!next && colon(figs[i]!.end, next.start));
}

/** Where a rank names its scope, not its subject. */
const SCOPE = /^(?:全国|全球|全省|全疆|全区|全市|全州|世界|国内|国际|同类|同行业)+/;
/** A field of places a rank is taken in: 中部六省, 西部城市, 沿海地区 (热门景区 is a field of its own kind: it names the rank). */
const PLACES_END = /(?:[一二三四五六七八九十\d]+个?[省市县区国州]|城市|地区|地市|省份|省区|国家|经济体)$/;

/**
 * A rank (`位居全国第三`, `居…第1位`, `跻身全国家电业前五`): the indicator
 * before the rank verb; else the field between the verb and the rank
 * (`全国家电业`) when it is more than a scope; else the subject of the clause
 * before (`其销量仅次于…，跃居全国第2位`).
 */
/** A field ranked in, at the end of the words before a rank: 在全国港口中, 在全省农信系统考评中. */
// (And 在全国, 在全省 alone: 该市GDP在全国排名第7位.)
const IN_FIELD = /在[^，,]{2,}?(?:之中|中|里|内)$|在(?:全国|全球|全省|全区|全市|世界|国内|同类城市|同行业)$/;
/** The rest of a field after a count inside it: 地市中, 个县（市、区）中 (the parenthesis is left out of phrases). */
const FIELD_TAIL = /^[^，,]{1,10}?(?:之中|中)$/;
/** Where such a field opens, in the words before its count: 在全省. */
const FIELD_OPEN = /在[^，,在]*$/;

const RANK_ADVERB_END = /(?:继续|仍然|仍|稳|持续|一直|始终|已经|已|再次|首次|连续|均|都|也)$/;

export function rank(ctx: SentenceContext, i: number): Phrase | null {
  const own = ctx.ownCore(i);
  const m = RANK.exec(own.text);
  if (!m) return null;
  let subject = indicator(own.slice(0, m.index)).trimStart(/^的/).trimStart(ADVERBS);
  // 总量继续居全省第一, 增速稳居…: an adverb before the rank verb is no part of what is ranked.
  const adverb = RANK_ADVERB_END.exec(subject.text);
  if (adverb && adverb.index >= 2) subject = subject.slice(0, adverb.index);
  // 在全国沿海港口中排名第七: the field ranked in is no subject (增速在全市银行中排名第一 → 增速).
  let field: RegExpExecArray | boolean | null = IN_FIELD.exec(subject.text);
  if (field) subject = indicatorTail(subject.slice(0, field.index));
  // 在全省13个地市中排名第二: a field with a count inside it (the count ends the rank's clause) is no subject either.
  const fieldOpen = i > 0 && ctx.figs[i - 1]!.kind === 'count' ? FIELD_OPEN.exec(ctx.owns[i - 1]!.text) : null;
  const inField = !field && fieldOpen !== null && FIELD_TAIL.test(subject.text);
  if (inField) {
    field = true;
    subject = Phrase.EMPTY;
  }
  // What the figures before measured: the last level, else the last labelled figure (a change: 增长8%) — not the count of the field.
  const skip = inField ? ctx.done[i - 1] : undefined;
  const lastLevel = (): Phrase | null => ctx.lastLabel(i, (d) => d.level && d !== skip) ?? ctx.lastLabel(i, (d) => d.kind !== 'ordinal' && d !== skip);
  if (subject.length && ATTRIBUTE.has(subject.text)) {
    const level = lastLevel();
    if (level) return level.concat(subject);
  }
  if (subject.length) return subject;
  // The subject gone with the field: what the clauses before measured (集装箱吞吐量…，在全国港口中排名第七),
  // or what stands before the field (该县粮食产量在全市8个县中排名第一).
  if (field) return lastLevel() ?? (fieldOpen && fieldOpen.index >= 2 ? indicator(ctx.owns[i - 1]!.slice(0, fieldOpen.index)) : null);
  const ranked = own.slice(m.index).trimStart(RANK_VERB);
  // 居中部六省第一位, 居全国第7位: a field of places ranked in; what the figures before measured is what ranks.
  if (ranked.trimStart(SCOPE).length >= 2 && !PLACES_END.test(ranked.text)) return ranked;
  const before = lastLevel();
  if (before) return before;
  if (ranked.trimStart(SCOPE).length >= 2) return ranked;
  const start = own.length ? ctx.clauses.find((cl) => cl.end >= ctx.figs[i]!.start)?.start ?? 0 : 0;
  const prior = ctx.clauses.filter((cl) => cl.end < start);
  const last = prior[prior.length - 1];
  return last ? subjectOf(last.phrase) : null;
}

/** An anniversary (`成立70周年`, `建院60多年来`): the event; other durations get none. `p`: the figure's `ownCore`. */
export function anniversary(p: Phrase): Phrase | null {
  if (!EVENT_END.test(p.text)) return null;
  // From after the last verb before the event: 纪念该校建校 → 该校建校.
  let start = 0;
  VERBS_ANYWHERE.lastIndex = 0;
  for (let m = VERBS_ANYWHERE.exec(p.text); m; m = VERBS_ANYWHERE.exec(p.text)) {
    const end = m.index + m[0].length;
    if (end < p.length && !EVENT_END.test(p.text.slice(0, end))) start = end;
  }
  return p.slice(start);
}

const isBreak = charTest(BOUNDARY);
/** A clause break in a label (a loop on character codes: `BOUNDARY` has `\s`, slow to search for). */
const hasBreak = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (isBreak(s.charCodeAt(i))) return true;
  return false;
};

const QUOTATION = /^[“‘「《][^“‘「《]*[”’」》]$/;
const ANY_QUOTE = /[“‘《「”’》」]/;
/** Quotes that come in pairs: `QUOTE_OPEN[k]` closes with `QUOTE_CLOSE[k]`. */
const QUOTE_OPEN = '“‘《「';
const QUOTE_CLOSE = '”’》」';

/** No trailing `的`, no stray quote, no words that say nothing, nothing across a clause break. */
const LETTER = /[\u3400-\u9fffA-Za-z]/;

/**
 * Words inside a label that say nothing of what it measures; each goes where
 * it stands, the label keeping two characters at least. With each, a
 * character it cannot match without (most labels have none: no search).
 */
const DROPPED_INSIDE: readonly (readonly [string, RegExp])[] = [
  // 创新券自发放之日起有效期: when a term starts.
  ['起', /自[\u4e00-\u9fff]{1,10}?之日起/],
  // 公司向全体股东每10股派发现金红利: what a payout is per.
  ['每', /每\d+(?:\.\d+)?万?(?:股|份|元|美元|港元|欧元)/],
  // 新华社北京9月18日电（记者…）: a dateline (at the head).
  ['电', /^(?:新华社|中新社|中新网|人民网|央视网|新华网|本报)[\u4e00-\u9fff]{0,8}?电/],
  // 答：我们储备拟签约项目316个, 我们力争…, 我们把审批时间…: who speaks names nothing measured (nor 力争 or 把 after it).
  ['们', /^(?:我们|他们|你们|咱们)(?:力争|确保|争取|预计|计划|将|要|还|也|已|已经)?把?(?=[\u4e00-\u9fff]{2})/],
  // 公司预计营收增长5%至8%: a forecast's word after the subject.
  ['预', /(?<=[\u4e00-\u9fff]{2})(?:预计|预估)(?=[\u4e00-\u9fff]{2})/],
  // 把审批时间从7个工作日压缩到…: 把 before the thing acted on.
  ['把', /^把(?=[\u4e00-\u9fff]{2})/],
  // 对新认定的高新技术企业给予一次性奖励30万元: in a policy, what is granted names the amount, not to whom.
  ['予', /^[^，]*?(?:给予|予以)(?=[\u4e00-\u9fff]{2})/],
  // 对年纳税额超过500万元的企业…: 对 at the head is a preposition (not 对外贸易, 对口支援, nor trade with a partner: 对东盟进出口).
  ['对', new RegExp(`${POLICY_DUI.source}(?=[\\u4e00-\\u9fff]{2})(?!.*(?:进出口|出口|进口|贸易|投资|援助|顺差|逆差))`)],
  // 公司将资本支出维持在…, 台积电并将资本支出…: 将 of the future or of what is acted on, and 并 before it, say nothing of what is measured.
  ['将', /(?<=[\u4e00-\u9fff]{2})(?:并|亦|也|还)?将(?![军领来士帅])(?=[\u4e00-\u9fff]{2})/],
  // 该公司于2015年实现营收…, 于3月发布新品: 于 of a date taken out, before the verb.
  // (Not the 于 of a word: 位于, 属于, 等于, 对于, 由于, 高于…)
  ['于', /(?<=[\u4e00-\u9fff]{2})(?<![位属等对由关至终基鉴处居用高低大小多少快慢优好善勇急忙勤乐敢易难过限归源)])于(?!的)(?=[\u4e00-\u9fff]{2})/],
  // 全市地区生产总值到2030年迈上…: 到 of a date taken out, before the verb.
  ['到', /(?<=[\u4e00-\u9fff]{2})到(?=迈上|迈入|达到|实现|突破|分别|完成|提高|增长|下降|降低|控制|力争|建成|超过|累计|新增)/],
  // 一部上映于上世纪80年代的影片重映首周票房: a relative clause whose date was taken out (a preposition left before 的) says which one.
  // (于, 自, 从 only: 该站记录到的, 所在的 are verbs before 的.)
  ['的', /^[^的，]{0,12}?(?:于|自|从)的/],
];
/** Words at the end of a label left by a verb taken off (the label keeping two characters before them), with a character they need. */
const DROPPED_AT_END: readonly (readonly [string, RegExp])[] = [
  // 绿色贷款余额年末突破500亿元: a time word (all end in one of 来末底初前今年在时).
  ['', /(?:今年以来|近年来|年初以来|以来|年末|年底|年初|月末|月底|月初|季末|季度末|目前|当前|今年|去年|如今|现在|当地时间|北京时间|美东时间)$/],
  // 国际油价周五收于…: a day of the week.
  ['', /(?:周|星期)[一二三四五六日天]$/],
  // 非化石能源消费比重到2025年、2030年分别达到…: 到 of a date taken out, at the end.
  ['到', /(?<![达得想遇受做办收拿找看听见感提)长加高升降少大至回])到$/],
  // 进度快于同期: a benchmark the figure is compared with.
  ['于', /(?:快于|慢于|高于|低于|好于|优于)[\u4e00-\u9fff]{1,8}$/],
];
/** The last characters of the words of DROPPED_AT_END without a needed character. */
const TIME_OR_DAY_LAST = new Set([...'来末底初前年在今时间一二三四五六日天']);
/** ①全区新增就业: the number of an item. */
const ITEM_MARK = /^[①-⑳]/;

/** What a price is quoted per, right before it: `大豆价格为每斤` · `维持每度` (the figure keeps it). */
const PER_END = /(?:为|是|按|维持|收于)?每[\u4e00-\u9fff]{1,2}$/;

/** `p` without the words `DROPPED_INSIDE` and `DROPPED_AT_END` find. */
function withoutEmptyWords(p: Phrase): Phrase {
  let out = p;
  const per = PER_END.exec(out.text);
  if (per) out = out.slice(0, per.index);
  if (ITEM_MARK.test(out.text) && out.length >= 3) out = out.slice(1);
  for (const [needs, re] of DROPPED_INSIDE) {
    if (!out.text.includes(needs)) continue;
    const m = re.exec(out.text);
    if (m && out.length - m[0].length >= 2) out = out.slice(0, m.index).concat(out.slice(m.index + m[0].length));
  }
  for (const [needs, re] of DROPPED_AT_END) {
    if (needs ? !out.text.includes(needs) : !TIME_OR_DAY_LAST.has(out.text.slice(-1))) continue;
    const m = re.exec(out.text);
    if (m && m.index >= 2) out = out.slice(0, m.index);
  }
  return out;
}

export function tidy(p: Phrase): Phrase {
  // 全市有3个县: a place of one character is a label of its own.
  if (p.length === 1 && PLACE_NOUN.test(p.text)) return p;
  if (p.length < 2) return Phrase.EMPTY;
  let out = withoutEmptyWords(p.trimEndChars('的').trimStartChars('的、和与及').trimEndChars('、和与及'));
  if (ANY_QUOTE.test(out.text)) {
    // A stray quote at either end goes.
    for (let k = 0; k < QUOTE_OPEN.length; k++) {
      const open = QUOTE_OPEN[k]!;
      const close = QUOTE_CLOSE[k]!;
      if (out.text.startsWith(open) && !out.text.includes(close)) out = out.slice(1);
      if (out.text.endsWith(close) && !out.text.includes(open)) out = out.slice(0, -1);
    }
    // A quotation alone (`“工业强市”`) is a slogan, not an indicator.
    if (QUOTATION.test(out.text)) return Phrase.EMPTY;
  }
  // (A label of marks alone — `——` before a subtitle — says nothing.)
  if (out.length < 2 || EMPTY_LABEL.has(out.text) || hasBreak(out.text) || !LETTER.test(out.text)) return Phrase.EMPTY;
  return out;
}

