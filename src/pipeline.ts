/**
 * The whole job: match text → scan → refiners → sentences → records. Pure:
 * no I/O. `extractFigures` takes a whole text; `createExtractor` takes it in
 * pieces of any size and gives the same records with bounded memory, by
 * cutting the text only where nothing can join across: after a paragraph
 * that ends a sentence.
 */
import { dropNotFigures } from './refiners/notFigures.js';
import { carryCurrency, joinSubunits } from './refiners/currency.js';
import { carryMonth, shareListUnits } from './refiners/lists.js';
import { readQualifiers } from './refiners/qualifiers.js';
import { readChange } from './refiners/change.js';
import { assignLabels } from './labels/index.js';
import type { Candidate, Context } from './recognizers/types.js';
import { type Base, toRecord } from './record.js';
import { scan } from './scan.js';
import { LineIndex } from './text/lines.js';
import { buildMatchText } from './text/matchText.js';
import { splitSentences } from './text/sentences.js';
import { nextCut } from './text/segments.js';
import type { ExtractOptions, FigureRecord } from './types.js';

/** The refiners, in order: each takes the sorted candidates and returns them. */
const REFINERS: readonly ((text: string, found: Candidate[]) => Candidate[])[] = [
  dropNotFigures,
  shareListUnits,
  carryMonth,
  joinSubunits,
  carryCurrency,
  readQualifiers,
  readChange,
];


const START: Base = { offset: 0, line: 0, column: 0, sentence: 0 };

/** Finds every figure in `input` (a decoded text; a leading BOM is ignored). */
export function extractFigures(input: string, options: ExtractOptions = {}): FigureRecord[] {
  const original = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return extractSegment(original, options, START, false).records;
}

interface Segment {
  records: FigureRecord[];
  sentences: number;
  lines: LineIndex;
}

function extractSegment(original: string, options: ExtractOptions, base: Base, continuesLine: boolean): Segment {
  const matchText = buildMatchText(original, continuesLine);
  const ctx: Context = { text: matchText.text, refDate: options.refDate };
  let found = scan(ctx);
  for (const refine of REFINERS) found = refine(matchText.text, found);
  const sentences = splitSentences(matchText.text);
  const labels = options.labels === false ? null : assignLabels(matchText, original, found, sentences);
  const keep = options.kinds ? new Set(options.kinds) : null;
  const lines = new LineIndex(original);
  const rctx = { file: options.file ?? '-', original, matchText, lines, sentences, base };
  const records: FigureRecord[] = [];
  let si = 0;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    // Labels were read for every figure (a date filtered out still gives its period); records only for the kinds asked for.
    if (keep && !keep.has(c.kind)) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= c.start) si++;
    // Set in place: the record already has its fields in output order.
    const record = toRecord(c, si, rctx);
    const l = labels?.[k];
    if (l) {
      record.label = l.label;
      record.period = l.period;
    }
    if (writable(record)) records.push(record);
  }
  return { records, sentences: sentences.length, lines };
}

/** A numeral too long for a double (`9…9元` with 400 digits) comes out as Infinity: no figure can say that. */
const writable = (r: FigureRecord): boolean => finite(r.value) && finite(r.value_max) && finite(r.number) && finite(r.multiplier);
const finite = (v: unknown): boolean => typeof v !== 'number' || Number.isFinite(v);

export interface StreamOptions extends ExtractOptions {
  /** Process once this many UTF-16 units are waiting (default 256 Ki). Tests set it small. */
  segmentSize?: number;
}

export interface Extractor {
  /** Adds decoded text; returns the records of the pieces now complete. */
  push(text: string): FigureRecord[];
  /** Ends the input; returns the remaining records. */
  end(): FigureRecord[];
}

/** Extraction over text that arrives in pieces: same records as `extractFigures` on the whole. */
export function createExtractor(options: StreamOptions = {}): Extractor {
  const segmentSize = options.segmentSize ?? 256 * 1024;
  let buffer = '';
  let base = START;
  let continuesLine = false;
  let first = true;

  const run = (text: string, midLine: boolean): FigureRecord[] => {
    const seg = extractSegment(text, options, base, continuesLine);
    base = advance(base, seg);
    continuesLine = midLine;
    return seg.records;
  };

  return {
    push(text) {
      if (first && text) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      buffer += text;
      const out: FigureRecord[] = [];
      while (buffer.length >= segmentSize) {
        const cut = nextCut(buffer, segmentSize);
        if (!cut) break;
        out.push(...run(buffer.slice(0, cut.at), cut.midLine));
        buffer = buffer.slice(cut.at);
      }
      return out;
    },
    end() {
      const rest = buffer;
      buffer = '';
      return rest ? run(rest, false) : [];
    },
  };
}

/** Where the next piece starts: code points, line breaks and sentences so far. */
function advance(base: Base, seg: Segment): Base {
  const end = seg.lines.end();
  return {
    offset: base.offset + end.codePoints,
    line: base.line + end.breaks,
    column: end.breaks === 0 ? base.column + end.column : end.column,
    sentence: base.sentence + seg.sentences,
  };
}
