// The review of a document's draft (issue 13): what the analyst made of each row the
// extractor proposed. Plain data, changed by returning a new review, so that every
// change is one write of the work store and a reload gives back exactly this.
import type { IndicatorInfo } from '../src/data/dataset.js';
import { COLUMNS, type Column } from '../src/data/schema.js';
import type { DocumentInfo, DraftRow, ExtractResult } from '../src/extract/types.js';

/** The cells an analyst may change in the review table. */
export const EDITABLE = ['value', 'unit', 'kind', 'direction', 'indicator', 'theme'] as const;
export type EditableField = (typeof EDITABLE)[number];

export type Decision = 'pending' | 'accepted' | 'rejected';

/** What the analyst may say of the document, over what its title line says. */
export type DocumentField = keyof DocumentInfo;
export type DocumentOverrides = Readonly<Partial<DocumentInfo>>;

export interface RowReview {
  readonly decision: Decision;
  /** Cells changed from the draft's (an edited field, and the cells that follow from it). */
  readonly edits: Readonly<Partial<Record<Column, string>>>;
}

export interface Review {
  /** The document's file name, or '' for pasted text. */
  readonly name: string;
  /** The extractor's draft: the document's text and what it read of it, and the rows. */
  readonly result: ExtractResult;
  /**
   * What the analyst said of the document (its region, year …) over its title line: the draft
   * was made with these. Absent from reviews saved before the document could be edited.
   */
  readonly document?: DocumentOverrides;
  /** Each row's decision and edits, by the draft row's id; a row not here is pending and unedited. */
  readonly rows: Readonly<Record<string, RowReview>>;
  /** The ids of the rows already added to the dataset: adding again adds only the others. */
  readonly added: readonly string[];
}

const UNDECIDED: RowReview = { decision: 'pending', edits: {} };

export function newReview(name: string, result: ExtractResult): Review {
  return { name, result, document: {}, rows: {}, added: [] };
}

/**
 * The overrides with one field set from its control's text. An empty field (or a year that is
 * not one, a kind that is neither) leaves that field to the title line again.
 */
export function setDocumentField(overrides: DocumentOverrides, field: DocumentField, text: string): DocumentOverrides {
  const rest: Partial<DocumentInfo> = { ...overrides };
  delete rest[field];
  const value = text.trim();
  if (value === '') return rest;
  if (field === 'year') return /^\d{4}$/.test(value) ? { ...rest, year: Number(value) } : rest;
  if (field === 'kind') return value === 'plan' || value === 'summary' ? { ...rest, kind: value } : rest;
  return { ...rest, [field]: value };
}

/**
 * The review of a new draft of the same text, made with `document`: a row drafted again (the
 * same id: the same figure read as the same kind) keeps its decision and edits; a row the new
 * draft no longer has (a plan's target that is a summary's result now) is gone with them.
 */
export function redraft(review: Review, document: DocumentOverrides, result: ExtractResult): Review {
  const ids = new Set(result.rows.map((row) => row.id));
  const rows = Object.fromEntries(Object.entries(review.rows).filter(([id]) => ids.has(id)));
  return { ...review, result, document, rows, added: review.added.filter((id) => ids.has(id)) };
}

export function rowReview(review: Review, id: string): RowReview {
  return review.rows[id] ?? UNDECIDED;
}

function withRow(review: Review, id: string, row: RowReview): Review {
  return { ...review, rows: { ...review.rows, [id]: row } };
}

export function decide(review: Review, id: string, decision: Decision): Review {
  return withRow(review, id, { ...rowReview(review, id), decision });
}

/** The draft row's cells as the analyst left them. */
export function reviewedCells(row: DraftRow, review: RowReview): Readonly<Record<Column, string>> {
  return { ...row.cells, ...review.edits };
}

/**
 * Changes one field. What follows from it changes too: a new indicator name takes the id and
 * English name of the reference dataset's indicator of that name (else none, rather than the
 * draft's id for another name); a new unit drops the draft's English unit.
 */
export function edit(review: Review, id: string, field: EditableField, value: string, indicators: readonly IndicatorInfo[] = []): Review {
  const row = review.result.rows.find((r) => r.id === id);
  if (!row) return review;
  const current = rowReview(review, id);
  const changes: Partial<Record<Column, string>> = { [field]: value };
  if (field === 'indicator') {
    const known = indicators.find((i) => i.name === value.trim());
    changes.indicator_id = known ? known.id : value === row.cells.indicator ? row.cells.indicator_id : '';
    changes.indicator_en = known ? known.nameEn : value === row.cells.indicator ? row.cells.indicator_en : '';
  }
  if (field === 'unit') changes.unit_en = value === row.cells.unit ? row.cells.unit_en : '';
  const edits: Partial<Record<Column, string>> = { ...current.edits };
  for (const [column, text] of Object.entries(changes) as [Column, string][]) {
    // A cell edited back to the draft's is no longer an edit.
    if (text === row.cells[column]) delete edits[column];
    else edits[column] = text;
  }
  return withRow(review, id, { ...current, edits });
}

/** Accepts every undecided row whose confidence is at least `threshold` (0 to 1); decided rows stay as they are. */
export function acceptAtLeast(review: Review, threshold: number): Review {
  let next = review;
  for (const row of review.result.rows) {
    if (row.confidence >= threshold && rowReview(review, row.id).decision === 'pending') next = decide(next, row.id, 'accepted');
  }
  return next;
}

/** The accepted rows not yet added to the dataset, in the draft's order. */
export function rowsToAdd(review: Review): DraftRow[] {
  const added = new Set(review.added);
  return acceptedRows(review).filter((row) => !added.has(row.id));
}

export function markAdded(review: Review, rows: readonly DraftRow[]): Review {
  return { ...review, added: [...review.added, ...rows.map((row) => row.id)] };
}

/** The rows' cells as the analyst left them, in the dataset's columns (COLUMNS' order). */
export function reviewedRows(review: Review, rows: readonly DraftRow[]): string[][] {
  return rows.map((row) => {
    const cells = reviewedCells(row, rowReview(review, row.id));
    return COLUMNS.map((column) => cells[column]);
  });
}

/** Every accepted row (added or not), in the draft's order: the review's result. */
export function acceptedRows(review: Review): DraftRow[] {
  return review.result.rows.filter((row) => rowReview(review, row.id).decision === 'accepted');
}

/** How many rows are accepted, rejected, undecided, and added. */
export function reviewCounts(review: Review): Record<Decision | 'added', number> {
  const counts = { pending: 0, accepted: 0, rejected: 0, added: review.added.length };
  for (const row of review.result.rows) counts[rowReview(review, row.id).decision]++;
  return counts;
}
