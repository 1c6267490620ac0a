/**
 * `period`: the value of the date figure that scopes a figure.
 *
 * A date scopes the figures after it in its sentence (`截至6月末，…`,
 * `2024年前三季度，…`), until another date takes over. Three things stop it:
 *  - a clause that opens with a time word that is no date figure
 *    (`目前`, `今年`, `去年`): what follows is in another time, unknown to us;
 *  - a date that is the base of a comparison (`比2024年增长5%`,
 *    `与2023年相比`, `恢复至2019年同期的132.5%`) is no period at all: 5% is
 *    the change *since* 2024, and the reader's period is the date before it, if any;
 *  - a date that tells when something was founded or put into service
 *    (`2019年3月成立的合作社`, `成立于2016年`, `于5月28日投运`)
 *    describes that thing: it reaches the end of its own clause only.
 * A list of dates before a 分别 (`2023年、2024年…分别为800亿元和1100亿元`)
 * gives each figure of the list after it its own date, in order.
 * Dates themselves get no period.
 */
import type { Candidate } from '../recognizers/types.js';
import { LIST_JOINER, charTest } from '../text/charClass.js';
import type { Span } from '../text/sentences.js';
import { EVENT_VERBS } from '../lexicon/labelWords.js';
import { BOUNDARY, EVENT_VERB_AT, OPENS_WITH_TIME } from './patterns.js';

/** `比`, `较`, `与`, `相比`… right before a date make it a comparison base. */
const BASE_BEFORE = /(?:比|较|较之|相比|相较|相较于|与|同|和|对比)$/;
/** `较公司2023年发行的…`: 较 a few words before the date (比 is also a ratio: 收入比由2018年的…). */
// (And 比 with its subject before the date: 成绩比他今年5月创造的最好成绩提高0.05秒 — not 比重, 比例…, nouns.)
// (Not the 比 of a name: 比亚迪, 比利时, 比特币.)
const BASE_WORDS_BEFORE = /(?:较|(?<![对相无好占])比(?![重例率值分赛]|亚迪|利时|特币|萨|基尼|如))[^由从为是在于，。；：、\d\s]{1,4}$/;
/** `由2018年的2.45∶1缩小至2.12∶1`: the date of the start of a movement scopes the start only. */
const MOVEMENT_FROM = /(?:由|从)$/;

/**
 * `恢复至2019年同期的132.5%`, `是2023年底的2.4倍`, `相当于2020年的1.5倍`: a date
 * a share or a multiple is taken of is a base too.
 */
const OF_BEFORE = /(?:是|为|相当于|恢复至|恢复到|恢复|达到|达|占)$/;
// (恢復至2018年同期約七成: a share of the same period, 的 left out.)
const OF_AFTER = /^(?:的|(?:同期|同月|同季|年底|年末|底|末)(?:的|水平|约|近|逾|超过))/;
const isBaseOf = (text: string, from: number, c: Candidate): boolean =>
  OF_AFTER.test(text.slice(c.end, c.end + 5)) && OF_BEFORE.test(text.slice(Math.max(from, c.start - 3), c.start));

/** The periods of the figures of one sentence (sorted), in their order: a period never crosses a sentence. */
export function periodsOf(text: string, sentence: Span, figs: readonly Candidate[]): string[] {
  const out: string[] = [];
  const start = sentence.start;
  const end = sentence.end;
  let period = '';
  let local: { value: string; until: number } | null = null;
  // 2023年、2024年…分别为800亿元和1100亿元: the dates of a list, one for each figure of the 分别 list after it.
  let each: string[] = [];
  let from = start;
  for (let k = 0; k < figs.length; k++) {
    const c = figs[k]!;
    if (resetsTime(text, start, from, c.start)) {
      period = '';
      local = null;
      each = [];
    }
    if (local && c.start >= local.until) local = null;
    if (c.kind !== 'date') {
      out.push(each.length > 0 ? each.shift()! : local ? local.value : period);
    } else if (each.length === 0 && k + 1 < figs.length && (each = dateList(text, figs, k)).length > 0) {
      // The list's own dates get no period; the period after the list is its last date.
      const n = each.length;
      for (let j = 0; j < n; j++) out.push('');
      period = each[n - 1]!;
      // 一季度、上半年、前三季度和全年GDP分别增长…: the whole year ends the list, a member no date figure gives.
      if (WHOLE_YEAR_AFTER.test(text.slice(figs[k + n - 1]!.end, figs[k + n - 1]!.end + 4))) {
        each.push('');
        period = '';
      }
      local = null;
      from = figs[k + n - 1]!.end;
      k += n - 1;
      continue;
    } else {
      out.push('');
      const value = typeof c.value === 'string' ? c.value : '';
      if (BASE_BEFORE.test(text.slice(Math.max(from, c.start - 3), c.start)) || BASE_WORDS_BEFORE.test(text.slice(Math.max(from, c.start - 6), c.start)) || isBaseOf(text, from, c)) {
        // a comparison base: no period
      } else if (MOVEMENT_FROM.test(text.slice(Math.max(from, c.start - 1), c.start)) && text[c.end] === '的') {
        // 由2018年的2.45∶1缩小至2.12∶1: up to the 至 or 到 of the movement.
        const to = text.slice(c.end, clauseEnd(text, c.end, end)).search(/[至到]/);
        local = { value, until: to < 0 ? clauseEnd(text, c.end, end) : c.end + to };
      } else if (text[c.start - 1] === '于' && text[c.end] === '的' && !COMPARED_YU.has(text[c.start - 2] ?? '')) {
        // 一部上映于上世纪80年代的影片, 成立于2015年的公司: the date says which one, not what time the figures cover.
      } else if (text[c.end] === '电') {
        // 新华社北京6月3日电: the dateline says when the story was filed, not what its figures cover.
      } else if (EVENT_VERB_AT.test(text.slice(c.end, c.end + 4)) || EVENT_YU_BEFORE.test(text.slice(Math.max(from, c.start - 4), c.start))) {
        local = { value, until: clauseEnd(text, c.end, end) };
      } else {
        period = value;
        local = null;
      }
    }
    from = c.end;
  }
  return out;
}

/** Before 于, what makes it a comparison (低于2014年的10.1‰: the figure is that year's), not a date that says which thing. */
const COMPARED_YU: ReadonlySet<string> = new Set([...'低高快慢好优少多等大小强弱晚早']);

/** `成立于2016年`, `投运于…`: the same founding date, the verb before it. */
const EVENT_YU_BEFORE = new RegExp(`(?:${EVENT_VERBS.join('|')})于$`);

/** After the last date of a list: the whole year as one more member. */
const WHOLE_YEAR_AFTER = /^[、和及与](?:全年|全年度)/;

/** A 分别 between a list of dates and the figures it distributes over (in the same clause or the next). */
const RESPECTIVELY = /^[^。；;！？!?]{0,30}?分别/;

/**
 * The values of the dates of a list that starts at `figs[k]` (two or more
 * dates, a joiner between each) when a 分别 follows it; else none.
 */
function dateList(text: string, figs: readonly Candidate[], k: number): string[] {
  let m = k;
  while (m + 1 < figs.length && figs[m + 1]!.kind === 'date' && LIST_JOINER.test(text.slice(figs[m]!.end, figs[m + 1]!.start))) m++;
  if (m === k) return [];
  const last = figs[m]!;
  const next = figs[m + 1];
  const between = text.slice(last.end, next ? next.start : last.end + 32);
  if (!RESPECTIVELY.test(between)) return [];
  return figs.slice(k, m + 1).map((d) => (typeof d.value === 'string' ? d.value : ''));
}

const isBreak = charTest(BOUNDARY);

/** Does a clause that starts between `from` and `to` open with a time word that is no date figure? */
function resetsTime(text: string, sentenceStart: number, from: number, to: number): boolean {
  if (from >= to) return false;
  if (from <= sentenceStart && sentenceStart < to && opensWithTime(text, sentenceStart, to)) return true;
  // The other clauses open right after a break (a loop on character codes: breaks are dense).
  for (let j = Math.max(from - 1, 0); j < to - 1; j++) {
    if (isBreak(text.charCodeAt(j)) && j + 1 >= from && opensWithTime(text, j + 1, to)) return true;
  }
  return false;
}

const opensWithTime = (text: string, i: number, to: number): boolean => OPENS_WITH_TIME.test(text.slice(i, Math.min(to, i + 24)));

function clauseEnd(text: string, from: number, limit: number): number {
  const m = from < limit ? BOUNDARY.exec(text.slice(from, limit)) : null;
  return m === null ? Math.max(from, limit) : from + m.index;
}
