/**
 * The draft extractor (issue 13): a document's plain text in, draft rows in the dataset format out,
 * each with its source item, a verbatim excerpt, a confidence and the reasons, for a reviewer to
 * accept, edit or reject. Pure: the CLI and the demo run the same code.
 */
import { decodeBytes } from '../data/decode.js';
import { COLUMNS, EXCERPT_MAX_LENGTH, type Column } from '../data/schema.js';
import { documentInfo, readTitleLine } from './document-info.js';
import { figuresIn, type Figure } from './figures.js';
import { newIndicatorId, referenceIndicator } from './indicator-id.js';
import { completeName, indicatorName } from './indicator-name.js';
import { formatNumber } from './numbers.js';
import { outline, type Paragraph } from './outline.js';
import { reason } from './reasons.js';
import { FROM_TO, readFigure } from './read-figure.js';
import { respectiveNames } from './respectively.js';
import { clauseAround, normalizeWidth, quotedMask, type Span } from './text.js';
import { matchTheme } from './theme-match.js';
import type { DocumentInfo, DraftRow, ExtractInput, ExtractResult } from './types.js';

export type * from './types.js';
export { draftCsv } from './draft-csv.js';

/** Rows below this confidence are the ones a reviewer should look at first. */
export const LOW_CONFIDENCE = 0.6;

/** An excerpt of at most 80 characters of the clause that holds the figure, the figure whole inside it. */
function excerptSpan(clause: Span, figure: Span): Span {
  if (clause.end - clause.start <= EXCERPT_MAX_LENGTH) return clause;
  const start = Math.max(clause.start, Math.min(figure.start - 30, figure.end - EXCERPT_MAX_LENGTH));
  return { start, end: Math.min(clause.end, start + EXCERPT_MAX_LENGTH) };
}

interface Found {
  readonly figure: Figure;
  readonly paragraph: Paragraph;
  readonly clause: Span;
}

function findFigures(norm: string, paragraphs: readonly Paragraph[]): Found[] {
  const quoted = quotedMask(norm);
  return paragraphs.flatMap((paragraph) =>
    figuresIn(norm, paragraph, quoted).map((figure) => ({ figure, paragraph, clause: clauseAround(norm, paragraph, figure.start) })),
  );
}

/** The draft rows of a document. */
export function extractDraft(input: ExtractInput): ExtractResult {
  const text = typeof input.text === 'string' ? input.text.replace(/^\uFEFF/, '') : decodeBytes(input.text).text;
  const norm = normalizeWidth(text);
  const document = documentInfo(norm, input.document, input.reference);
  const found = findFigures(norm, outline(norm, readTitleLine(norm).bodyStart));
  const respective = respectiveNames(norm, found);
  const idsUsed = new Map<string, number>();
  const rows: DraftRow[] = [];
  /** The names read so far, by index in found: a verb alone borrows the name of the figure before. */
  const ownNames: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const { figure, paragraph, clause } = found[i]!;
    const previous = found[i - 1];
    const next = found[i + 1];
    const sameClause = (other: Found | undefined) => other !== undefined && other.clause.start === clause.start && other.paragraph === paragraph;
    // The words before a figure start after the figure before it in the same clause (6个集团和8个共同体).
    const preStart = sameClause(previous) ? Math.max(clause.start, previous!.figure.end) : clause.start;
    const pre = norm.slice(preStart, figure.start);
    const post = norm.slice(figure.end, clause.end);
    const fromVerb = /(?:由|从)\s*$/.test(pre) && sameClause(next) ? FROM_TO.exec(post)?.[1] : undefined;
    const toOf = sameClause(previous) && /(?:由|从)\s*$/.test(norm.slice(clause.start, previous!.figure.start)) ? FROM_TO.exec(norm.slice(previous!.figure.end, figure.start))?.[1] : undefined;
    const fromTo = fromVerb !== undefined ? { role: 'from' as const, verb: fromVerb } : toOf !== undefined ? { role: 'to' as const, verb: toOf } : undefined;
    const written = text.slice(figure.start, figure.end);
    const reading = readFigure(figure, { pre, clausePre: norm.slice(clause.start, figure.start), post, written, documentKind: document.kind, ...(fromTo ? { fromTo } : {}) });
    // The target of 由…提高到… is named by the words before 由, as its baseline is.
    const namePre = fromTo?.role === 'to' ? norm.slice(clause.start, previous!.figure.start) : pre;
    // A zero's noun stands before it (安全事故零发生), full coverage's too: the words after are not its name.
    const namePost = fromTo?.role === 'to' || figure.form === 'zero' || figure.form === 'coverage' ? '' : post;
    const sameSentence = previous !== undefined && previous.paragraph === paragraph && !/[。!?；;]/.test(norm.slice(previous.figure.end, figure.start));
    const ownName = respective.get(i) ?? completeName(indicatorName(namePre, namePost, figure.unit, figure.subject), sameSentence ? ownNames[i - 1] : undefined);
    ownNames.push(ownName);
    const reasons = [...reading.reasons];
    let confidence = reading.confidence;
    if (ownName.length < 2) {
      reasons.push(reason('short-name'));
      confidence -= 0.2;
    }
    const known = referenceIndicator(input.reference, ownName, figure.unit);
    if (known) reasons.push(reason('reference-match', known.name));
    const name = known?.name ?? ownName;
    const clauseText = norm.slice(clause.start, clause.end);
    const theme = known?.theme ? { id: known.theme, keyword: '' } : input.themes ? matchTheme(input.themes, name, clauseText, paragraph.context) : undefined;
    if (theme?.keyword) reasons.push(reason('theme-keyword', theme.keyword));
    const year = document.year === undefined ? undefined : document.year + reading.yearOffset;
    const baseId = known?.id || newIndicatorId(name, figure.unit);
    const idKey = `${baseId}\u0000${year}\u0000${reading.kind}`;
    const repeat = (idsUsed.get(idKey) ?? 0) + 1;
    idsUsed.set(idKey, repeat);
    // Two figures of one kind and year under one id would be one observation twice: the later gets its own id.
    const indicatorId = repeat === 1 ? baseId : `${baseId}_${repeat}`;
    const excerpt = excerptSpan(clause, figure);
    const cells: Record<Column, string> = Object.fromEntries(COLUMNS.map((column) => [column, ''])) as Record<Column, string>;
    Object.assign(cells, {
      region_code: document.regionCode,
      region: document.region,
      parent: document.parent,
      year: year === undefined ? '' : String(year),
      theme: theme?.id ?? '',
      indicator_id: indicatorId,
      indicator: name,
      unit: figure.unit,
      kind: reading.kind,
      value: formatNumber(figure.value),
      value_max: figure.valueMax === undefined ? '' : formatNumber(figure.valueMax),
      direction: reading.direction,
      source: document.title,
      source_item: paragraph.item,
      excerpt: text.slice(excerpt.start, excerpt.end),
      ...englishCells(input, document, known),
    });
    rows.push({
      id: `${figure.start}-${reading.kind}`,
      cells,
      kind: reading.kind,
      direction: reading.direction,
      confidence: Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100,
      reasons,
      excerptStart: excerpt.start,
      excerptEnd: excerpt.end,
      paragraphStart: paragraph.start,
      paragraphEnd: paragraph.end,
      matchedReference: known !== undefined,
    });
  }
  return { document, text, rows };
}

/** The English names the reference already gives this region, indicator and document, if any. */
function englishCells(input: ExtractInput, document: DocumentInfo, known: ReturnType<typeof referenceIndicator>): Partial<Record<Column, string>> {
  const reference = input.reference;
  if (!reference) return {};
  const sourceAt = reference.sources.indexOf(document.title);
  return {
    region_en: reference.region(document.region)?.nameEn ?? '',
    indicator_en: known?.nameEn ?? '',
    unit_en: known?.unitEn ?? '',
    source_en: sourceAt === -1 ? '' : (reference.sourcesEn[sourceAt] ?? ''),
  };
}
