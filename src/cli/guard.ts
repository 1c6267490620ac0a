/**
 * What the binary installs around `main` (tests run `main` in-process and do
 * not want it), so that no stop leaves a mess or a stack trace:
 *
 * - SIGINT (Ctrl-C), SIGTERM, SIGHUP: the temporary file of an unfinished
 *   `-o` is removed, the old file stays as it was, and the exit status is
 *   128 + the signal's number (130 for Ctrl-C), as a shell reports it.
 * - An exception or rejection nothing caught (a bug): one line asking for a
 *   bug report (the trace with `--debug`), temporary files removed, exit 2.
 * - A standard error or output that has gone away (`2>&-`, a closed pipe
 *   before the run starts): nothing to say it on, so it is not a crash.
 */
import { constants } from 'node:os';
import { removeTempFiles } from './output.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const BUG = 'please report this as a bug, with the input that caused it';

/** Writes to standard error, if it is still there. */
function say(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // Nowhere to say it.
  }
}

export function guardProcess(argv: readonly string[]): void {
  const debug = argv.includes('--debug');
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      removeTempFiles();
      process.exit(128 + constants.signals[signal]);
    });
  }
  // While records are written, output.ts reports standard output's errors (and ends quietly on EPIPE).
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  const fatal = (e: unknown): void => {
    removeTempFiles();
    const message = e instanceof Error ? e.message : String(e);
    say(`extract-figures: internal error: ${message}; ${BUG}${debug ? '' : ' (--debug shows the trace)'}\n`);
    if (debug && e instanceof Error && e.stack) say(`${e.stack}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
