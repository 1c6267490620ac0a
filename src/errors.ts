/**
 * The one error type of the shell around the recognizer. Every error the user
 * can cause has a stable `code`; the message is one line, meant for stderr
 * after `extract-figures: PATH: `.
 */

export const ERROR_CODES = [
  /** Bad command line: unknown option, bad value, no input. */
  'E_USAGE',
  /** A path that names nothing (no such file or directory). */
  'E_NOT_FOUND',
  /** A directory or glob pattern without any matching file. */
  'E_NO_FILES',
  /** A file that exists but cannot be read (permissions, I/O error). */
  'E_READ',
  /** A file with NUL bytes: not text. */
  'E_BINARY',
  /** Bytes that are not valid in the requested (or any supported) encoding. */
  'E_DECODE',
  /** The output file cannot be written. */
  'E_WRITE',
  /** A baseline (`check --baseline`) that is not valid JSON or not a list of figures. */
  'E_BASELINE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class FigureError extends Error {
  override readonly name = 'FigureError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The path the error is about, as the user gave it, when there is one. */
    readonly path?: string,
  ) {
    super(message);
  }
}

export const isFigureError = (e: unknown): e is FigureError => e instanceof FigureError;
