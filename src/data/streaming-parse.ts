import { ColumnsBuilder } from './columns.js';
import { SAMPLE_CHARS, type Encoding } from './decode.js';
import {
  DELIMITERS,
  delimitedReader,
  detectFormat,
  lineBreaks,
  parseFindings,
  textFault,
  type DataParseResult,
  type FormatReader,
  type ParseInput,
  type ParseOptions,
  type ReadSoFar,
} from './parse.js';
import { ProblemCollector, type Finding } from './problems.js';
import { completeRowsEnd } from './row-boundary.js';
import type { RowValidator } from './validate.js';

/**
 * parseFindings for text that arrives in pieces (a download, decoded as it comes): the complete rows
 * of delimited text are read as they arrive, so that at the end only the last rows and the checks
 * that need the whole file are left. finish() returns what parseFindings returns for the pieces
 * joined. JSON, and text whose start shows it is no table, is held and read whole at the end.
 */
export class StreamingParse {
  /** The text held: all of it until its start decides the checks; then what follows the last complete row read. */
  private held = '';
  /** The text's start, as given, that the checks were decided on: parseFindings decides them again on it at the end. */
  private head = '';
  private delimiter = '';
  private read: ((text: string, last: boolean) => RowValidator | undefined) | undefined;
  private soFar: Omit<ReadSoFar, 'rest'> | undefined;
  /** Characters in the parts read: where progress over the last part starts. */
  private readChars = 0;
  /**
   * Look again (to decide, or for complete rows) once this much text is held: twice as much after
   * a look that found nothing, so that a long wait (a long first line, a quote never closed) costs
   * no more than reading the text twice; Infinity when the text is held whole.
   */
  private nextLook = 0;
  private finishing = false;
  /** An exception from reading a part: parseFindings makes it the problem 'unreadable' at the end. */
  private error: unknown;

  /**
   * `encoding`: what the text was decoded from, as a StreamingDecoder says; undefined for text
   * given as text, whose leading byte order mark is dropped (as parseFindings does on a string).
   */
  constructor(
    private readonly options: ParseOptions = {},
    private readonly readJson?: FormatReader,
    private readonly encoding?: Encoding,
  ) {}

  /** The text's next piece. */
  push(text: string): void {
    this.held += text;
    if (this.held.length < this.nextLook) return;
    if (!this.read) {
      this.start();
      if (!this.read) return;
    }
    const cut = completeRowsEnd(this.held, this.delimiter);
    if (cut === 0) {
      // No row complete yet (a long quoted cell, or a quote never closed): none is, until more comes.
      this.nextLook = this.held.length * 2;
      return;
    }
    this.nextLook = 0;
    const part = this.held.slice(0, cut);
    this.held = this.held.slice(cut);
    try {
      this.read(part, false);
    } catch (error) {
      this.error = error;
      this.nextLook = Infinity;
    }
    this.readChars += part.length;
  }

  /** The outcome: parseFindings's on the whole text. */
  finish(): DataParseResult<Finding> {
    const { read, soFar } = this;
    if (!read || !soFar) return parseFindings(this.input(this.held), this.options, this.readJson);
    this.finishing = true;
    const rest = () => {
      if (this.error !== undefined) throw this.error;
      return read(this.held, true);
    };
    return parseFindings(this.input(this.head), this.options, this.readJson, { ...soFar, rest });
  }

  private input(text: string): ParseInput {
    return this.encoding ? { text, encoding: this.encoding } : text;
  }

  /**
   * Starts reading rows once the text held decides parseFindings's whole-file checks as the whole
   * text would: SAMPLE_CHARS of it (textFault), something but white space in it (textFault's empty
   * file, detectFormat's first character) and its first line ended (detectFormat). Delimited text
   * that passes them is read from then on; anything else is held whole.
   */
  private start(): void {
    const given = this.held;
    // As parseFindings reads text given as text: without its byte order mark.
    const text = !this.encoding && given.charCodeAt(0) === 0xfeff ? given.slice(1) : given;
    if (text.length < SAMPLE_CHARS || text.trim() === '' || !/[\r\n]/.test(text)) {
      this.nextLook = Math.max(SAMPLE_CHARS, given.length * 2);
      return;
    }
    this.nextLook = Infinity;
    const format = detectFormat(text);
    if (format === 'json' || textFault(text)) return;
    this.nextLook = 0;
    this.head = given;
    this.held = text;
    this.delimiter = DELIMITERS[format];
    const problems = new ProblemCollector();
    const builder = new ColumnsBuilder(lineBreaks(text));
    this.soFar = { problems, builder };
    const { onProgress } = this.options;
    // Told at the end, when the text's length is known: over the last part, counted from the text's start.
    const atEnd =
      onProgress &&
      ((done: number, total: number) => {
        if (this.finishing) onProgress(this.readChars + done, this.readChars + total);
      });
    this.read = delimitedReader(format, builder, problems, { ...this.options, onProgress: atEnd });
  }
}
