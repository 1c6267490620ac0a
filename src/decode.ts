/**
 * Bytes → text. Pure: no I/O.
 *
 * - A byte-order mark decides first (as in the WHATWG `decode` algorithm):
 *   EF BB BF is UTF-8, FF FE is UTF-16LE, FE FF is UTF-16BE; the mark is dropped.
 * - Otherwise a NUL byte means the input is binary, not text.
 * - `utf-8` and `gb18030` decode strictly; `auto` tries UTF-8, then GB18030.
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
    const text = tryDecode(bytes, label);
    if (text !== null) return { text, encoding: label };
  }
  const message = encoding === 'auto' ? 'cannot decode: neither UTF-8 nor GB18030' : `not valid ${encoding.toUpperCase()} text`;
  throw new FigureError('E_DECODE', message, path);
}

/** Decodes a whole input: the text only (see decodeBytes). */
export const decode = (bytes: Uint8Array, encoding: Encoding = 'auto', path?: string): string =>
  decodeBytes(bytes, encoding, path).text;
