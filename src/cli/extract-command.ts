// `edu-progress extract <document> [--reference <dataset>] [--themes <themes.csv>]`: the draft
// extractor on a file, the draft CSV on stdout, a one-line summary on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../data/parse-dataset.js';
import { parseThemes } from '../data/themes.js';
import { decodeBytes } from '../data/decode.js';
import { draftCsv, extractDraft, LOW_CONFIDENCE } from '../extract/index.js';
import type { CliTerms } from './cli-terms.js';

const OPTIONS = ['--reference', '--themes'] as const;

/** The document and the options' files, or undefined when the arguments are not the command's. */
function parseArgs(args: readonly string[]): { document: string; reference?: string; themes?: string } | undefined {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if ((OPTIONS as readonly string[]).includes(arg) && args[i + 1] !== undefined && !(arg in options)) options[arg] = args[++i]!;
    else if (arg.startsWith('--')) return undefined;
    else positional.push(arg);
  }
  if (positional.length !== 1) return undefined;
  return {
    document: resolve(positional[0]!),
    ...(options['--reference'] ? { reference: resolve(options['--reference']) } : {}),
    ...(options['--themes'] ? { themes: resolve(options['--themes']) } : {}),
  };
}

/** Exit status 0 when the draft is written, 1 when the reference cannot be used, 2 when the command is wrong. */
export function extract(args: readonly string[], terms: CliTerms): number {
  const parsed = parseArgs(args);
  if (!parsed) {
    process.stderr.write(`${terms.usage}\n`);
    return 2;
  }
  const missing = [parsed.document, parsed.reference, parsed.themes].find((path) => path !== undefined && !existsSync(path));
  if (missing !== undefined) {
    process.stderr.write(`${terms.notFound(missing)}\n`);
    return 2;
  }
  let reference;
  if (parsed.reference) {
    const result = parseDataset(readFileSync(parsed.reference));
    if (!result.ok) {
      process.stderr.write(`${terms.badReference(parsed.reference, result.problems.length)}\n`);
      return 1;
    }
    reference = result.dataset;
  }
  const themes = parsed.themes ? parseThemes(decodeBytes(readFileSync(parsed.themes)).text) : undefined;
  const result = extractDraft({ text: readFileSync(parsed.document), ...(themes ? { themes } : {}), ...(reference ? { reference } : {}) });
  process.stdout.write(draftCsv(result, terms.locale));
  const count = (kind: string) => result.rows.filter((row) => row.kind === kind).length;
  const low = result.rows.filter((row) => row.confidence < LOW_CONFIDENCE).length;
  process.stderr.write(`${terms.extracted(count('target'), count('actual'), count('baseline'), low, result.document.title)}\n`);
  return 0;
}
