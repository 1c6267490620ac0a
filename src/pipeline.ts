/**
 * The whole job for one text: match text → scan → refiners → sentences →
 * records. Pure: no I/O.
 */
import { dropNotFigures } from './refiners/notFigures.js';
import { shareListUnits } from './refiners/lists.js';
import { readQualifiers } from './refiners/qualifiers.js';
import { readChange } from './refiners/change.js';
import type { Candidate, Context } from './recognizers/types.js';
import { toRecord } from './record.js';
import { scan } from './scan.js';
import { LineIndex } from './text/lines.js';
import { buildMatchText } from './text/matchText.js';
import { splitSentences } from './text/sentences.js';
import type { ExtractOptions, FigureRecord } from './types.js';

/** The refiners, in order: each takes the sorted candidates and returns them. */
const REFINERS: readonly ((text: string, found: Candidate[]) => Candidate[])[] = [
  dropNotFigures,
  shareListUnits,
  readQualifiers,
  readChange,
];

/** Finds every figure in `input` (a decoded text; a leading BOM is ignored). */
export function extractFigures(input: string, options: ExtractOptions = {}): FigureRecord[] {
  const original = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const matchText = buildMatchText(original);
  const ctx: Context = { text: matchText.text, refDate: options.refDate };
  let found = scan(ctx);
  for (const refine of REFINERS) found = refine(matchText.text, found);
  if (options.kinds) {
    const keep = new Set(options.kinds);
    found = found.filter((c) => keep.has(c.kind));
  }
  const sentences = splitSentences(matchText.text);
  const lines = new LineIndex(original);
  const rctx = { file: options.file ?? '-', original, matchText, lines, sentences };
  const records: FigureRecord[] = [];
  let si = 0;
  for (const c of found) {
    while (si < sentences.length - 1 && sentences[si]!.end <= c.start) si++;
    records.push(toRecord(c, si, rctx));
  }
  return records;
}
