/**
 * The recognizer contract (after chrono-node): a grammar tried at the
 * positions the scanner proposes, and an `extract` that turns a match into a
 * figure or returns null to reject it.
 */
import type { Grammar, Match, PositionTest } from '../grammar/compose.js';
import type { Exact } from '../numbers/exact.js';
import type { Approx, Change, Kind, RefDate } from '../types.js';

/** A figure found in the match text, before positions are mapped back. */
export interface Candidate {
  /** Offsets in the match text, end exclusive. */
  start: number;
  end: number;
  kind: Kind;
  value: Exact | string;
  valueMax: Exact | string | null;
  unit: string;
  unitText: string;
  number: Exact | null;
  multiplier: Exact | null;
  approx: Approx;
  change: Change;
}

export interface Context {
  /** The folded match text of the whole input. */
  readonly text: string;
  readonly refDate?: RefDate;
}

export interface Recognizer {
  readonly name: string;
  /** Characters a match can start with; the scanner only tries it there. */
  readonly triggers: string;
  readonly grammar: Grammar;
  extract(match: Match, ctx: Context): Candidate | Candidate[] | null;
  /**
   * A cheap test that is false where `extract` would find nothing (a pattern
   * that matches almost everywhere, a figure that needs a word the text
   * lacks); the scanner then spares the pattern. None: try everywhere.
   */
  readonly mayFindAt?: PositionTest;
}
