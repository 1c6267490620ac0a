/**
 * Positions for people: 1-based line and column in Unicode code points, a
 * CRLF counting as one break. Computed once per text, at the end.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly cp: Int32Array | null;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
    // Code-point offsets differ from UTF-16 ones only past a surrogate pair.
    this.cp = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text) ? codePointOffsets(text) : null;
  }

  /** Code-point offset of a UTF-16 offset. */
  codePoint(utf16: number): number {
    return this.cp ? this.cp[utf16]! : utf16;
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(utf16: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= utf16) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: this.codePoint(utf16) - this.codePoint(this.starts[lo]!) + 1 };
  }

  /** Line breaks in the text, and code points after the last one: where a piece that follows goes on from. */
  end(): { breaks: number; column: number; codePoints: number } {
    const codePoints = this.codePoint(this.text.length);
    const breaks = this.starts.length - 1;
    return { breaks, column: codePoints - this.codePoint(this.starts[breaks]!), codePoints };
  }

  get source(): string {
    return this.text;
  }
}

function codePointOffsets(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = n;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) out[++i] = n;
    }
    n++;
  }
  out[text.length] = n;
  return out;
}
