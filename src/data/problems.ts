import type { Localized } from '../i18n/locale.js';
import type { ProblemCode, ProblemParams } from '../i18n/problem-messages.js';
import type { Column } from './schema.js';

export type { ProblemCode } from '../i18n/problem-messages.js';

export type Severity = 'error' | 'warning';

/** Something wrong with a dataset, said so an analyst can find and fix it. */
export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** Line in a CSV/TSV file (the header is line 1) or record number in JSON; undefined for the whole file. */
  readonly line?: number;
  /** 1-based column in a CSV/TSV file, as a spreadsheet counts it. */
  readonly column?: number;
  /** The canonical column the problem is about. */
  readonly field?: Column;
  readonly message: Localized;
}

/**
 * A problem as parsing, validating or loading finds it, its message not yet
 * written: the messages (i18n/problem-messages.ts, every one in two languages)
 * load only where a file has problems (loader.ts), or with parseDataset, which
 * returns its problems written (writeProblem in problem-messages.ts).
 */
export interface Finding extends Omit<Problem, 'message'> {
  readonly params: ProblemParams;
}

export interface ProblemPlace {
  readonly line?: number;
  readonly column?: number;
  readonly field?: Column;
}

export function problem(
  severity: Severity,
  code: ProblemCode,
  place: ProblemPlace = {},
  params: ProblemParams = {},
): Finding {
  const shown: ProblemParams = {
    ...params,
    ...(params.value !== undefined && { value: visible(params.value) }),
    ...(params.column !== undefined && { column: visible(params.column) }),
  };
  return { severity, code, ...place, params: shown };
}

/** Longest cell text a message quotes, in characters; the rest is elided. */
export const QUOTE_MAX_LENGTH = 40;

/**
 * Cell text as a message quotes it: control characters (a NUL, say) spelled
 * out so "88.4\u0000" does not read as 88.4, and a huge cell cut short so a
 * 5 MB line does not become a 5 MB message.
 */
export function visible(text: string): string {
  const chars = Array.from(text.length > QUOTE_MAX_LENGTH * 2 ? text.slice(0, QUOTE_MAX_LENGTH * 2) : text);
  const cut = chars.length > QUOTE_MAX_LENGTH ? chars.slice(0, QUOTE_MAX_LENGTH) : chars;
  const shown = cut
    .map((c) => (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c))
    .join('');
  return cut.length < chars.length || text.length > QUOTE_MAX_LENGTH * 2 ? `${shown}…` : shown;
}

/** How many problems a result lists; the rest are only counted. */
export const PROBLEM_LIST_LIMIT = 100;

/**
 * Collects problems, keeping the first PROBLEM_LIST_LIMIT errors and warnings each,
 * so a flood of warnings never hides the error that blocks a file.
 */
export class ProblemCollector<P extends Finding | Problem = Finding> {
  private readonly errors: P[] = [];
  private readonly warnings: P[] = [];
  private total = 0;

  add(p: P): void {
    this.total++;
    const list = p.severity === 'error' ? this.errors : this.warnings;
    if (list.length < PROBLEM_LIST_LIMIT) list.push(p);
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** Errors before warnings, each in file order; at most PROBLEM_LIST_LIMIT in all. */
  list(): P[] {
    const byLine = (a: P, b: P) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
    return [...this.errors.sort(byLine), ...this.warnings.sort(byLine)].slice(0, PROBLEM_LIST_LIMIT);
  }

  get count(): number {
    return this.total;
  }
}
