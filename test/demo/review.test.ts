import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinRows } from '../../demo/join-rows.js';
import { cellsToCsv } from '../../demo/csv-export.js';
import {
  acceptAtLeast,
  acceptedRows,
  decide,
  edit,
  markAdded,
  newReview,
  redraft,
  reviewCounts,
  reviewedCells,
  reviewedRows,
  rowReview,
  rowsToAdd,
  setDocumentField,
  type DocumentOverrides,
  type Review,
} from '../../demo/review.js';
import { extractDraft } from '../../src/extract/index.js';
import type { DraftRow } from '../../src/extract/types.js';
import { parseDataset } from '../../src/data/parse-dataset.js';
import type { Dataset } from '../../src/data/dataset.js';
import { PLAN_RESULT } from '../fixtures/extract-result.js';

const bundled = parseDataset(readFileSync(new URL('../../data/indicators.csv', import.meta.url)));
if (!bundled.ok) throw new Error('the bundled dataset does not parse');
const current: Dataset = bundled.dataset;
/** The rows as the page joins them: a dataset file, read back by the page itself. */
const csv = (review: Review, rows: readonly DraftRow[]) => cellsToCsv(reviewedRows(review, rows), false);
const [rate, kindergartens, teachers] = PLAN_RESULT.rows.map((row) => row.id) as [string, string, string];

describe('the review of a draft', () => {
  it('starts undecided and unedited, and counts decisions', () => {
    const review = newReview('plan.txt', PLAN_RESULT);
    expect(rowReview(review, rate)).toEqual({ decision: 'pending', edits: {} });
    const next = decide(decide(review, rate, 'accepted'), teachers, 'rejected');
    expect(reviewCounts(next)).toEqual({ pending: 1, accepted: 1, rejected: 1, added: 0 });
    // the first review is unchanged: each change is a new review (one write of the store)
    expect(reviewCounts(review)).toEqual({ pending: 3, accepted: 0, rejected: 0, added: 0 });
  });

  it('accepts the undecided rows at or above a confidence, leaving decided rows alone', () => {
    const review = decide(newReview('', PLAN_RESULT), rate, 'rejected');
    const next = acceptAtLeast(review, 0.6);
    expect(rowReview(next, rate).decision).toBe('rejected');
    expect(rowReview(next, kindergartens).decision).toBe('accepted');
    expect(rowReview(next, teachers).decision).toBe('pending');
    expect(rowReview(acceptAtLeast(review, 0.55), teachers).decision).toBe('accepted');
  });

  it('keeps edits, with what follows from them, and forgets an edit undone', () => {
    let review = edit(newReview('', PLAN_RESULT), kindergartens, 'value', '4');
    expect(rowReview(review, kindergartens).edits).toEqual({ value: '4' });
    review = edit(review, kindergartens, 'value', '3');
    expect(rowReview(review, kindergartens).edits).toEqual({});
    // a name of the reference dataset takes its id and English name
    review = edit(review, teachers, 'indicator', '学前教育普惠率', current.indicators);
    expect(rowReview(review, teachers).edits).toMatchObject({ indicator: '学前教育普惠率', indicator_id: 'preschool_inclusive_rate', indicator_en: 'Inclusive preschool rate' });
    // another name drops the draft's id and English name rather than keep them for a new name
    review = edit(review, rate, 'indicator', '普惠性幼儿园覆盖率', current.indicators);
    expect(rowReview(review, rate).edits).toEqual({ indicator: '普惠性幼儿园覆盖率', indicator_id: '', indicator_en: '' });
    review = edit(review, rate, 'unit', '个百分点');
    expect(rowReview(review, rate).edits).toMatchObject({ unit: '个百分点', unit_en: '' });
  });

  it('writes the accepted rows not yet added as a dataset file, edits applied', () => {
    let review = acceptAtLeast(newReview('', PLAN_RESULT), 0.6);
    review = edit(review, kindergartens, 'kind', 'actual');
    const rows = rowsToAdd(review);
    expect(rows.map((row) => row.id)).toEqual([rate, kindergartens]);
    const parsed = parseDataset(csv(review, rows));
    expect(parsed.ok && [...parsed.dataset].map((row) => [row.indicator, row.kind, row.value])).toEqual([
      ['学前教育普惠率', 'target', 90],
      ['新建幼儿园', 'actual', 3],
    ]);
    const added = markAdded(review, rows);
    expect(rowsToAdd(added)).toEqual([]);
    expect(acceptedRows(added)).toEqual(rows);
    expect(rowsToAdd(decide(added, teachers, 'accepted')).map((row) => row.id)).toEqual([teachers]);
  });
});

describe('the document a draft was read from', () => {
  /** A plan's items without their title line: the extractor cannot tell the region or the year. */
  const UNTITLED = '一、学前教育\n1. 扩大普惠资源，学前教育普惠率达到90%以上。\n2. 新建幼儿园3所。\n\n二、教师队伍\n3. 力争新增市级骨干教师不少于20名。\n';
  /** The review drafted again with one field set, as the page does it. */
  const change = (review: Review, field: Parameters<typeof setDocumentField>[1], text: string) => {
    const document = setDocumentField(review.document ?? {}, field, text);
    return redraft(review, document, extractDraft({ text: review.result.text, document, reference: current }));
  };

  it('reads each field from its control\'s text; an empty one, or a year that is not one, goes back to the title line', () => {
    let overrides: DocumentOverrides = {};
    overrides = setDocumentField(overrides, 'region', ' 河西区 ');
    overrides = setDocumentField(overrides, 'year', '2025');
    overrides = setDocumentField(overrides, 'kind', 'summary');
    expect(overrides).toEqual({ region: '河西区', year: 2025, kind: 'summary' });
    expect(setDocumentField(overrides, 'year', '25')).toEqual({ region: '河西区', kind: 'summary' });
    expect(setDocumentField(overrides, 'region', '')).toEqual({ year: 2025, kind: 'summary' });
    expect(setDocumentField(overrides, 'kind', '')).toEqual({ region: '河西区', year: 2025 });
  });

  it('drafts the rows again with the region and year filled in, keeping each row\'s decision and edits', () => {
    let review = newReview('', extractDraft({ text: UNTITLED, reference: current }));
    const [rate, kindergartens] = review.result.rows.map((row) => row.id) as [string, string];
    expect(review.result.rows.map((row) => [row.cells.region, row.cells.year])).toEqual([['', ''], ['', ''], ['', '']]);
    // without them no row can be added
    review = decide(edit(decide(review, rate, 'accepted'), kindergartens, 'value', '4'), kindergartens, 'rejected');
    expect(joinRows(current, csv(review, rowsToAdd(review))).ok).toBe(false);

    review = change(change(review, 'region', '东丽区'), 'year', '2026');
    expect(review.document).toEqual({ region: '东丽区', year: 2026 });
    // the region the current dataset knows brings its code and parent
    expect(review.result.document).toMatchObject({ region: '东丽区', regionCode: '120110', parent: '天津市', year: 2026 });
    expect(review.result.rows.map((row) => row.id)).toEqual([rate, kindergartens, expect.any(String)]);
    expect(rowReview(review, rate).decision).toBe('accepted');
    expect(rowReview(review, kindergartens)).toEqual({ decision: 'rejected', edits: { value: '4' } });
    expect(reviewedCells(review.result.rows[1]!, rowReview(review, kindergartens))).toMatchObject({ region: '东丽区', year: '2026', value: '4' });
    const joined = joinRows(current, csv(review, rowsToAdd(review)));
    expect(joined.ok && joined.dataset.select({ region: '东丽区', year: 2026 }).map((row) => row.value)).toEqual([90]);
  });

  it('drops the decisions of rows the new draft no longer has', () => {
    let review = newReview('', extractDraft({ text: UNTITLED }));
    review = acceptAtLeast(review, 0);
    review = markAdded(review, rowsToAdd(review).slice(0, 1));
    // a summary reports results: the plan's targets are other rows now
    review = change(review, 'kind', 'summary');
    expect(review.result.rows.every((row) => row.kind === 'actual')).toBe(true);
    expect(review.rows).toEqual({});
    expect(review.added).toEqual([]);
    expect(reviewCounts(review)).toEqual({ pending: 3, accepted: 0, rejected: 0, added: 0 });
    // and back to a plan: the rows are drafted as before, undecided
    review = change(review, 'kind', 'plan');
    expect(review.result.rows.every((row) => row.kind === 'target')).toBe(true);
    expect(review.document).toEqual({ kind: 'plan' });
  });
});

describe('joining reviewed rows to the current dataset', () => {
  const draftRowOf = (line: number) => line + 100;

  it('adds them after the current rows', () => {
    const review = acceptAtLeast(newReview('', PLAN_RESULT), 0);
    const joined = joinRows(current, csv(review, rowsToAdd(review)));
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(joined.dataset.size).toBe(current.size + 3);
    expect(joined.dataset.select({ region: '东丽区', year: 2024 }).map((row) => row.indicator)).toEqual(['学前教育普惠率', '新建幼儿园', '新增市级骨干教师']);
    expect(joined.problems).toEqual([]);
  });

  it('is the added rows alone when there is no current dataset', () => {
    const review = acceptAtLeast(newReview('', PLAN_RESULT), 0);
    const joined = joinRows(undefined, csv(review, rowsToAdd(review)));
    expect(joined.ok && joined.dataset.size).toBe(3);
  });

  it('names the added row a problem is about, as the review numbers it', () => {
    let review = acceptAtLeast(newReview('', PLAN_RESULT), 0);
    review = edit(review, teachers, 'value', '二十');
    const joined = joinRows(current, csv(review, rowsToAdd(review)), draftRowOf);
    expect(joined.ok).toBe(false);
    expect(joined.problems.map((p) => [p.code, p.line])).toEqual([['not-a-number', 104]]);
  });

  it('finds a row that conflicts with a current row, and cites that row by its own line', () => {
    const existing = current.select({ region: '东丽区', year: 2022, kind: 'target', indicator: 'preschool_inclusive_rate' })[0]!;
    let review = acceptAtLeast(newReview('', PLAN_RESULT), 0);
    review = edit(edit(review, rate, 'value', String(existing.value + 1)), rate, 'theme', existing.theme);
    const conflicting = { ...review, result: { ...review.result, rows: review.result.rows.map((row) => (row.id === rate ? { ...row, cells: { ...row.cells, year: '2022' } } : row)) } };
    const joined = joinRows(current, csv(conflicting, rowsToAdd(conflicting)), draftRowOf);
    expect(joined.ok).toBe(false);
    const conflict = joined.problems.find((p) => p.code === 'conflicting-duplicate')!;
    expect(conflict.line).toBe(102);
    expect(conflict.message.en).toContain(`line ${existing.line}`);
  });
});
