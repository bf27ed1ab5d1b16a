// The `edu-progress` command line: `pack` splits a dataset into a static data pack, and
// `pack --check` verifies one; `extract` drafts rows from a document. Exit status 0 when done,
// 1 when the input or the pack has errors (they are listed), 2 when the command itself is wrong.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliTerms, type CliTerms } from './cli-terms.js';
import { extract } from './extract-command.js';
import { checkPack } from './pack-check.js';
import { writePack, type PackProgress } from './pack-writer.js';
import type { Problem } from '../data/problems.js';

const terms = cliTerms(process.env);
const started = Date.now();
const seconds = () => Math.round((Date.now() - started) / 1000);

function size(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** Progress on stderr: one line rewritten in a terminal, a line every ten seconds in a log. */
function progressReporter(): (progress: PackProgress) => void {
  const tty = process.stderr.isTTY;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < (tty ? 200 : 10_000) && p.done < p.total) return;
    last = now;
    const text =
      p.phase === 'read' ? terms.reading(p.rows.toLocaleString('en-US'), size(p.done), size(p.total), seconds()) : terms.writing(p.done, p.total, seconds());
    process.stderr.write(tty ? `\r\x1b[K${text}` : `${text}\n`);
  };
}

function printProblems(problems: readonly Problem[], terms: CliTerms): void {
  for (const p of problems) process.stderr.write(`${terms.where(p.line, p.column)}${p.message[terms.locale]}\n`);
}

async function pack(args: readonly string[]): Promise<number> {
  if (args[0] === '--check' && args.length === 2) {
    const dir = resolve(args[1]!);
    const { faults, files } = await checkPack(dir, terms);
    for (const fault of faults) process.stderr.write(`${fault}\n`);
    if (faults.length > 0) {
      process.stderr.write(`${terms.checkFailed(faults.length)}\n`);
      return 1;
    }
    process.stdout.write(`${terms.checked(files, dir)}\n`);
    return 0;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith('--'))) {
    process.stderr.write(`${terms.usage}\n`);
    return 2;
  }
  const [input, out] = args.map((a) => resolve(a)) as [string, string];
  if (!existsSync(input)) {
    process.stderr.write(`${terms.notFound(input)}\n`);
    return 2;
  }
  const result = await writePack(input, out, { onProgress: progressReporter() });
  if (process.stderr.isTTY) process.stderr.write('\n');
  printProblems(result.problems, terms);
  if (!result.ok) {
    process.stderr.write(`${terms.failed(result.problemCount, result.problems.length)}\n`);
    return 1;
  }
  if (result.problemCount > 0) process.stderr.write(`${terms.warnings(result.problemCount)}\n`);
  const { manifest } = result;
  process.stdout.write(`${terms.packed(manifest.rows, manifest.regions.length, manifest.indicators.length, out, seconds())}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'pack') return pack(rest);
  if (command === 'extract') return extract(rest, terms);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${terms.usage}\n`);
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`${terms.unknownCommand(command)}\n${terms.usage}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
