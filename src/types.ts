/**
 * The public record type and options. Field order here is the field order of
 * every output format (see ../shared/figure-spec.md §2).
 */

export const KINDS = [
  'money',
  'percent',
  'percentage_point',
  'multiple',
  'date',
  'duration',
  'count',
  'quantity',
  'ordinal',
  'number',
] as const;
export type Kind = (typeof KINDS)[number];

export type Approx = '' | 'about' | 'over' | 'under';
export type Change = '' | 'up' | 'down';

/** One figure, as written to every output format. */
export interface FigureRecord {
  file: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  offset: number;
  length: number;
  text: string;
  kind: Kind;
  value: number | string;
  value_max: number | string | null;
  unit: string;
  number: number | null;
  multiplier: number | null;
  unit_text: string;
  approx: Approx;
  change: Change;
  label: string;
  period: string;
  sentence_index: number;
  sentence: string;
}

/** The field names in output order. */
export const FIELDS = [
  'file',
  'line',
  'column',
  'end_line',
  'end_column',
  'offset',
  'length',
  'text',
  'kind',
  'value',
  'value_max',
  'unit',
  'number',
  'multiplier',
  'unit_text',
  'approx',
  'change',
  'label',
  'period',
  'sentence_index',
  'sentence',
] as const satisfies readonly (keyof FigureRecord)[];
export type FieldName = (typeof FIELDS)[number];

/** A calendar day used to fill unknown years and resolve 今年/去年. */
export interface RefDate {
  year: number;
  month: number;
  day: number;
}

export interface ExtractOptions {
  /** Shown in `file`; `-` for standard input. Default `-`. */
  file?: string;
  /** Keep only these kinds. Default: all. */
  kinds?: readonly Kind[];
  /** Reference date for unknown years and relative words. */
  refDate?: RefDate;
  /**
   * Read `label` and `period` (default true). They cost about as much as
   * finding the figures; without them both fields are empty strings.
   */
  labels?: boolean;
}
