/**
 * V8 settings for the command line (never for the library: they are
 * process-wide, and a program that imports us owns its process).
 */
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/**
 * Keeps V8's young generation at its first size (1 MiB a semi-space) instead
 * of letting it grow to 16 MiB. Extraction makes many short-lived objects and
 * keeps few: the larger space only holds garbage longer. This takes about
 * 40 MB off the peak memory of a large file (206 → 176 MB on 1 GB) at no
 * measurable cost in time. V8 reads this flag each time it would grow the
 * space, so it takes effect when set at run time (the size limits do not)
 * — in the main thread: worker threads ignore it, and get WORKER_LIMITS.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** The same for a worker thread: a young generation of 3 MiB (semi-spaces of 1 MiB). */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 3 };
