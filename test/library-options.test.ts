/**
 * Options of the library that change what is computed, not what is found:
 * `labels: false` skips the labels stage (the CLI sets it when --fields
 * leaves out label and period) and must give the same figures otherwise.
 */
import { createExtractor, extractFigures } from '../src/pipeline.js';
import type { FigureRecord } from '../src/types.js';
import { PAGE_FILES, readPage } from './helpers/pages.js';

const files = PAGE_FILES;

describe('labels: false', () => {
  it('leaves label and period empty and changes nothing else', () => {
    const text = '截至6月末，全市贷款余额1335亿元，同比增长21.59%。';
    const withLabels = extractFigures(text);
    const without = extractFigures(text, { labels: false });
    expect(withLabels.find((r) => r.text === '1335亿元')).toMatchObject({ label: '全市贷款余额', period: 'XXXX-06' });
    expect(without.map((r) => [r.text, r.label, r.period])).toEqual([
      ['6月末', '', ''],
      ['1335亿元', '', ''],
      ['21.59%', '', ''],
    ]);
  });

  it.each(files)('%s: the same records but for label and period, whole and streamed', (file) => {
    const text = readPage(file);
    const strip = (r: FigureRecord): FigureRecord => ({ ...r, label: '', period: '' });
    const whole = extractFigures(text, { file });
    expect(whole.length).toBeGreaterThan(0);
    expect(extractFigures(text, { file, labels: false })).toEqual(whole.map(strip));
    const ex = createExtractor({ file, labels: false, segmentSize: 512 });
    const streamed = [...ex.push(text), ...ex.end()];
    expect(streamed).toEqual(whole.map(strip));
  });
});
