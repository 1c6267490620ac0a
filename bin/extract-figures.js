#!/usr/bin/env node
// Thin launcher: everything lives in the compiled library (dist/), built on install.
import { guardProcess } from '../dist/cli/guard.js';
import { main } from '../dist/cli/main.js';

guardProcess(process.argv.slice(2));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
