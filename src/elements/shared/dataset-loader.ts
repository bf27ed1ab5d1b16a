import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset } from '../../data/loader.js';
import { loadThemes } from '../../data/themes.js';
import { IDLE, type DatasetState } from './dataset-state.js';

/**
 * Loads the dataset a `src` names (and the theme table `themes-src` names) for
 * its host: starts at once, aborts the old load when the URL changes or the
 * host leaves the page, and never lets an older response overwrite a newer one.
 */
export class DatasetLoader implements ReactiveController {
  state: DatasetState = IDLE;
  private src: string | undefined;
  private themesSrc: string | undefined;
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
    if (this.src && this.state.status !== 'ready') this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Called from the host's willUpdate with its current URLs; loads when they changed. */
  sync(src: string | undefined, themesSrc: string | undefined): void {
    if (src === this.src && themesSrc === this.themesSrc) return;
    this.src = src || undefined;
    this.themesSrc = themesSrc || undefined;
    if (this.connected) this.start();
  }

  private set(state: DatasetState): void {
    this.state = state;
    this.onChange(state);
    this.host.requestUpdate();
  }

  private start(): void {
    this.abort?.abort();
    const src = this.src;
    if (!src) {
      this.abort = undefined;
      this.set(IDLE);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const retry = () => this.start();
    this.set({ ...IDLE, status: 'loading', retry });
    const themes = this.themesSrc ? loadThemes(this.themesSrc, abort.signal) : Promise.resolve([]);
    const data = loadDataset(src, {
      signal: abort.signal,
      onProgress: (progress) => {
        if (this.abort === abort) this.set({ ...this.state, progress });
      },
    });
    Promise.all([data, themes]).then(
      ([result, themeTable]) => {
        // A newer load (or a disconnect) has taken over: this answer is stale.
        if (this.abort !== abort) return;
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
