// The demo's region picker: the WAI-ARIA APG "editable combobox with list autocomplete"
// (manual selection). The text field keeps DOM focus; aria-activedescendant names the
// option the arrow keys reach; the listbox groups the matches by parent. A list of 2,851
// regions stays quick: the search is one pass over keys normalised once per list
// (region-search.ts), and at most SHOWN options are laid out at a time.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '../src/i18n/locale.js';
import { groupLabel, regionLabel, RegionSearch, shownName, type PickerRegion } from './region-search.js';
import { DEMO_TERMS } from './terms.js';

/** Options laid out at once; the arrow keys move this window through a longer list. */
export const SHOWN = 60;
/** How many options PageUp and PageDown move. */
const PAGE = 10;
/** The count is announced once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY = 300;

const prevent = (event: Event) => event.preventDefault();
let instances = 0;

/**
 * @summary The demo's region picker: type a name (东丽), a code (120110) or a parent
 * (天津); the matches are listed best first, grouped by parent, SHOWN at a time.
 * Renders into its own light DOM, styled by demo.css: no style attribute or element,
 * so it works under the demo's strict Content-Security-Policy.
 *
 * @event region-change - The reader chose another region. detail: { key }
 */
export class RegionCombobox extends LitElement {
  static override properties = {
    regions: { attribute: false },
    value: {},
    locale: {},
    inputId: { attribute: 'input-id' },
    expanded: { state: true },
    filtering: { state: true },
    query: { state: true },
    active: { state: true },
    start: { state: true },
    text: { state: true },
    announcement: { state: true },
  };

  /** The regions to choose from; indexed once per array, so pass the same array while the list is the same. */
  regions: readonly PickerRegion[] = [];
  /** The chosen region's key. */
  value = '';
  /** The language of its words and names. */
  locale: Locale = 'zh-CN';
  /** The text field's id (a label elsewhere, a test, a URL fragment can find it by it). */
  inputId = '';

  private expanded = false;
  /** The reader has typed since the list opened: the list shows the matches, not every region. */
  private filtering = false;
  private query = '';
  /** The position in the results of the option the arrow keys reached, or -1 (visual focus in the field). */
  private active = -1;
  /** The first position laid out. */
  private start = 0;
  /** The field's text: the chosen region's label while closed, what the reader types while open. */
  private text = '';
  private announcement = '';

  private readonly base = `region-combobox-${++instances}`;
  private memo: { search: RegionSearch; query: string | undefined; results: readonly number[] } | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollPending = false;
  private readonly outside = (event: Event) => {
    if (this.expanded && !event.composedPath().includes(this)) this.close();
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('pointerdown', this.outside, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('pointerdown', this.outside, true);
    clearTimeout(this.announceTimer);
  }

  private get search(): RegionSearch {
    return RegionSearch.of(this.regions);
  }

  /** What the list shows: the matches of what the reader typed, else every region. */
  private results(): readonly number[] {
    const search = this.search;
    const query = this.filtering ? this.query : undefined;
    if (this.memo?.search !== search || this.memo.query !== query) {
      this.memo = { search, query, results: query === undefined ? search.all : search.search(query) };
    }
    return this.memo.results;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new list (another dataset) closes the picker: the positions it held mean nothing now.
    if (changed.has('regions') && changed.get('regions') !== undefined && this.expanded) this.close();
    if (!this.expanded) {
      const chosen = this.regions[this.search.indexOf(this.value)];
      this.text = chosen ? regionLabel(chosen, this.locale) : '';
    }
  }

  protected override updated(): void {
    if (!this.scrollPending || !this.expanded) return;
    this.scrollPending = false;
    const popup = this.querySelector<HTMLElement>('.combobox-popup')!;
    const results = this.results();
    const shown = (index: number | undefined) => (index === undefined ? null : this.querySelector<HTMLElement>(`#${this.optionId(index)}`));
    const active = shown(results[this.active]);
    // The option in focus scrolled into the list's view (and the page's, where the list runs past it)...
    if (active) active.scrollIntoView({ block: 'nearest' });
    else {
      // ...else, the list just opened, the chosen region in its middle (the list alone scrolls), or the top.
      const chosen = this.filtering ? null : shown(this.search.indexOf(this.value));
      popup.scrollTop = chosen ? chosen.offsetTop - (popup.clientHeight - chosen.offsetHeight) / 2 : 0;
    }
  }

  private optionId(index: number): string {
    return `${this.base}-option-${index}`;
  }

  private get input(): HTMLInputElement {
    return this.querySelector('input')!;
  }

  /** The chosen region's position in the results, or -1. */
  private chosenPosition(): number {
    return this.results().indexOf(this.search.indexOf(this.value));
  }

  /** Opens the list with visual focus on the chosen region, the first or last option, or none (in the field). */
  private show(focus: 'none' | 'chosen' | 'first' | 'last'): void {
    const results = this.results();
    const chosen = this.chosenPosition();
    this.expanded = true;
    this.active = results.length === 0 ? -1 : { none: -1, chosen: Math.max(chosen, 0), first: 0, last: results.length - 1 }[focus];
    // The window: centred on the option in focus, else on the chosen region (from the top when that is near it).
    const anchor = this.active >= 0 ? this.active : Math.max(chosen, 0);
    this.start = Math.max(0, Math.min(anchor - SHOWN / 2, results.length - SHOWN));
    this.scrollPending = true;
    this.announceSoon();
  }

  /** Moves visual focus to the option at a position, the window following it. */
  private move(position: number): void {
    this.active = position;
    if (position < this.start) this.start = position;
    else if (position >= this.start + SHOWN) this.start = position - SHOWN + 1;
    this.scrollPending = true;
  }

  private filter(query: string): void {
    this.query = query;
    this.filtering = true;
    this.expanded = true;
    this.active = -1;
    this.start = 0;
    this.scrollPending = true;
    this.announceSoon();
  }

  /** Closes the list; the field shows the chosen region again. */
  private close(): void {
    this.expanded = false;
    this.filtering = false;
    this.query = '';
    this.active = -1;
    this.announcement = '';
    clearTimeout(this.announceTimer);
  }

  private choose(position: number): void {
    const region = this.regions[this.results()[position] ?? -1];
    if (!region) return;
    const changed = region.key !== this.value;
    this.value = region.key;
    this.close();
    if (changed) this.dispatchEvent(new CustomEvent('region-change', { detail: { key: region.key }, bubbles: true, composed: true }));
  }

  private announceSoon(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const terms = DEMO_TERMS[this.locale];
      const count = this.results().length;
      this.announcement = count === 0 ? terms.regionsNone : this.filtering ? terms.regionsFound(count) : terms.regionsAll(count);
    }, ANNOUNCE_DELAY);
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLInputElement).value;
    // An input method's pinyin is not yet what the reader means: filter on what it commits.
    if (!event.isComposing) this.filter(this.text);
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Keys an input method is using (its Enter commits the characters, its arrows pick among them).
    if (event.isComposing || event.keyCode === 229) return;
    const count = this.results().length;
    const last = count - 1;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      const down = key === 'ArrowDown';
      if (event.altKey) {
        // Alt+Down opens without moving focus; Alt+Up takes the option in focus and closes.
        if (down && !this.expanded) this.show('none');
        else if (!down && this.active >= 0) this.choose(this.active);
        else if (!down) this.close();
      } else if (!this.expanded) {
        this.show(this.filtering ? (down ? 'first' : 'last') : 'chosen');
      } else if (count > 0) {
        const chosen = this.filtering ? -1 : this.chosenPosition();
        if (this.active >= 0) this.move(down ? (this.active === last ? 0 : this.active + 1) : this.active === 0 ? last : this.active - 1);
        else this.move(chosen >= 0 ? chosen : down ? 0 : last);
      }
    } else if ((key === 'PageDown' || key === 'PageUp') && this.expanded && count > 0) {
      event.preventDefault();
      const from = Math.max(this.active, 0);
      this.move(key === 'PageDown' ? Math.min(last, this.active < 0 ? 0 : from + PAGE) : Math.max(0, from - PAGE));
    } else if ((key === 'Home' || key === 'End') && this.expanded && this.active >= 0) {
      // With visual focus in the list they move through it; in the field they move the caret.
      event.preventDefault();
      this.move(key === 'Home' ? 0 : last);
    } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
      this.active = -1;
    } else if (key === 'Enter' && this.expanded) {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
      // One match leaves nothing to choose between.
      else if (this.filtering && count === 1) this.choose(0);
    } else if (key === 'Escape' && (this.expanded || this.input.value !== this.text)) {
      event.preventDefault();
      this.close();
      this.requestUpdate();
    } else if (key === 'Tab' && this.expanded) {
      // Focus moves on; the option in focus is taken, as a native select takes it.
      if (this.active >= 0) this.choose(this.active);
      else this.close();
    }
  }

  private onFieldClick(): void {
    if (this.expanded) return;
    this.input.select();
    this.show('none');
  }

  private onToggle(): void {
    if (this.expanded) {
      this.close();
      return;
    }
    this.input.focus();
    this.show('none');
  }

  private onFocusOut(event: FocusEvent): void {
    if (this.expanded && !this.contains(event.relatedTarget as Node | null)) this.close();
  }

  protected override render(): TemplateResult {
    const terms = DEMO_TERMS[this.locale];
    const results = this.expanded ? this.results() : [];
    const inputId = this.inputId || `${this.base}-input`;
    const listbox = `${this.base}-listbox`;
    const hint = `${this.base}-hint`;
    const end = Math.min(results.length, this.start + SHOWN);
    const activeId = this.expanded && this.active >= 0 ? this.optionId(results[this.active]!) : undefined;
    return html`<label class="combobox-label" for=${inputId}>${terms.region}</label>
      <div class="combobox-field">
        <input
          id=${inputId}
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls=${listbox}
          aria-activedescendant=${ifDefined(activeId)}
          aria-describedby=${hint}
          placeholder=${terms.regionPlaceholder}
          .value=${live(this.text)}
          @input=${this.onInput}
          @compositionend=${() => this.filter(this.input.value)}
          @keydown=${this.onKeyDown}
          @click=${this.onFieldClick}
          @focusout=${this.onFocusOut}
        />
        <button type="button" tabindex="-1" aria-label=${terms.regionList} aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${listbox} @mousedown=${prevent} @click=${this.onToggle}>
          <span class="combobox-arrow" aria-hidden="true"></span>
        </button>
      </div>
      <div class="combobox-popup" ?hidden=${!this.expanded} @mousedown=${prevent}>
        ${this.start > 0 && this.expanded ? html`<p class="combobox-note">${terms.regionsAbove(this.start)}</p>` : nothing}
        <div role="listbox" id=${listbox} aria-label=${terms.regionList} ?hidden=${results.length === 0}>${this.options(results, end)}</div>
        ${this.expanded && results.length === 0 ? html`<p class="combobox-note">${terms.regionsNone}</p>` : nothing}
        ${end < results.length ? html`<p class="combobox-note">${terms.regionsBelow(results.length - end)}</p>` : nothing}
      </div>
      <p class="visually-hidden" id=${hint}>${terms.regionHint}</p>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</p>`;
  }

  /** The options from the window's start to end, under their group's heading. */
  private options(results: readonly number[], end: number) {
    const search = this.search;
    return repeat(
      search.sections(results, this.start, end),
      (section) => (section.group >= 0 ? `g${section.group}` : `r${results[section.positions[0]!]}`),
      (section) => {
        const options = repeat(section.positions, (p) => results[p], (p) => this.option(results[p]!, p));
        if (section.group < 0) return options;
        const heading = groupLabel(search.groups[section.group]!, this.locale);
        const id = `${this.base}-group-${section.group}`;
        return html`<div role="group" class="combobox-group" aria-labelledby=${id}>
          <div role="presentation" class="combobox-group-label" id=${id} lang=${ifDefined(heading.zh ? 'zh-CN' : undefined)}>${heading.text}</div>
          ${options}
        </div>`;
      },
    );
  }

  private option(index: number, position: number): TemplateResult {
    const terms = DEMO_TERMS[this.locale];
    const region = this.regions[index]!;
    const name = shownName(region, this.locale);
    const chosen = region.key === this.value;
    // An English name has the Chinese one beside it (a reader may know either); the code, for those who search by it.
    const chinese = this.locale === 'en' && !name.zh;
    const active = position === this.active;
    return html`<div
      role="option"
      id=${this.optionId(index)}
      class="combobox-option${active ? ' active' : ''}${chosen ? ' chosen' : ''}"
      aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.choose(position)}
    >
      <span class="combobox-name" lang=${ifDefined(name.zh ? 'zh-CN' : undefined)}>${name.text}</span>
      ${chosen ? html`<span class="combobox-check" aria-hidden="true">✓</span><span class="visually-hidden">${terms.regionCurrent}</span>` : nothing}
      <span class="combobox-meta">${chinese ? html`<span lang="zh-CN">${region.name}</span> ` : nothing}${region.code}</span>
    </div>`;
  }
}

if (!customElements.get('region-combobox')) customElements.define('region-combobox', RegionCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'region-combobox': RegionCombobox;
  }
}
