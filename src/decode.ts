/**
 * Bytes → text. Pure: no I/O.
 *
 * - A byte-order mark decides first (as in the WHATWG `decode` algorithm):
 *   EF BB BF is UTF-8, FF FE is UTF-16LE, FE FF is UTF-16BE; the mark is dropped.
 * - Otherwise a NUL byte means the input is binary, not text.
 * - `utf-8` and `gb18030` decode strictly; `auto` tries UTF-8, then GB18030 —
 *   unless the input is UTF-8 in places (mixed encodings, or a lone surrogate
 *   written as UTF-8): then it is an error, never text read half wrong.
 */
import { FigureError } from './errors.js';

export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Byte-order marks and the decoder each one selects. */
const BOMS: readonly { bytes: readonly number[]; label: 'utf-8' | 'utf-16le' | 'utf-16be' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Strict decoding: `null` when the bytes are not valid in `label`. */
function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    // ignoreBOM: false (the default) drops a leading BOM of the same encoding.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding the bytes were read in. */
export type Decoded = { readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' };

/**
 * Decodes a whole input and says how. Throws a FigureError `E_BINARY` or
 * `E_DECODE` (with `path`, when given, for the message).
 */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding = 'auto', path?: string): Decoded {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) {
    const text = tryDecode(bytes, bom.label);
    if (text === null) throw new FigureError('E_DECODE', `not valid ${bom.label.toUpperCase()} text`, path);
    return { text, encoding: bom.label };
  }
  if (bytes.includes(0)) throw new FigureError('E_BINARY', 'binary file (contains NUL bytes)', path);
  const tries = encoding === 'auto' ? (['utf-8', 'gb18030'] as const) : ([encoding] as const);
  for (const label of tries) {
    if (label === 'gb18030' && encoding === 'auto') {
      const lines = new Utf8Lines();
      lines.add(bytes);
      lines.end();
      const problem = lines.problem();
      if (problem) throw new FigureError('E_DECODE', problem, path);
    }
    const text = tryDecode(bytes, label);
    if (text !== null) return { text, encoding: label };
  }
  const message = encoding === 'auto' ? 'cannot decode: neither UTF-8 nor GB18030' : `not valid ${encoding.toUpperCase()} text`;
  throw new FigureError('E_DECODE', message, path);
}

/** Decodes a whole input: the text only (see decodeBytes). */
export const decode = (bytes: Uint8Array, encoding: Encoding = 'auto', path?: string): string =>
  decodeBytes(bytes, encoding, path).text;

/**
 * Bytes that are not UTF-8 as a whole, line by line (a line ends at LF): is
 * any line UTF-8 Chinese (at least two characters of three or four bytes,
 * which GB18030 text almost never forms by chance), and is any line UTF-8
 * but for an encoded lone surrogate (ED A0–BF …, as WTF-8 or CESU-8 write
 * them)? Then the input is not GB18030 but broken UTF-8 or mixed, and no
 * single decoder reads it right. Fed in chunks of any size.
 */
export class Utf8Lines {
  private line = 1;
  /** Continuation bytes still expected, and the range the next one must be in. */
  private need = 0;
  private lo = 0x80;
  private hi = 0xbf;
  /** The sequence being read is three or four bytes long; it began with ED. */
  private long = false;
  private ed = false;
  /** Complete sequences of three or four bytes on this line. */
  private wide = 0;
  private flaw: '' | 'surrogate' | 'bad' = '';
  /** First line that is valid UTF-8 with two wide characters or more (0: none). */
  utf8Line = 0;
  /** First line that is not valid UTF-8. */
  badLine = 0;
  /** First line that would be UTF-8 Chinese but for an encoded lone surrogate. */
  surrogateLine = 0;

  add(bytes: Uint8Array): void {
    for (const b of bytes) {
      if (this.need > 0) {
        // ED A0–BF starts a surrogate: a flaw of its own, read on to tell it from garbage.
        const surrogate = this.ed && b >= 0xa0 && b <= 0xbf;
        if ((b >= this.lo && b <= this.hi) || surrogate) {
          if (surrogate) [this.flaw, this.long] = [this.flaw || 'surrogate', false];
          [this.lo, this.hi, this.ed] = [0x80, 0xbf, false];
          if (--this.need === 0 && this.long) this.wide++;
          continue;
        }
        this.flaw = 'bad';
        this.need = 0;
      }
      if (b < 0x80) {
        if (b === 0x0a) this.endLine();
        continue;
      }
      [this.lo, this.hi, this.ed] = [0x80, 0xbf, b === 0xed];
      if (b >= 0xc2 && b <= 0xdf) this.need = 1;
      else if (b >= 0xe0 && b <= 0xef) this.need = 2;
      else if (b >= 0xf0 && b <= 0xf4) this.need = 3;
      else this.flaw = 'bad';
      this.long = this.need >= 2;
      if (b === 0xe0) this.lo = 0xa0;
      if (b === 0xed) this.hi = 0x9f;
      if (b === 0xf0) this.lo = 0x90;
      if (b === 0xf4) this.hi = 0x8f;
    }
  }

  /** The input ends (an unfinished sequence is a flaw). */
  end(): void {
    this.endLine();
  }

  /** The message for an input that is not GB18030 but broken or mixed UTF-8, or null. */
  problem(): string | null {
    if (this.surrogateLine) return `not valid UTF-8: a lone surrogate on line ${this.surrogateLine}`;
    if (this.utf8Line && this.badLine) return `mixed encodings: line ${this.utf8Line} is UTF-8, line ${this.badLine} is not`;
    return null;
  }

  private endLine(): void {
    if (this.need > 0) this.flaw = 'bad';
    if (this.flaw === '' && this.wide >= 2) this.utf8Line ||= this.line;
    if (this.flaw === 'bad') this.badLine ||= this.line;
    // A surrogate only on a line that is otherwise UTF-8 Chinese: GB18030 can hold the same bytes.
    if (this.flaw === 'surrogate' && this.wide >= 2) this.surrogateLine ||= this.line;
    [this.need, this.wide, this.flaw] = [0, 0, ''];
    this.line++;
  }
}
