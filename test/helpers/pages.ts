/**
 * The pages the tests read whole: the fixtures, and the seed pages when
 * ../shared is there (the tests skip nothing without it, they read less).
 * Decoded as the tool decodes a file (src/decode.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/decode.js';

const DIRS = ['fixtures', join('..', 'shared', 'seeds')].filter((d) => existsSync(d));

/** Paths of every page, fixtures first, each directory sorted. */
export const PAGE_FILES: readonly string[] = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(d, f)),
);

/** A page's text. */
export const readPage = (file: string): string => decode(readFileSync(file));
