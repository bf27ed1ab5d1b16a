import { createContext } from '@lit/context';
import type { Dataset } from '../../data/dataset.js';
import type { LoadProgress } from '../../data/loader.js';
import type { PackManifest } from '../../data/pack-manifest.js';
import type { Problem } from '../../data/problems.js';
import type { Theme } from '../../data/themes.js';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A dataset as it loads: what <edu-data> shares with the charts inside it. */
export interface DatasetState {
  readonly status: DataStatus;
  readonly dataset: Dataset | undefined;
  /** Errors (status error) or warnings (status ready), the first 100. */
  readonly problems: readonly Problem[];
  readonly problemCount: number;
  readonly progress: LoadProgress | undefined;
  /** The theme table, when one was given (themes-src); empty otherwise. */
  readonly themes: readonly Theme[];
  /** Loads again after an error. */
  readonly retry: () => void;
  /**
   * A data pack <edu-data> names: its manifest, without data. Each chart inside then loads
   * only its own part of the pack (its region's file, say).
   */
  readonly pack?: { readonly url: string; readonly manifest: PackManifest };
}

export const IDLE: DatasetState = {
  status: 'idle',
  dataset: undefined,
  problems: [],
  problemCount: 0,
  progress: undefined,
  themes: [],
  retry: () => {},
};

export const datasetContext = createContext<DatasetState>(Symbol.for('edu-progress/dataset'));
