/**
 * A piece of the match text that remembers where each of its characters
 * stands, so a label cut and joined from several places (a subject and an
 * indicator; a noun with a parenthesis taken out) is still printed as written.
 *
 * Most phrases are one stretch of the text: they keep only where it starts,
 * so slicing and trimming them costs a string slice. Only a phrase joined
 * from several places keeps an offset per character.
 */
import { originalSpan, unbreak } from '../record.js';
import type { MatchText } from '../text/matchText.js';

/** The `pos` of a phrase that is one stretch of the text. */
const NO_POS: readonly number[] = [];

export class Phrase {
  // Declared, not defined: a defined class field costs an initializer call
  // per phrase until V8 optimizes, and phrases are made by the dozen per figure.
  declare readonly text: string;
  /** Match-text offset of `text[0]` when the phrase is one stretch of the text; -1 when `pos` says. */
  declare private readonly at: number;
  /**
   * Otherwise the match-text offset of each character; -1 for a word we add
   * (`占比`). Always an array of small integers, `NO_POS` for a stretch: a
   * field that holds one kind of value keeps V8's optimized code valid.
   */
  declare private readonly pos: readonly number[];

  private constructor(text: string, at: number, pos: readonly number[]) {
    this.text = text;
    this.at = at;
    this.pos = pos;
  }

  static readonly EMPTY = new Phrase('', 0, NO_POS);

  /** `text[start, end)`. */
  static of(text: string, start: number, end: number): Phrase {
    return new Phrase(text.slice(start, end), start, NO_POS);
  }

  /** `text[start, start + keep.length)` with only the characters where `keep` is 1, taken a run at a time. */
  static masked(text: string, start: number, keep: Uint8Array): Phrase {
    let s = '';
    const pos: number[] = [];
    const n = keep.length;
    for (let i = 0; i < n; ) {
      if (keep[i] !== 1) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && keep[j] === 1) j++;
      if (i === 0 && j === n) return Phrase.of(text, start, start + n);
      s += text.slice(start + i, start + j);
      for (let k = i; k < j; k++) pos.push(start + k);
      i = j;
    }
    return s === '' ? Phrase.EMPTY : new Phrase(s, -1, pos);
  }

  /** A word that is not at one place in the text (`占比`). */
  static word(w: string): Phrase {
    const pos: number[] = [];
    for (let i = 0; i < w.length; i++) pos.push(-1);
    return new Phrase(w, -1, pos);
  }

  get length(): number {
    return this.text.length;
  }

  slice(from: number, to: number = this.text.length): Phrase {
    const n = this.text.length;
    if (from === 0 && to >= n) return this;
    const text = this.text.slice(from, to);
    // Where the slice starts, with negative `from` read as `String.prototype.slice` reads it.
    const first = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
    if (this.at >= 0) return new Phrase(text, this.at + first, NO_POS);
    return new Phrase(text, -1, this.pos.slice(from, to));
  }

  concat(other: Phrase): Phrase {
    if (other.text === '') return this;
    if (this.text === '') return other;
    if (this.at >= 0 && other.at >= 0 && this.at + this.text.length === other.at) {
      return new Phrase(this.text + other.text, this.at, NO_POS);
    }
    return new Phrase(this.text + other.text, -1, this.offsets().concat(other.offsets()));
  }

  /** Removes what `re` (anchored with `^`) matches, again and again. */
  trimStart(re: RegExp): Phrase {
    let text = this.text;
    let cut = 0;
    for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
      cut += m[0].length;
      text = text.slice(m[0].length);
    }
    return this.slice(cut);
  }

  /** Removes the characters of `chars` from the start. */
  trimStartChars(chars: string): Phrase {
    let i = 0;
    while (i < this.text.length && chars.includes(this.text.charAt(i))) i++;
    return this.slice(i);
  }

  /** Removes the characters of `chars` from the end. */
  trimEndChars(chars: string): Phrase {
    let i = this.text.length;
    while (i > 0 && chars.includes(this.text.charAt(i - 1))) i--;
    return this.slice(0, i);
  }

  /** Removes what `re` (anchored with `$`) matches, again and again. */
  trimEnd(re: { exec(text: string): RegExpExecArray | null }): Phrase {
    let text = this.text;
    for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) text = text.slice(0, m.index);
    return this.slice(0, text.length);
  }

  /** The match-text offset of each character. */
  private offsets(): readonly number[] {
    if (this.at < 0) return this.pos;
    const out: number[] = [];
    for (let i = 0; i < this.text.length; i++) out.push(this.at + i);
    return out;
  }

  /** The phrase as written in the input: each run of neighbours mapped back at once. */
  render(mt: MatchText, original: string): string {
    if (this.text === '') return '';
    if (this.at >= 0) {
      const span = originalSpan(mt, original, this.at, this.at + this.text.length);
      return unbreak(original.slice(span[0], span[1]));
    }
    const pos = this.pos;
    let out = '';
    let i = 0;
    while (i < pos.length) {
      const p = pos[i]!;
      if (p < 0) {
        out += this.text[i];
        i++;
        continue;
      }
      let j = i + 1;
      while (j < pos.length && pos[j] === pos[j - 1]! + 1) j++;
      const span = originalSpan(mt, original, p, pos[j - 1]! + 1);
      out += unbreak(original.slice(span[0], span[1]));
      i = j;
    }
    return out;
  }
}
