/** How many colours standard output shows. */
import { supportsColor } from 'chalk';
import type { CliIO } from './main.js';

/**
 * 0 when the NO_COLOR environment variable is set; else the level the caller
 * injected (`io.colorLevel`); else chalk's detection, which is about
 * process.stdout (a terminal, or FORCE_COLOR): other streams get 0.
 */
export function terminalColorLevel(io: Pick<CliIO, 'stdout' | 'env' | 'colorLevel'>): 0 | 1 | 2 | 3 {
  const env = io.env ?? process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (io.colorLevel !== undefined) return io.colorLevel;
  return io.stdout === process.stdout && supportsColor ? supportsColor.level : 0;
}
