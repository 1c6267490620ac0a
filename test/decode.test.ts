import fc from 'fast-check';
import { decode, decodeBytes } from '../src/decode.js';
import { FigureError } from '../src/errors.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** 中文 in GB18030 (the same bytes as in GBK). */
const ZHONGWEN_GB = [0xd6, 0xd0, 0xce, 0xc4];

function errorOf(f: () => unknown): FigureError {
  try {
    f();
  } catch (e) {
    if (e instanceof FigureError) return e;
    throw e;
  }
  throw new Error('expected a FigureError');
}

describe('decode', () => {
  test('UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('增长5.8%'))).toEqual({ text: '增长5.8%', encoding: 'utf-8' });
  });

  test('UTF-8 with a BOM: the BOM is dropped', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('1335亿元')))).toEqual({ text: '1335亿元', encoding: 'utf-8' });
  });

  test('GB18030 bytes under auto', () => {
    expect(decodeBytes(bytes(...ZHONGWEN_GB, 0x31, 0x32))).toEqual({ text: '中文12', encoding: 'gb18030' });
  });

  test('GB18030 when asked for', () => {
    expect(decode(bytes(...ZHONGWEN_GB), 'gb18030')).toBe('中文');
  });

  test('ASCII is UTF-8 under every encoding that allows it', () => {
    expect(decodeBytes(utf8('abc 12%'), 'auto').encoding).toBe('utf-8');
    expect(decode(utf8('abc 12%'), 'gb18030')).toBe('abc 12%');
  });

  test('GB18030 bytes are not UTF-8', () => {
    const e = errorOf(() => decode(bytes(...ZHONGWEN_GB), 'utf-8', 'gbk.txt'));
    expect([e.code, e.message, e.path]).toEqual(['E_DECODE', 'not valid UTF-8 text', 'gbk.txt']);
  });

  test('UTF-8 Chinese is not valid GB18030 when asked for GB18030', () => {
    // 中 in UTF-8 is E4 B8 AD: a two-byte GB18030 pair and a lone lead byte.
    const e = errorOf(() => decode(utf8('中'), 'gb18030', 'u.txt'));
    expect([e.code, e.message]).toEqual(['E_DECODE', 'not valid GB18030 text']);
  });

  test('bytes that are neither UTF-8 nor GB18030', () => {
    const e = errorOf(() => decode(bytes(0x41, 0xff, 0x42), 'auto', 'bad.txt'));
    expect([e.code, e.message, e.path]).toEqual(['E_DECODE', 'cannot decode: neither UTF-8 nor GB18030', 'bad.txt']);
  });

  test('a NUL byte means binary', () => {
    const e = errorOf(() => decode(bytes(0x31, 0x00, 0x32), 'auto', 'x.bin'));
    expect([e.code, e.message, e.path]).toEqual(['E_BINARY', 'binary file (contains NUL bytes)', 'x.bin']);
    expect(errorOf(() => decode(bytes(0x00), 'utf-8')).code).toBe('E_BINARY');
  });

  test('UTF-16LE and UTF-16BE with a BOM', () => {
    // 中 is U+4E2D, 5 is U+0035.
    expect(decodeBytes(bytes(0xff, 0xfe, 0x2d, 0x4e, 0x35, 0x00))).toEqual({ text: '中5', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x4e, 0x2d, 0x00, 0x35))).toEqual({ text: '中5', encoding: 'utf-16be' });
  });

  test('a byte-order mark wins over the encoding asked for', () => {
    expect(decode(bytes(0xff, 0xfe, 0x2d, 0x4e), 'gb18030')).toBe('中');
  });

  test('an odd number of UTF-16 bytes does not decode', () => {
    expect(errorOf(() => decode(bytes(0xff, 0xfe, 0x2d, 0x4e, 0x35))).code).toBe('E_DECODE');
  });

  test('empty input is empty text', () => {
    expect(decodeBytes(bytes())).toEqual({ text: '', encoding: 'utf-8' });
  });

  test('any text without NUL goes through UTF-8 unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replace(/\u0000/g, '').replace(/^\uFEFF/, '');
        expect(decode(utf8(text))).toBe(text);
      }),
    );
  });
});
