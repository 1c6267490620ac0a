/**
 * A piece of the match text that remembers where each of its characters
 * stands, so a label cut and joined from several places (a subject and an
 * indicator; a noun with a parenthesis taken out) is still printed as written.
 */
import { originalSpan, unbreak } from '../record.js';
import type { MatchText } from '../text/matchText.js';

export class Phrase {
  private constructor(
    readonly text: string,
    /** Match-text offset of each character; -1 for a word we add (`占比`). */
    private readonly pos: readonly number[],
  ) {}

  static readonly EMPTY = new Phrase('', []);

  /** `text[start, end)` without the characters `keep` rejects. */
  static of(text: string, start: number, end: number, keep: (i: number) => boolean = () => true): Phrase {
    let s = '';
    const pos: number[] = [];
    for (let i = start; i < end; i++) {
      if (!keep(i)) continue;
      s += text[i];
      pos.push(i);
    }
    return new Phrase(s, pos);
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
      s += text.slice(start + i, start + j);
      for (let k = i; k < j; k++) pos.push(start + k);
      i = j;
    }
    return new Phrase(s, pos);
  }

  /** A word that is not at one place in the text (`占比`). */
  static word(w: string): Phrase {
    return new Phrase(w, Array.from(w, () => -1));
  }

  get length(): number {
    return this.text.length;
  }

  slice(from: number, to: number = this.text.length): Phrase {
    return new Phrase(this.text.slice(from, to), this.pos.slice(from, to));
  }

  concat(other: Phrase): Phrase {
    return new Phrase(this.text + other.text, [...this.pos, ...other.pos]);
  }

  /** Removes what `re` (anchored with `^`) matches, again and again. */
  trimStart(re: RegExp): Phrase {
    let p: Phrase = this;
    for (let m = re.exec(p.text); m && m[0].length > 0; m = re.exec(p.text)) p = p.slice(m[0].length);
    return p;
  }

  /** Removes what `re` (anchored with `$`) matches, again and again. */
  trimEnd(re: RegExp): Phrase {
    let p: Phrase = this;
    for (let m = re.exec(p.text); m && m[0].length > 0; m = re.exec(p.text)) p = p.slice(0, m.index);
    return p;
  }

  /** The phrase as written in the input: each run of neighbours mapped back at once. */
  render(mt: MatchText, original: string): string {
    let out = '';
    let i = 0;
    while (i < this.pos.length) {
      const p = this.pos[i]!;
      if (p < 0) {
        out += this.text[i];
        i++;
        continue;
      }
      let j = i + 1;
      while (j < this.pos.length && this.pos[j] === this.pos[j - 1]! + 1) j++;
      const [s, e] = originalSpan(mt, original, p, this.pos[j - 1]! + 1);
      out += unbreak(original.slice(s, e));
      i = j;
    }
    return out;
  }
}
