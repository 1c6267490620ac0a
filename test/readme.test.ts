/** The README's unit and currency tables name every word the lexicon knows. */
import { readFileSync } from 'node:fs';
import { CURRENCIES } from '../src/lexicon/currencies.js';
import { UNITS } from '../src/lexicon/units.js';

const readme = readFileSync('README.md', 'utf8');
const section = (title: string) => readme.slice(readme.indexOf(title), readme.indexOf('\n### ', readme.indexOf(title) + 1));

test.each(Object.entries(UNITS))('unit %s is in the README unit table', (word, { unit }) => {
  const table = section('### Units');
  const row = table.split('\n').find((l) => l.startsWith(`| \`${unit}\` |`));
  expect(row).toBeDefined();
  // (A word with a middle dot of its own, N·m, is looked for whole: the dot also parts the table's entries.)
  if (word.includes('·')) expect(row).toContain(word);
  else expect(row!.split(/[\s,·|]+/)).toContain(word);
});

test.each(Object.entries(CURRENCIES))('currency %s is in the README currency table', (word, { code }) => {
  const table = section('### Currencies');
  const row = table.split('\n').find((l) => l.split('|').some((cell) => cell.split(',').map((w) => w.trim()).includes(word)));
  expect(row).toBeDefined();
  expect(row).toContain(code);
});
