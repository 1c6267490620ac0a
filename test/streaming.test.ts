/**
 * Text read in pieces gives exactly the records of the whole text: every
 * fixture (and the seed pages when ../shared is there), cut into chunks of
 * many sizes, processed in segments of many sizes.
 */
import { createExtractor, extractFigures } from '../src/pipeline.js';
import { PAGE_FILES, readPage } from './helpers/pages.js';

const files = PAGE_FILES;

function inPieces(text: string, chunk: number, segmentSize: number) {
  const ex = createExtractor({ file: 'x', segmentSize });
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...ex.push(text.slice(i, i + chunk)));
  out.push(...ex.end());
  return out;
}

describe('streaming gives the same records as a whole-file read', () => {
  test('there are documents to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of files) {
    const text = readPage(file);
    const whole = extractFigures(text, { file: 'x' });
    test.each([
      [1, 1], [2, 3], [3, 16], [7, 64], [64, 1], [1000, 256], [4096, 100000],
    ])(`${file}: chunks of %i, segments of %i`, (chunk, segmentSize) => {
      expect(whole.length).toBeGreaterThan(0);
      expect(inPieces(text, chunk, segmentSize)).toEqual(whole);
    });
  }

  test('a long line with no line break is cut after a full stop and keeps its pointers', () => {
    const sentence = '全年粮食产量达到1.2万吨，同比增长3.5%。';
    const text = `标题\n\n${sentence.repeat(3000)}\n最后一行共5家企业。`;
    const whole = extractFigures(text);
    expect(whole).toHaveLength(6001);
    const pieces = inPieces(text, 997, 64);
    expect(pieces.map((r) => [r.offset, r.line, r.column, r.text, r.value])).toEqual(
      whole.map((r) => [r.offset, r.line, r.column, r.text, r.value]),
    );
    expect(pieces.at(-1)).toMatchObject({ text: '5家', line: 4, column: 6 });
  });
});
