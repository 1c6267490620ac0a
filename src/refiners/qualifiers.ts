/**
 * `approx` from the words around a figure: 约/超过/近… before it, 左右/以上/
 * 以内… after it (spec "Approximation"). Inner 余/多/几 were read with the
 * numeral. Dates take no qualifier.
 */
import { words } from '../grammar/compose.js';
import { CURRENCIES } from '../lexicon/currencies.js';
import { APPROX_ADVERBS, APPROX_AFTER, APPROX_BEFORE, FALSE_BEFORE, LINKING_WORDS } from '../lexicon/qualifiers.js';
import type { Candidate } from '../recognizers/types.js';
import { LIST_JOINER } from '../text/charClass.js';

// 约20万 · 超过了30亿 · 增幅达近5%
// 约为每公斤2.45元, 约为每秒30万公里: what the amount is per may stand between too.
// (每家企业每年最高补助30万元: what is granted may stand between too.)
const BEFORE = new RegExp(`(?<word>${words(Object.keys(APPROX_BEFORE)).source})(?:补助|补贴|奖励|资助)?(?:${words(LINKING_WORDS).source})?(?:每[^\\d，。；、\\s]{1,3})?$`);

// 左右 · 以上 · 三年内 · 60岁及以上 · 30人（含）以下 — but not 上下游, 内容, 32GB内存, 3名内科医生.
const AFTER = new RegExp(`^ ?期?(?:及|或|（含）|\\(含\\))?(?<word>${words(Object.keys(APPROX_AFTER)).source})(?!(?<=\\+)[0-9]|游|级|班|容|部|地|蒙|外|涵|需|销|陆|存|科|设|循|阁|核|衣|资|饰|侧|心|镜|河|江|战|政|务|网|燃)`);

// 大约消耗了300千卡 · 至少运动150分钟 · 最多可领取500元: an adverb, a modal, a verb of one or two characters (not 的, 是 or a conjunction), then the figure.
const ADVERB_VERB = new RegExp(`(?<word>${words(APPROX_ADVERBS).source})(?:可以|能够|可|能|会|要|将)?[^\\x00-\\u4dff的是和与或及、，。；：！？（）]{1,2}?了?$`);

/**
 * 过 before a figure is 'over' only before a round amount (过万, 规模过百亿); after a verb it is an aspect (去过3次, 生产过100台).
 * So is 破 (销量破10万, 票房破亿; 打破3项纪录 is none). Before a percentage both are over (过七成, 过70%).
 * 近 before a length of time means "the last" where it opens a span of time (近五年来, 近十年间, 近3年，…,
 * 近6个月平均),
 * "nearly" elsewhere (已有近70年历史, 将近5年).
 */
const isRound = (c: Candidate): boolean => c.multiplier !== null && c.multiplier.num > c.multiplier.den;
// 近6个月平均, 近三年平均水平, 近12个月滚动, 近5年累计, 近3年内: a span the figure after is measured over.
const SPAN_AFTER = /^(?:来|以来|间|里|中|内|平均|滚动|累计|年均|月均|同期)/;
const CLAUSE_EDGE = /^$|[，。；：！？、\n）)]$/;
function recentSpan(text: string, c: Candidate, m: RegExpExecArray): boolean {
  if (m[0] !== '近') return false;
  if (SPAN_AFTER.test(text.slice(c.end, c.end + 2))) return true;
  const start = c.start - 1;
  // 近3年，… · （一）近3年主要会计数据 · ，近5年共投入…: at the head of a clause or heading it opens the span.
  return CLAUSE_EDGE.test(text.slice(Math.max(0, start - 1), start));
}


// 约占全区的30% · 不低于新增投资额的20%: the qualifier governs a share named before it.
// 约 of 约定, 约束 is no qualifier.
// (Not 最低, 最高, 上限…, which qualify only right before a figure: 按当地最低工资标准的70%.)
const NEAR_ONLY = new Set(['最低', '最高', '最长', '最短', '上限', '下限', '最多', '最少']);
const FAR = `${words(Object.keys(APPROX_BEFORE).filter((w) => w.length > 1 && !NEAR_ONLY.has(w))).source}|约(?![定束请见谈])`;
const SHARE_BEFORE = new RegExp(`(?<word>${FAR})(?:占到?[^，。；：\\n]{0,14}|[^，。；：\\n]{0,14}的)$`);
// 不低于总户数20%的比例: a share that is itself an attribute (的 after it) may follow its base without 的.
const SHARE_OF_BASE = new RegExp(`(?<word>${FAR})[^，。；：\\n的0-9]{1,8}$`);
const SHARE_KINDS: ReadonlySet<string> = new Set(['percent', 'multiple', 'number']);
// 约占股本总额12.5亿股的0.80%: past the base figure, only after 占.
const SHARE_PAST_BASE = new RegExp(`(?<word>${FAR})占到?[^，。；：\\n]{0,20}的$`);

const CURRENCY_END = new RegExp(`(?:${words(Object.keys(CURRENCIES).filter((w) => w.length > 1)).source})$`);

/** 分别 right before the qualifier of the first item of a list. */
const RESPECTIVELY_BEFORE = /分别[\u4e00-\u9fff]{1,4}$/;

/** How far back a qualifier may stand. */
const REACH = 10;

export function readQualifiers(text: string, found: Candidate[]): Candidate[] {
  let prevEnd = 0;
  let prev: Candidate | null = null;
  // The previous item's qualifier is a 分别 list's (so the next item of the list shares it).
  let shared = false;
  for (const c of found) {
    // 投资分别不低于1500亿元、1600亿元和1700亿元: a qualifier after 分别 bounds every item of the list.
    const listed: boolean = prev !== null && !c.approx && prev.approx !== '' && prev.kind === c.kind && LIST_JOINER.test(text.slice(prev.end, c.start));
    const fromHead: boolean = listed && (shared || RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, prev!.start - 8), prev!.start)));
    if (fromHead) c.approx = prev!.approx;
    shared = fromHead;
    prev = c;
    if (c.kind !== 'date' && !c.approx) {
      let before = text.slice(Math.max(prevEnd, c.start - REACH - 4), c.start);
      // 突破新台币26兆元: a currency named before the amount stands between the qualifier and it.
      if (c.kind === 'money') before = before.replace(CURRENCY_END, '');
      before = before.slice(-REACH);
      // A share may look back past its base figure after 占 (约占股本总额12.5亿股的0.80%); the base takes 约占 only
      // right before it (约占地100亩), not as the share's.
      const share = SHARE_KINDS.has(c.kind);
      const far = text.slice(Math.max(prevEnd, c.start - 24), c.start);
      const m =
        BEFORE.exec(before) ??
        ADVERB_VERB.exec(before) ??
        (share || !/占到?[^，。；：\n]{3,}$/.test(far) ? SHARE_BEFORE.exec(far) : null) ??
        (share && prevEnd > c.start - 30 ? SHARE_PAST_BASE.exec(text.slice(Math.max(0, c.start - 30), c.start)) : null) ??
        (share && text.charCodeAt(c.end) === 0x7684 /* 的 */ ? SHARE_OF_BASE.exec(before) : null);
      const word = m?.groups!.word;
      const aspect = ((word === '过' || word === '破') && (m![0] !== word || !(isRound(c) || c.kind === 'percent'))) || (word === '近' && c.kind === 'duration' && recentSpan(text, c, m!));
      // 单日最高达到1.75万班: a peak reached, no bound (最高可达40℃ still is one).
      const peak = word === '最高' && /^最高(?:达到|达)$/.test(m![0]);
      if (m && word && !aspect && !peak && !FALSE_BEFORE.test(m.input.slice(0, m.index + word.length))) c.approx = APPROX_BEFORE[word]!;
      const after = AFTER.exec(text.slice(c.end, c.end + 6));
      if (!c.approx && after) c.approx = APPROX_AFTER[after.groups!.word!]!;
    }
    prevEnd = c.end;
  }
  return found;
}
