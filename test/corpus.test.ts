/**
 * Corpus tests (after Duckling): every case of test/corpus/*.ts must produce
 * exactly its figures — text, offset, kind, value, value_max and unit, and
 * approx, change and unit_text where the case gives them.
 */
import { extractFigures } from '../src/pipeline.js';
import type { RefDate } from '../src/types.js';
import type { CorpusCase } from './corpus/types.js';
import { cases as count } from './corpus/count.js';
import { cases as dates } from './corpus/dates.js';
import { cases as duration } from './corpus/duration.js';
import { cases as money } from './corpus/money.js';
import { cases as numerals } from './corpus/numerals.js';
import { cases as ordinalNumber } from './corpus/ordinal-number.js';
import { cases as percent } from './corpus/percent.js';
import { cases as qualifiers } from './corpus/qualifiers.js';
import { cases as quantity } from './corpus/quantity.js';
import { cases as negatives } from './corpus/negatives.js';
import { cases as bulletins } from './corpus/bulletins.js';
import { cases as context } from './corpus/context.js';
import { cases as heldout2 } from './corpus/heldout2.js';
import { cases as shapes } from './corpus/shapes.js';
import { cases as peers } from './corpus/peers.js';
import { cases as genres } from './corpus/genres.js';
import { cases as everyday } from './corpus/everyday.js';
import { cases as reports } from './corpus/reports.js';
import { cases as colloquial } from './corpus/colloquial.js';

const CORPORA: Record<string, CorpusCase[]> = {
  count, dates, duration, money, numerals, 'ordinal-number': ordinalNumber, percent, qualifiers, quantity, negatives, bulletins, context, heldout2, shapes, peers, genres, everyday, reports, colloquial,
};

const refDate = (s: string | undefined): RefDate | undefined => {
  if (!s) return undefined;
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/** What we compare: only the fields the case states. */
function expected(c: CorpusCase) {
  let from = 0;
  return c.figures.map((f) => {
    const offset = [...c.sentence.slice(0, c.sentence.indexOf(f.text, from))].length;
    from = c.sentence.indexOf(f.text, from) + f.text.length;
    return {
      text: f.text, offset, kind: f.kind, value: f.value, value_max: f.value_max ?? null, unit: f.unit,
      ...(f.approx !== undefined ? { approx: f.approx } : {}),
      ...(f.change !== undefined ? { change: f.change } : {}),
      ...(f.unit_text !== undefined ? { unit_text: f.unit_text } : {}),
    };
  });
}

for (const [name, cases] of Object.entries(CORPORA)) {
  describe(`corpus: ${name}`, () => {
    test.each(cases.map((c) => [c.note ? `${c.sentence} (${c.note})` : c.sentence, c] as const))('%s', (_, c) => {
      const want = expected(c);
      const got = extractFigures(c.sentence, { refDate: refDate(c.refDate) }).map((r, i) => {
        const w = want[i];
        return {
          text: r.text, offset: r.offset, kind: r.kind, value: r.value, value_max: r.value_max, unit: r.unit,
          ...(w && 'approx' in w ? { approx: r.approx } : {}),
          ...(w && 'change' in w ? { change: r.change } : {}),
          ...(w && 'unit_text' in w ? { unit_text: r.unit_text } : {}),
        };
      });
      expect(got).toEqual(want);
    });
  });
}
