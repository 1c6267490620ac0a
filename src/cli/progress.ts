/**
 * The progress bar: one line on standard error, redrawn in place, once the
 * work has taken more than a second. Only when standard error is a terminal
 * (the CLI decides; see `wantProgress`), never on standard output. Any other
 * line for standard error clears the bar first (`clear`); it is drawn again
 * at the next update.
 *
 *   extract-figures: [####--------]  12/340 files  45.2/128.0 MB  23.1 MB/s  0:04 left
 */

export interface ProgressOptions {
  /** Where the bar goes (standard error). */
  readonly stream: NodeJS.WritableStream;
  readonly totalFiles: number;
  /** Bytes of all inputs, or null when unknown (standard input). */
  readonly totalBytes: number | null;
  /** Milliseconds; injectable for tests (default: performance.now). */
  readonly now?: () => number;
  /** Width of the terminal (default 80). */
  readonly columns?: number;
  /** Quiet for this long first, in ms (default 1000). */
  readonly delay?: number;
  /** At most one redraw in this many ms (default 100). */
  readonly interval?: number;
}

const MB = 1024 * 1024;
const BAR = 12;

/** `0:42`, `12:05`, `2:03:10`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  /** Bytes read of the files under way, by index. */
  private readonly current = new Map<number, number>();
  private doneBytes = 0;
  private doneFiles = 0;
  private lastDraw = -Infinity;
  private shown = false;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** `bytes` of input `i` read so far. */
  bytes(i: number, bytes: number): void {
    this.current.set(i, bytes);
    this.tick();
  }

  /** Input `i` is finished (read, or failed). */
  fileDone(i: number): void {
    this.doneBytes += this.current.get(i) ?? 0;
    this.current.delete(i);
    this.doneFiles++;
    this.tick();
  }

  /** Redraws when it is time. */
  tick(force = false): void {
    const t = this.now();
    if (t - this.started < (this.o.delay ?? 1000)) return;
    if (!force && t - this.lastDraw < (this.o.interval ?? 100)) return;
    this.lastDraw = t;
    this.o.stream.write(`\r${this.line((t - this.started) / 1000)}\x1b[K`);
    this.shown = true;
  }

  /** Takes the bar off the screen (before another line is written, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.o.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = -Infinity;
  }

  /** The bar's text, after `elapsed` seconds. */
  line(elapsed: number): string {
    let read = this.doneBytes;
    for (const b of this.current.values()) read += b;
    const total = this.o.totalBytes;
    const rate = elapsed > 0 ? read / MB / elapsed : 0;
    const parts: string[] = [];
    if (total !== null && total > 0) {
      const filled = Math.min(BAR, Math.round((read / total) * BAR));
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`);
    }
    parts.push(`${this.doneFiles}/${this.o.totalFiles} files`);
    parts.push(total !== null ? `${(read / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB` : `${(read / MB).toFixed(1)} MB`);
    parts.push(`${rate.toFixed(1)} MB/s`);
    if (total !== null && rate > 0) parts.push(`${clock((total - read) / MB / rate)} left`);
    // Narrow terminals lose the bar first, then the end of the line.
    const columns = this.o.columns !== undefined && this.o.columns > 0 ? this.o.columns : 80;
    const width = Math.max(20, columns - 1);
    let text = `extract-figures: ${parts.join('  ')}`;
    if (text.length > width && parts[0]!.startsWith('[')) text = `extract-figures: ${parts.slice(1).join('  ')}`;
    return text.length > width ? text.slice(0, width) : text;
  }
}

/** A bar is wanted on a terminal, unless `--quiet` or `--no-progress`. */
export const wantProgress = (stderrIsTTY: boolean, quiet: boolean, progress: boolean): boolean => stderrIsTTY && !quiet && progress;
