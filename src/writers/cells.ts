/** Helpers shared by the writers: choosing fields and making cells safe. */
import { FIELDS, type FieldName, type FigureRecord } from '../types.js';

export type Cell = FigureRecord[FieldName];

/** The chosen fields, or all of them in spec order. */
export const fieldsOf = (fields: readonly FieldName[] | undefined): readonly FieldName[] => fields ?? FIELDS;

/**
 * A function that copies `fields` of a record into a plain object, in that
 * order (for JSON). It is compiled for the fields: an object literal gives
 * every object the same shape from the start, so building it and
 * JSON.stringify are fast (adding the keys one by one to `{}` costs twice as
 * much). The keys are JSON string literals, which are JavaScript string
 * literals too: any field name is safe. Where code cannot be made from
 * strings (`--disallow-code-generation-from-strings`), the keys are added one
 * by one.
 */
export function objectPicker(fields: readonly FieldName[]): (record: FigureRecord) => Record<string, Cell> {
  const body = fields.map((f) => `${JSON.stringify(f)}: r[${JSON.stringify(f)}]`).join(', ');
  try {
    return new Function('r', `return { ${body} };`) as (record: FigureRecord) => Record<string, Cell>;
  } catch {
    return (record) => {
      const out: Record<string, Cell> = {};
      for (const f of fields) out[f] = record[f];
      return out;
    };
  }
}

/**
 * First characters that make a spreadsheet read a cell as a formula: the
 * ASCII `= + - @`, tab and carriage return (OWASP), and the full-width
 * `＝ ＋ － ＠` that some spreadsheet programs treat the same way.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * CSV/TSV safety: a text cell that could start a formula gets a leading `'`.
 * Numbers are numbers (`-3.9` stays `-3.9`): only strings are guarded. A lone
 * `-` (the `file` of standard input) is no formula and stays as it is.
 */
export const guard = (text: string): string => (text !== '-' && FORMULA_START.test(text) ? `'${text}` : text);

/** A cell as text: numbers as JavaScript prints them (shortest round trip), null as empty. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return guard(cell);
}
