/**
 * The command line as commander sees it: names, arguments and help. Values
 * are only collected here; options.ts checks them.
 */
import { Command } from 'commander';
import { KINDS } from '../types.js';

/** Repeated list options add up: `-k money -k percent` is `-k money,percent`. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const EXAMPLES = `
Examples:
  $ extract-figures report.txt
      figures of one file (a table on a terminal, CSV in a pipe)
  $ extract-figures -f csv --bom -o figures.csv docs/
      every .txt and .md file under docs/, as CSV for a spreadsheet
  $ extract-figures 'news/**/*.txt' -k money,percent -f jsonl
      money and percentages from the files a quoted glob matches, as JSON Lines
  $ cat page.txt | extract-figures -f json
      standard input (file is "-"), as a JSON array
  $ extract-figures --ref-date 2025-09-30 --fields file,line,text,value,unit notes.md
      fill in unknown years (XXXX) and choose the columns
  $ extract-figures check --baseline figures.json docs/
      compare with a baseline (see extract-figures check --help)

Exit status: 0 if all went well, 2 for a usage error or an input that could
not be read or decoded (the other inputs are still processed).`;

export interface ProgramOutput {
  writeOut(s: string): void;
  writeErr(s: string): void;
}

export function buildProgram(version: string, out: ProgramOutput): Command {
  const program = new Command()
    .name('extract-figures')
    .usage('[options] [paths...]\n       extract-figures check --baseline <file> [options] [paths...]')
    .description('Extract numeric figures (money, percentages, counts, quantities, dates, …) from Chinese prose.')
    .argument('[paths...]', 'files, directories or glob patterns; - (or nothing, with input piped in) for standard input')
    .option('-f, --format <format>', 'csv, tsv, json, jsonl or table (default: table on a terminal, csv otherwise)')
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-k, --kind <kinds>', `keep only these kinds, comma-separated: ${KINDS.join(', ')}`, collect)
    .option('--fields <fields>', 'choose and order the fields (columns), comma-separated', collect)
    .option('--bom', 'CSV/TSV: start with a byte-order mark (for spreadsheet programs)')
    .option('--compact', 'JSON: one record a line instead of indented objects')
    .option('--encoding <encoding>', 'auto, utf-8 or gb18030 (default: auto: UTF-8, else GB18030)')
    .option('--ext <exts>', 'file extensions searched for in directories (default: txt,md)', collect)
    .option('--ref-date <date>', 'YYYY-MM-DD: fill in unknown years and resolve 今年/去年 from this day')
    .option('--no-color', 'table: no colour (the figure is marked with 【】)')
    .option('-q, --quiet', 'no warnings on standard error (errors are still shown)')
    .option('-j, --jobs <n>', 'files processed in parallel, each in a worker thread (default: number of CPUs)')
    .option('--no-progress', 'no progress bar on standard error (shown only on a terminal, for long runs)')
    .option('--debug', 'print the stack trace of an internal error')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.writeOut(s),
      writeErr: (s) => out.writeErr(s),
      // One line: `extract-figures: unknown option '--x' (Did you mean --fields?)`.
      outputError: (s, write) => write(`extract-figures: ${s.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
      // The same help everywhere: 80 columns, no colour.
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // `check` is a subcommand: what follows it is its own (a file named `help` is still a file).
    .enablePositionalOptions()
    .helpCommand(false)
    .action(() => {});
  addCheck(program);
  return program;
}

const CHECK_EXAMPLES = `
Examples:
  $ extract-figures -f json docs/ > figures.json
      make a baseline (the plain JSON output is one)
  $ extract-figures check --baseline figures.json docs/
      compare the figures of docs/ with it
  $ extract-figures check --baseline figures.json --update docs/
      rewrite it from the documents, recording --kind and --ref-date

Exit status: 0 if the figures match the baseline, 1 if they differ, 2 for a
usage error, a missing or invalid baseline, or an input that could not be read.`;

/** `extract-figures check --baseline FILE [options] [paths...]` (inherits the output set-up above). */
function addCheck(program: Command): void {
  program
    .command('check')
    .description('Compare the figures of the documents with a baseline (the JSON output) and report what changed.')
    .argument('[paths...]', 'files, directories or glob patterns (default: the files the baseline names)')
    .requiredOption('-b, --baseline <file>', 'the baseline: -f json output, or what --update writes')
    .option('-f, --format <format>', 'the report: text or json (default: text)')
    .option('-k, --kind <kinds>', `compare only these kinds, comma-separated: ${KINDS.join(', ')}`, collect)
    .option('--ref-date <date>', 'YYYY-MM-DD: fill in unknown years and resolve 今年/去年 from this day')
    .option('--encoding <encoding>', 'auto, utf-8 or gb18030 (default: auto: UTF-8, else GB18030)')
    .option('--ext <exts>', 'file extensions searched for in directories (default: txt,md)', collect)
    .option('--strict-positions', 'also report figures whose line or column moved')
    .option('--update', 'rewrite the baseline from the documents (atomically), recording the options')
    .option('--no-color', 'no colour (the figure is marked with 【】)')
    .option('-q, --quiet', 'no warnings on standard error (errors are still shown)')
    .option('--debug', 'print the stack trace of an internal error')
    .addHelpText('after', CHECK_EXAMPLES);
}

/** The `check` subcommand, when the command line chose it (after `parse`). */
export const chosenCheck = (program: Command): Command | undefined =>
  program.args[0] === 'check' ? program.commands.find((c) => c.name() === 'check') : undefined;
