/**
 * Corpus tests in the manner of Duckling: each case is a sentence of our own
 * and the complete list of figures the tool must find in it, in order.
 * A case with `figures: []` is a negative example: nothing may be found.
 * The runner (test/corpus.test.ts) checks text, offset (the first occurrence
 * of `text` at or after the previous figure), kind, value, value_max, unit,
 * and approx/change/unit_text where given.
 */
import type { Approx, Change, Kind } from '../../src/types.js';

export interface ExpectedFigure {
  text: string;
  kind: Kind;
  value: number | string;
  value_max?: number | string | null;
  unit: string;
  approx?: Approx;
  change?: Change;
  unit_text?: string;
}

export interface CorpusCase {
  /** What the case is about, shown when it fails. */
  note?: string;
  sentence: string;
  /** `YYYY-MM-DD`: run with this reference date. */
  refDate?: string;
  figures: ExpectedFigure[];
}
