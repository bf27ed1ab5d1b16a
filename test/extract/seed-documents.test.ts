// The extractor measured against the five source documents of the bundled dataset: recall is the
// share of a document's bundled figures (value, unit and kind) that the draft has with an excerpt
// overlapping the bundled one; precision the share of draft rows that match a bundled figure.
// The plan_items rows are left out: they count a plan's items (工作条目数), a figure no sentence states.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseThemes, type IndicatorRow } from '../../src/data/index.js';
import { extractDraft, type DraftRow } from '../../src/extract/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const parsed = parseDataset(read('../../data/indicators.csv'));
if (!parsed.ok) throw new Error('data/indicators.csv does not parse');
const bundled = [...parsed.dataset].filter((row) => row.indicatorId !== 'plan_items');
const themes = parseThemes(read('../../data/themes.csv'));

// As test/data/bundled-dataset.test.ts finds them: EDU_PROGRESS_SEEDS, else ../shared/seeds beside the project.
const seedsDir = process.env['EDU_PROGRESS_SEEDS']
  ? pathToFileURL(`${process.env['EDU_PROGRESS_SEEDS'].replace(/\/*$/, '')}/`)
  : new URL('../../../shared/seeds/', import.meta.url);
const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
if (files.length === 0) {
  console.log(`skipped: measuring the extractor needs the source documents, not found at ${seedsDir.pathname} (set EDU_PROGRESS_SEEDS to their folder)`);
}

/** The documents in the order of seeds/INDEX.md, by the title the bundled rows cite (the caller names it, as an analyst would). */
const TITLES = ['天津市东丽区2022年教育工作要点', '天津市东丽区2023年教育工作总结', '2022年鲤城教育工作要点', '2021年台儿庄区教育工作要点', '通州区2021年教育工作要点'];

/** Every place the bundled excerpt stands in the document. */
function excerptSpans(text: string, excerpt: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(excerpt); at !== -1; at = text.indexOf(excerpt, at + 1)) spans.push([at, at + excerpt.length]);
  return spans;
}

function matches(row: IndicatorRow, draft: DraftRow, text: string): boolean {
  return (
    Number(draft.cells.value) === row.value &&
    draft.cells.unit === row.unit &&
    draft.kind === row.kind &&
    excerptSpans(text, row.excerpt).some(([start, end]) => draft.excerptStart < end && start < draft.excerptEnd)
  );
}

describe.skipIf(files.length === 0)('the extractor on the five source documents', () => {
  it('finds ≥ 90% of the bundled figures, and ≥ 70% of what it finds is bundled', () => {
    let found = 0;
    let expected = 0;
    let right = 0;
    let drafted = 0;
    const lines: string[] = [];
    files.forEach((file, i) => {
      const title = TITLES[i]!;
      const result = extractDraft({ text: readFileSync(new URL(file, seedsDir)), document: { title }, themes, reference: parsed.dataset });
      const rows = bundled.filter((row) => row.source === title);
      const missed = rows.filter((row) => !result.rows.some((draft) => matches(row, draft, result.text)));
      const extra = result.rows.filter((draft) => !rows.some((row) => matches(row, draft, result.text)));
      const recall = (rows.length - missed.length) / rows.length;
      const precision = (result.rows.length - extra.length) / result.rows.length;
      found += rows.length - missed.length;
      expected += rows.length;
      right += result.rows.length - extra.length;
      drafted += result.rows.length;
      lines.push(`${file} ${title}: recall ${(recall * 100).toFixed(1)}% (${rows.length - missed.length}/${rows.length}), precision ${(precision * 100).toFixed(1)}% (${result.rows.length - extra.length}/${result.rows.length})`);
      for (const row of missed) lines.push(`  missed: ${row.kind} ${row.value} ${row.unit} | ${row.excerpt}`);
      for (const draft of extra) lines.push(`  extra: ${draft.kind} ${draft.cells.value} ${draft.cells.unit} | ${draft.cells.excerpt}`);
    });
    const recall = found / expected;
    const precision = right / drafted;
    lines.push(`over the five: recall ${(recall * 100).toFixed(1)}% (${found}/${expected}), precision ${(precision * 100).toFixed(1)}% (${right}/${drafted})`);
    console.log(lines.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.7);
  });
});
