#!/usr/bin/env node
// Thin launcher: everything lives in the compiled library (dist/), built on install.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
