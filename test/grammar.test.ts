/**
 * The characters a pattern can start with and consume (grammar/firstChars.ts),
 * and the scanner's test built on them (withMarker in grammar/compose.ts): it may only ever skip a recognizer
 * where the recognizer's pattern cannot match.
 */
import fc from 'fast-check';
import { matchAt } from '../src/grammar/compose.js';
import { type CharSet, allChars, firstChars } from '../src/grammar/firstChars.js';
import { RECOGNIZERS } from '../src/recognizers/index.js';
import { triesAt } from '../src/scan.js';
import { wordsAround } from '../src/text/around.js';
import { buildMatchText } from '../src/text/matchText.js';
import type { RefDate } from '../src/types.js';
import { PAGE_FILES, readPage } from './helpers/pages.js';
import { cases as bulletins } from './corpus/bulletins.js';
import { cases as dates } from './corpus/dates.js';
import { cases as heldout2 } from './corpus/heldout2.js';
import { cases as numerals } from './corpus/numerals.js';
import { cases as negatives } from './corpus/negatives.js';
import { cases as ordinalNumber } from './corpus/ordinal-number.js';

const chars = (s: CharSet): string => (s === 'any' ? 'any' : [...s].sort((a, b) => a - b).map((c) => String.fromCharCode(c)).join(''));

describe('firstChars', () => {
  it.each([
    [/元|美元|万元/, '万元美'],
    [/个?百分点/, '个百'],
    [/(?!台阶)(?:个|台)|分(?![钟之])/, '个分台'],
    [/[a-c\u4e00]x|\d/, '0123456789abc一'],
    [/(?:吨|千克)(?:\/(?:公顷|亩))?/, '千吨'],
    [/(?<unit>公里)|\./, '.公'],
    [/x{0,2}y/, 'xy'],
    [/x{2}y/, 'x'],
    [/[^a]/, 'any'],
    [/a*/, 'any'],
    [/(?=a)|b/, 'any'],
    [/\s+吨/, 'any'],
    [/(a)\1/, 'a'],
  ])('%s starts with %s', (re, expected) => {
    expect(chars(firstChars(re))).toBe(expected);
  });

  it('reads every character a pattern consumes, not those of lookarounds', () => {
    expect(chars(allChars(/(?<![迈登])[上数](?=[十百])[一二]+点?/))).toBe('一上二数点');
    expect(chars(allChars(/a.b/))).toBe('any');
  });
});

const pages = PAGE_FILES.map(readPage);
const filtered = RECOGNIZERS.filter((r) => r.grammar.mayMatchAt);

/** Every position of `text` where a recognizer's pattern matches must pass its test. */
function skipsNoMatch(text: string): void {
  for (const r of filtered) {
    for (let p = 0; p < text.length; p++) {
      const m = matchAt(r.grammar, text, p);
      if (m && m.end > p && !r.grammar.mayMatchAt!(text, p)) {
        throw new Error(`${r.name} skipped at ${p} but matches ${JSON.stringify(m.text)} in ${JSON.stringify(text.slice(Math.max(0, p - 10), p + 20))}`);
      }
    }
  }
}

describe("the scanner's marker test (withMarker)", () => {
  it('is on for the recognizers of amounts with a unit', () => {
    expect(filtered.map((r) => r.name)).toEqual(
      expect.arrayContaining(['money', 'percent', 'quantity', 'count', 'duration', 'tenths', 'discount', 'jiao-fen', 'fraction', 'ratio', 'date-range']),
    );
  });

  it.each(pages.map((p, i) => [i, p] as const))('never skips a recognizer where it matches (page %i)', (_, page) => {
    skipsNoMatch(buildMatchText(page).text);
  });

  it('never skips a recognizer where it matches (random numerals and units)', () => {
    const alphabet = [...'0123456789.,，、%‰元万亿千百十个名户吨千瓦时克年月日天倍点至到—-~负零下一二两三四五六七八九余多几来上数约分钟之成折角毛∶:对半 美英镑亩人次今去年月份号季度民国'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }), (cs) => {
        skipsNoMatch(cs.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the scanner reads each run once for all the tests on it', () => {
  /** At every position, the scanner's shared read says what each recognizer's tests say alone. */
  function agrees(text: string): void {
    for (const r of RECOGNIZERS) {
      for (let p = 0; p < text.length; p++) {
        const alone = (!r.grammar.mayMatchAt || r.grammar.mayMatchAt(text, p)) && (!r.mayFindAt || r.mayFindAt(text, p));
        if (triesAt(r, text, p) !== alone) throw new Error(`${r.name} at ${p}: scanner ${!alone}, test ${alone} in ${JSON.stringify(text.slice(Math.max(0, p - 10), p + 20))}`);
      }
    }
  }

  it.each(pages.map((p, i) => [i, p] as const))('page %i', (_, page) => {
    agrees(buildMatchText(page).text);
  });

  it('runs past the look-ahead, at the end of the text and in random numerals and units', () => {
    agrees('一二三四五六七八九十'.repeat(8));
    agrees(`${'1'.repeat(60)}元 ${'五'.repeat(47)}`);
    const alphabet = [...'0123456789.,、%元万亿千百十个吨千瓦年月日天倍点至到-负零下一二三余多几分之成折 AZ/'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (cs) => {
        agrees(cs.join(''));
      }),
      { numRuns: 500 },
    );
  });
});

const REF: RefDate = { year: 2025, month: 6, day: 30 };
const gated = RECOGNIZERS.filter((r) => r.mayFindAt);
const sentences = [...bulletins, ...dates, ...heldout2, ...numerals, ...negatives, ...ordinalNumber].map((c) => c.sentence);

/** Every position of `text` where a recognizer finds a figure (with or without a reference date) must pass its test. */
function turnsAwayNothing(text: string): void {
  for (const r of gated) {
    for (let p = 0; p < text.length; p++) {
      if (r.mayFindAt!(text, p)) continue;
      for (const refDate of [undefined, REF]) {
        const m = matchAt(r.grammar, text, p);
        const found = m && m.end > p ? r.extract(m, { text, refDate }) : null;
        if (found) throw new Error(`${r.name} turned away ${JSON.stringify(m!.text)} in ${JSON.stringify(text.slice(Math.max(0, p - 10), p + 20))}`);
      }
    }
  }
}

describe("recognizers' own tests (mayFindAt)", () => {
  it('are on for dates, currency names before an amount, percentages in words and bare numbers', () => {
    expect(gated.map((r) => r.name)).toEqual(['date', 'currency name first', 'percent-words', 'magnitude without 级', 'number']);
  });

  it.each(pages.map((p, i) => [i, p] as const))('never turn away a figure (page %i)', (_, page) => {
    turnsAwayNothing(buildMatchText(page).text);
  });

  it('never turn away a figure (the sentences of the date, numeral and held-out corpora)', () => {
    for (const s of sentences) turnsAwayNothing(buildMatchText(s).text);
  });

  it('never turn away a figure (random dates and numerals)', () => {
    const alphabet = [...'0123456789-/.年月日号季度Q世纪代半上下旬初末底今去本当明来前后民国第个春秋一二三四五六七八九十〇零百千万亿两数几余多GWkP元 ，分之负'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), (cs) => {
        turnsAwayNothing(cs.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the words around a figure', () => {
  const text = '他穿42码的鞋，点球点距离球门线12码。气温升高，今天30度';
  test('stop at a comma (a clause) or only at a full stop (a sentence), and at the window', () => {
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    const [s12, e12] = at('12码');
    expect(wordsAround(text, s12, e12, 24, 4)).toBe('点球点距离球门线12码');
    expect(wordsAround(text, s12, e12, 24, 4, false)).toBe('他穿42码的鞋，点球点距离球门线12码');
    expect(wordsAround(text, s12, e12, 3, 0)).toBe('球门线12码');
    const [s30, e30] = at('30度');
    expect(wordsAround(text, s30, e30, 24, 4, false)).toBe('气温升高，今天30度');
    expect(wordsAround(text, s30, e30, 24, 4)).toBe('今天30度');
  });
});
