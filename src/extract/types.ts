/**
 * The draft extractor's contract (issue 13): a document's plain text in, draft rows in the
 * dataset format out, each with what a reviewer needs to accept, edit or reject it. Pure:
 * no DOM, no Node APIs, so the CLI and the demo run the same code.
 */
import type { Localized } from '../i18n/locale.js';
import type { Dataset } from '../data/dataset.js';
import type { Column, Direction, Kind } from '../data/schema.js';
import type { Theme } from '../data/themes.js';

/** A plan sets targets; a summary reports what was achieved. */
export type DocumentKind = 'plan' | 'summary';

/** What the extractor knows of a document: given by the caller, else read from its title line. */
export interface DocumentInfo {
  /** The document's title, as the source column cites it (天津市东丽区2022年教育工作要点). */
  readonly title: string;
  /** The region's name (东丽区), or '' when neither the caller nor the title says. */
  readonly region: string;
  /** Its administrative code, or ''. */
  readonly regionCode: string;
  /** Its parent's name (天津市), or ''. */
  readonly parent: string;
  /** The year the document is about, or undefined when neither the caller nor the title says. */
  readonly year: number | undefined;
  /** plan (要点, 计划, 方案) or summary (总结, 报告); undefined when neither is said. */
  readonly kind: DocumentKind | undefined;
}

export interface ExtractInput {
  /** The document's plain text (.txt or .md); bytes are decoded as UTF-8 or GBK, as the loader does. */
  readonly text: string | Uint8Array;
  /** Overrides what the title line says. */
  readonly document?: Partial<DocumentInfo>;
  /** The theme table in use (data/themes.csv or the analyst's); without it rows get no theme. */
  readonly themes?: readonly Theme[];
  /** The current dataset: a figure about one of its indicators reuses that indicator's id. */
  readonly reference?: Dataset;
}

/** Why the extractor read a figure as it did, for the reviewer, in both languages. */
export interface DraftReason {
  /** A stable code for the rule that fired (target-at-least, summary-actual, baseline-from, range …). */
  readonly code: string;
  readonly message: Localized;
}

/** One figure of the document, as a row of the dataset format, with what a reviewer needs. */
export interface DraftRow {
  /** Stable within one extraction: the figure's offset in the text and its kind. */
  readonly id: string;
  /** The row in the dataset's columns, cells as text (value '20', value_max '' …). */
  readonly cells: Readonly<Record<Column, string>>;
  readonly kind: Kind;
  readonly direction: Direction;
  /** 0 to 1: how sure the extractor is that this is a target or result as written. */
  readonly confidence: number;
  readonly reasons: readonly DraftReason[];
  /** Where the excerpt stands in the document's text (UTF-16 offsets), to highlight it in its paragraph. */
  readonly excerptStart: number;
  readonly excerptEnd: number;
  /** The paragraph (or item) that holds the excerpt, as offsets into the text. */
  readonly paragraphStart: number;
  readonly paragraphEnd: number;
  /** True when the indicator id was taken from the reference dataset. */
  readonly matchedReference: boolean;
}

export interface ExtractResult {
  /** The document as read: the caller's fields over what its title line says. */
  readonly document: DocumentInfo;
  /** The text the offsets refer to (decoded, line endings as in the input). */
  readonly text: string;
  readonly rows: readonly DraftRow[];
}
