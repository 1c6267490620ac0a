/** Run the CLI in-process with captured streams, and make temporary trees. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { type CliIO, main } from '../../src/cli/main.js';

/** A writable stream that keeps what it is given. */
export class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export interface RunOptions extends Partial<Omit<CliIO, 'stdin' | 'stdout' | 'stderr'>> {
  /** Piped into standard input (then stdin is not a terminal). */
  stdin?: string | Uint8Array;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const { stdin, ...rest } = options;
  const input = Readable.from(stdin === undefined ? [] : [typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]);
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: input,
    stdoutIsTTY: false,
    stdinIsTTY: stdin === undefined,
    colorLevel: 0,
    env: {},
    ...rest,
  });
  return { code, stdout: stdout.text, stdoutBytes: stdout.bytes, stderr: stderr.text };
}

/** A temporary directory with `files` (path → text or bytes) in it. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-figures-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Options that make the CLI print `file` and `text` of each record as JSON Lines (read them with `figures`). */
export const jsonl = ['-f', 'jsonl', '--fields', 'file,text'];

/** `file text` of every record, from JSON Lines output. */
export const figures = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const r = JSON.parse(l) as { file: string; text: string };
      return `${r.file} ${r.text}`;
    });
