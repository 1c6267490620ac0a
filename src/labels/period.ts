/**
 * `period`: the value of the date figure that scopes a figure.
 *
 * A date scopes the figures after it in its sentence (`截至6月末，…`,
 * `2024年前三季度，…`), until another date takes over. Three things stop it:
 *  - a clause that opens with a time word that is no date figure
 *    (`目前`, `今年`, `去年`): what follows is in another time, unknown to us;
 *  - a date that is the base of a comparison (`比2024年增长5%`,
 *    `与2023年相比`) is no period at all: 5% is the change *since* 2024, and
 *    the reader's period is the date before it, if any;
 *  - a date that tells when something was founded (`2019年3月成立的合作社`)
 *    describes that thing: it reaches the end of its own clause only.
 * Dates themselves get no period.
 */
import type { Candidate } from '../recognizers/types.js';
import { charTest } from '../text/charClass.js';
import type { Span } from '../text/sentences.js';
import { BOUNDARY, EVENT_VERB_AT, OPENS_WITH_TIME } from './patterns.js';

/** `比`, `较`, `与`, `相比`… right before a date make it a comparison base. */
const BASE_BEFORE = /(?:比|较|较之|相比|相较|相较于|与|同|和|对比)$/;

/** The periods of `found` (sorted), in its order. */
export function periodsOf(text: string, found: readonly Candidate[], sentences: readonly Span[]): string[] {
  const out: string[] = [];
  let si = -1;
  let start = 0;
  let end = text.length;
  let period = '';
  let local: { value: string; until: number } | null = null;
  let from = 0;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    let next = Math.max(si, 0);
    while (next < sentences.length - 1 && sentences[next]!.end <= c.start) next++;
    if (next !== si) {
      si = next;
      start = sentences[si]?.start ?? 0;
      end = sentences[si]?.end ?? text.length;
      period = '';
      local = null;
      from = start;
    }
    if (resetsTime(text, start, from, c.start)) {
      period = '';
      local = null;
    }
    if (local && c.start >= local.until) local = null;
    if (c.kind !== 'date') {
      out.push(local ? local.value : period);
    } else {
      out.push('');
      const value = typeof c.value === 'string' ? c.value : '';
      if (BASE_BEFORE.test(text.slice(Math.max(from, c.start - 3), c.start))) {
        // a comparison base: no period
      } else if (EVENT_VERB_AT.test(text.slice(c.end, c.end + 4))) {
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
