import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../../data/dataset.js';
import { absoluteUrl, DEFAULT_TIMEOUT_MS, loadDataset, type LoadProgress, type LoadResult } from '../../data/loader.js';
import type { PackNeed } from '../../data/pack-manifest.js';
import { isManifestUrl, requestManifest } from '../../data/pack-url.js';
import type { Theme } from '../../data/themes.js';
import { IDLE, type DatasetState } from './dataset-state.js';

/**
 * The theme table a `themes-src` names, its reader loaded on demand: a page
 * without one never needs it. Where either cannot be had, no themes (the
 * charts show the rows' theme text). Rejects only with an AbortError.
 */
function loadThemeTable(url: string, signal: AbortSignal): Promise<readonly Theme[]> {
  return import('../../data/themes.js').then(
    ({ loadThemes }) => loadThemes(url, signal),
    () => [],
  );
}

/**
 * Loads the dataset a `src` names (or takes one given as a property) and the
 * theme table `themes-src` names, for its host: starts at once, aborts the old load when the URL changes or the
 * host leaves the page, and never lets an older response overwrite a newer one.
 */
export class DatasetLoader implements ReactiveController {
  state: DatasetState = IDLE;
  private src: string | undefined;
  private themesSrc: string | undefined;
  private given: Dataset | undefined;
  private need: PackNeed | undefined;
  private needKey = '';
  private abort: AbortController | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (state: DatasetState) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Back on the page after a move: load again what the last disconnect cut short.
    if (this.state.status !== 'ready') this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * Called from the host's willUpdate with its current sources; loads when they
   * changed. A dataset given as a property wins over src. Where src is a data pack's
   * manifest.json, `need` says which part of the pack the host draws; without it (as
   * for <edu-data>) only the manifest is loaded, for the charts inside to load their parts.
   */
  sync(src: string | undefined, themesSrc: string | undefined, given?: Dataset, need?: PackNeed): void {
    const needKey = need ? JSON.stringify(need) : '';
    if (src === this.src && themesSrc === this.themesSrc && given === this.given && (needKey === this.needKey || !isManifestUrl(src ?? ''))) return;
    this.src = src || undefined;
    this.themesSrc = themesSrc || undefined;
    this.given = given;
    this.need = need;
    this.needKey = needKey;
    if (this.connected) this.start();
  }

  private set(state: DatasetState): void {
    this.state = state;
    this.onChange(state);
    this.host.requestUpdate();
  }

  private start(): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const retry = () => this.start();
    const themes = this.themesSrc ? loadThemeTable(this.themesSrc, abort.signal) : Promise.resolve([]);
    // Until a new theme table arrives, the last one keeps the axis names steady.
    const lastThemes = this.state.themes;
    let data: Promise<LoadResult | undefined>;
    if (this.given) {
      this.set({ ...IDLE, status: 'ready', dataset: this.given, themes: lastThemes, retry });
      data = Promise.resolve(undefined);
    } else if (this.src && isManifestUrl(this.src) && !this.need) {
      this.set({ ...IDLE, status: 'loading', retry });
      const src = this.src;
      // The pack reader loads on first use (most pages read one dataset file); its manifest is asked for meanwhile.
      requestManifest(absoluteUrl(src), DEFAULT_TIMEOUT_MS);
      import('../../data/pack.js').then(({ loadManifest }) => loadManifest(src)).then((result) => {
        if (this.abort !== abort) return;
        if (result.ok) this.set({ ...IDLE, status: 'ready', pack: result, themes: this.state.themes, retry });
        else this.set({ ...IDLE, status: 'error', problems: result.problems, problemCount: result.problems.length, themes: this.state.themes, retry });
      });
      data = Promise.resolve(undefined);
    } else if (this.src) {
      this.set({ ...IDLE, status: 'loading', retry });
      const options = {
        signal: abort.signal,
        onProgress: (progress: LoadProgress) => {
          if (this.abort === abort) this.set({ ...this.state, progress });
        },
      };
      const { src, need } = this;
      if (need && isManifestUrl(src)) {
        requestManifest(absoluteUrl(src), DEFAULT_TIMEOUT_MS);
        data = import('../../data/pack.js').then(({ loadPack }) => loadPack(src, need, options));
      } else data = loadDataset(src, options);
    } else {
      this.set({ ...IDLE, themes: lastThemes, retry });
      data = Promise.resolve(undefined);
    }
    Promise.all([data, themes]).then(
      ([result, themeTable]) => {
        // A newer load (or a disconnect) has taken over: this answer is stale.
        if (this.abort !== abort) return;
        if (!result) {
          this.set({ ...this.state, themes: themeTable });
          return;
        }
        this.set({
          status: result.ok ? 'ready' : 'error',
          dataset: result.ok ? result.dataset : undefined,
          problems: result.problems,
          problemCount: result.problemCount,
          progress: undefined,
          themes: themeTable,
          retry,
        });
      },
      () => {
        // Aborted: the newer load reports instead.
      },
    );
  }
}
