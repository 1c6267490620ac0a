/**
 * `change`: up or down when a change word governs the figure
 * (`同比增长33.49%`, `下降0.3个百分点`, `降幅达12.4%`, `2.8%的涨幅`); empty
 * for a level reached (`增至`, `提高到`), a rate noun (`增速为6.2%`) and a
 * benchmark (`高于5.1%的全国水平`). Items of a list share their change.
 */
import { words } from '../grammar/compose.js';
import { charTest } from '../text/charClass.js';
import { CHANGE_AFTER, CHANGE_BEFORE as LABELLED_CHANGES, CHANGE_NOUN, NAMED_CHANGES, NOT_CHANGE } from '../lexicon/changeWords.js';
import { APPROX_BEFORE } from '../lexicon/qualifiers.js';
import { CURRENCIES } from '../lexicon/currencies.js';
import type { Candidate } from '../recognizers/types.js';

// What may stand between a change word and its figure: 增长了 · 增幅达 · 增长约 · 分别增长 · 减少人民币120元 (a currency named before the amount)
const CURRENCY_NAMES = words(Object.keys(CURRENCIES).filter((w) => w.length > 1 && !w.startsWith('元'))).source;
// (涨幅控制在3%左右, 增长保持在5%: a change held at an amount.)
// (涨了差不多两成, 涨了快一倍, 增长了足足一倍: spoken qualifiers too.)
const FILLER = `(?:了|已经|已|将|可|有望|预计|预期|控制在|保持在|稳定在|在|达到|达|为|约|近|超过|超|逾|将近|接近|不足|不到|不低于|不少于|不超过|不高于|分别|均|共|合计|累计|差不多|大约|大概|几乎|足足|整整|快|可能|一度|盘中一度|${CURRENCY_NAMES}|\\s)*`;
/** Every change word before a figure: those a label leaves out, and those it keeps (降温幅度). */
const CHANGE_BEFORE: Readonly<Record<string, Exclude<Candidate['change'], ''>>> = { ...LABELLED_CHANGES, ...NAMED_CHANGES };
const BEFORE = new RegExp(`(?<word>${words(Object.keys(CHANGE_BEFORE)).source})${FILLER}$`);
const NOT = new RegExp(`(?:${words(NOT_CHANGE).source})$`);

// 2.8%的涨幅 · 5%左右的增长 · 30%以上的高速增长 — a rate after which its change is named.
// A verb needs the 的 (百亿元增长到 is a level left behind, not a change), and never
// runs on into a level (增长到) or a rate (增长率).
const NOUN_AFTER = Object.keys(CHANGE_AFTER).filter((w) => w.endsWith('幅') || w.endsWith('量'));
const VERB_AFTER = Object.keys(CHANGE_AFTER).filter((w) => !NOUN_AFTER.includes(w));
const AFTER = new RegExp(
  `^(?:以上|左右|上下)?(?:(?<noun>的?(?:${words(NOUN_AFTER).source}))|的(?:高速|快速|较快|稳定|平稳|大幅|明显|小幅)?(?<verb>${words(VERB_AFTER).source}))(?!率|速|到|至|为)`,
);
const AFTER_KINDS = new Set(['percent', 'percentage_point', 'multiple']);

// 下调存款准备金率0.5个百分点 · 提高城镇化率1.2个百分点: a verb, its object, then the amount of change.
const VERB_OBJECT = new RegExp(
  `(?<word>提高|降低|下调|上调|调降|调低|调升|调高|提升|增加|减少|减排|压减|压降|削减|裁减|下降|上升|扩大|缩小)[^，。；：、\\n的为是达占有至到0-9]{1,12}$`,
);
const VERB_OBJECT_KINDS = new Set(['percent', 'percentage_point']);
// 提升区域供电能力约150万千瓦, 增加居民收入500元: for an amount the object must be an indicator (改造提升中低产田3.5万亩 upgrades fields, no change).
const AMOUNT_OBJECT_KINDS = new Set(['money', 'quantity', 'count', 'number']);
const PLAIN_CHANGE: ReadonlySet<string> = new Set(['减少', '降低', '增加', '压减', '压降', '削减', '裁减', '减排']);
const INDICATOR_OBJECT = /(?:能力|收入|产量|产值|规模|总量|水平|容量|负荷|效益|利润|税收|产能|储量|库存|装机|供应量|发电量|用电量)(?:约|近|超过|超|逾|达)?$/;

/** One-character verbs that are changes by themselves: 恒指跌0.8%, 股价涨3%, 纳指升1.2%, 瘦了8斤, 贵了300元 (增, 降, 多, 高… need a comparison: 新增5家, 起降31.6万架次). */
const SURE_SHORT: ReadonlySet<string> = new Set(['涨', '跌', '升', '瘦', '胖', '贵']);

const GAP_WORDS: Readonly<Record<string, 'up' | 'down'>> = { 高于: 'up', 高出: 'up', 快于: 'up', 多于: 'up', 低于: 'down', 慢于: 'down', 少于: 'down' };
/** After a benchmark figure: 的(平均)水平, 的全国水平. */
const BENCHMARK_AFTER = /^(?:左右)?的[^，。；：、\n]{0,4}水平/;
// (不低于总户数20%: 不 makes a bound, not a gap.)
const GAP = new RegExp(`(?<!不)(?<word>${Object.keys(GAP_WORDS).join('|')})[^，。；：、\\n的为是达占有至到0-9]{1,12}$`);

/** A single-character change word (增, 高, 多…) needs a comparison earlier in its clause: 比上年高2个百分点. */
const COMPARISON = /[比较]/;
const CLAUSE_BREAK = /[，。；：！？、\n]/;

const COMPARED_MORE = /(?:比|较)[^，。；：、\n]{1,12}?(?<w>多|少)[\u4e00-\u9fff]{1,2}了?$/;

/** How far back a change word may stand. */
const REACH = 16;

const LIST_LINK = /^(?:、|和|与|及|或)$/;
const isClauseEnd = charTest(/[，。；：！？\n]/);

export function readChange(text: string, found: Candidate[]): Candidate[] {
  let prev: Candidate | null = null;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.kind !== 'date' && !c.change) {
      c.change = changeOf(text, c, prev);
      // 分别以1.91%和1.42%的涨幅领涨: a change named after the last item of a list is every item's.
      if (c.change && AFTER_KINDS.has(c.kind) && AFTER.test(text.slice(c.end, c.end + 12))) {
        for (let j = k - 1; j >= 0 && found[j]!.kind === c.kind && !found[j]!.change && LIST_LINK.test(text.slice(found[j]!.end, found[j + 1]!.start)); j--) found[j]!.change = c.change;
      }
    }
    prev = c;
  }
  return found;
}

function changeOf(text: string, c: Candidate, prev: Candidate | null): Candidate['change'] {
  // A date between the comparison and the change word is part of the comparison: 比2024年高2%.
  const from = Math.max(prev && prev.kind !== 'date' ? prev.end : 0, c.start - REACH);
  // Back to the clause start only.
  let start = c.start;
  while (start > from && !isClauseEnd(text.charCodeAt(start - 1))) start--;
  const before = text.slice(start, c.start);
  // A list item takes the change of the item before it: 分别增长2倍、6.3%和5%.
  // (With none there, the item may still name one after it: 1.91%和1.42%的涨幅.)
  if (prev && prev.kind !== 'date' && prev.change && LIST_LINK.test(text.slice(prev.end, c.start))) return prev.change;
  const m = BEFORE.exec(before);
  // 上调至每升8.12元: 升 after 每 is a litre, what the price is per, no change word.
  if (m && m.groups!.word!.length === 1 && before[m.index - 1] === '每') return '';
  if (m) {
    const word = m.groups!.word!;
    const upto = before.slice(0, m.index + word.length);
    const approxWord = Object.prototype.hasOwnProperty.call(APPROX_BEFORE, word);
    // 下调为15毫克, 提高为20%: a verb with 为 names the level reached (增幅为5% is a change: a noun).
    if (before.startsWith('为', m.index + word.length) && !CHANGE_NOUN.test(word)) return '';
    // 快了1.2秒: faster is less time; a speed word says no direction of a length of time.
    const speedOfTime = c.kind === 'duration' && (word === '快' || word === '慢');
    // 连升五个月, 连跌3天: how long a run of rises lasted, no amount of change.
    const runLength = c.kind === 'duration' && (before[m.index - 1] === '连' || before[m.index - 1] === '連');
    if (!NOT.test(upto) && !approxWord && !speedOfTime && !runLength) {
      if (word.length > 1 || SURE_SHORT.has(word) || COMPARISON.test(before.slice(0, m.index))) return CHANGE_BEFORE[word]!;
    }
  }
  // 比去年同期多接待15.6万人次: 多 or 少 after a comparison, then a verb of one or two characters.
  const more = COMPARED_MORE.exec(before);
  if (more) return more.groups!.w === '多' ? 'up' : 'down';
  const vo = VERB_OBJECT_KINDS.has(c.kind) || AMOUNT_OBJECT_KINDS.has(c.kind) ? VERB_OBJECT.exec(before) : null;
  // For an amount, 减少/降低/增加 change whatever they govern (减少碳排放20万吨); 提升, 扩大… only an indicator (改造提升中低产田 upgrades fields).
  // Not a noun that begins with the verb: 第一产业增加值312.45亿元 is a level.
  if (vo && NOT_CHANGE.some((w) => before.startsWith(w, vo.index))) return '';
  // (节能减排项目投资2亿元, 实施减排工程12项: 减排 names a kind of project there, no change.)
  if (vo && vo.groups!.word === '减排' && (before.slice(Math.max(0, vo.index - 2), vo.index) === '节能' || /(?:项目|工程|技术|设施|资金)/.test(before.slice(vo.index)))) return '';
  if (vo && (VERB_OBJECT_KINDS.has(c.kind) || PLAIN_CHANGE.has(vo.groups!.word!) || INDICATOR_OBJECT.test(before))) return CHANGE_BEFORE[vo.groups!.word!]!;
  // 高于全国平均水平0.3个百分点: the gap to a benchmark named in between (高于5.1%的全国水平 is the benchmark itself).
  // 远高于全球18%的平均水平: the figure is the benchmark itself (a scope between 高于 and it), no gap.
  // (And an amount: 每万人拥有执业医师32.5人，高于全省平均水平4.1人.)
  const gap = (VERB_OBJECT_KINDS.has(c.kind) || AMOUNT_OBJECT_KINDS.has(c.kind)) && !BENCHMARK_AFTER.test(text.slice(c.end, c.end + 8)) ? GAP.exec(before) : null;
  if (gap) return GAP_WORDS[gap.groups!.word!]!;
  const after = AFTER_KINDS.has(c.kind) ? AFTER.exec(text.slice(c.end, c.end + 12)) : null;
  if (after && !CLAUSE_BREAK.test(after[0])) return CHANGE_AFTER[(after.groups!.noun ?? after.groups!.verb!).replace(/^的/, '')]!;
  return '';
}
