#!/usr/bin/env node
/**
 * Part of `npm run build`, after tsc: composes every grammar pattern once with
 * XRegExp and writes the native patterns to dist/grammar/built.json, so that
 * the command and the library start without loading XRegExp or composing
 * (see src/grammar/compose.ts). Run from the package root.
 */
import { rmSync, writeFileSync } from 'node:fs';

const target = new URL('../dist/grammar/built.json', import.meta.url);
// A file from an earlier build would be read as it is: compose everything afresh.
rmSync(target, { force: true });
const { madePatterns } = await import('../dist/grammar/compose.js');
// Every module that makes patterns: the extractor (recognizers, refiners, labels) and the checks.
await import('../dist/index.js');
await import('../dist/pipeline.js');
await import('../dist/check/run.js');
const made = madePatterns();
writeFileSync(target, JSON.stringify(made));
console.log(`grammar: ${made.length} patterns composed into dist/grammar/built.json`);
