// The analyst's work (an uploaded or built dataset, a document's review), kept in the
// browser's IndexedDB as they work, so that a reload, a closed tab or a crash loses
// nothing. Every write carries a version one above the last: a tab that finds a version
// it has not seen (told by a BroadcastChannel message, or by a check when it is shown
// again, or inside its own write's transaction) writes nothing and takes the newer
// work instead, so two tabs never overwrite each other. Where IndexedDB is missing
// (private modes, storage turned off) or full, the work goes on in memory and the
// store says why; what could not be written is written with the next save that can.
// No library: the few calls this needs are plain IndexedDB requests.

/** The database and the BroadcastChannel the demo's work is kept under. */
export const WORK_STORE_NAME = 'edu-progress-demo';
const STORE = 'work';
/** The key of the record that holds the last version written, apart from the parts' keys. */
const STAMP = '#stamp';

/** Why work is kept in memory only: no IndexedDB here (or it failed to open), or no room left in it. */
export type StorageProblem = 'unavailable' | 'full';

interface Stamp {
  readonly version: number;
  readonly at: number;
}

interface SavedPart extends Stamp {
  readonly value: unknown;
}

/** Parts to write: a value, or undefined to delete the part. */
export type WorkChanges<W> = { [K in keyof W]?: W[K] | undefined };

export interface WorkStoreOptions<W> {
  /** The database's and the channel's name (tests give each their own). */
  readonly name?: string;
  /** The IndexedDB to use; null for none (as where the browser has none). globalThis.indexedDB by default. */
  readonly indexedDB?: IDBFactory | null;
  /** Another tab wrote newer work: all of it as now saved, and which parts changed. */
  readonly onNewer?: (work: Partial<W>, changed: readonly (keyof W)[]) => void;
  /** Storage failed (work now kept in memory only), or works again (undefined). */
  readonly onProblem?: (problem: StorageProblem | undefined) => void;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const req = factory.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  // Another tab holding an older version open would block the upgrade; there is one version.
  return request(req);
}

function problemOf(error: unknown): StorageProblem {
  return (error as DOMException | null)?.name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

/** One tab's view of the saved work. W: the parts, each written whole (a dataset, a review). */
export class WorkStore<W extends object> {
  /** Opens the store and reads what was saved. Never rejects: without storage, it keeps work in memory. */
  static async open<W extends object>(options: WorkStoreOptions<W> = {}): Promise<WorkStore<W>> {
    const store = new WorkStore<W>(options);
    const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
    try {
      if (!factory) throw new DOMException('No IndexedDB in this browser.', 'NotSupportedError');
      store.db = await openDatabase(factory, store.name);
      store.db.onversionchange = () => store.lose();
      store.db.onclose = () => store.lose();
      await store.readAll();
      store.listen();
    } catch {
      store.lose();
    }
    return store;
  }

  /** The work as last saved by any tab, when this tab last read or wrote it. */
  saved: Partial<W> = {};
  /** When it was last written (ms since 1970), or undefined when nothing is saved. */
  savedAt: number | undefined;
  /** Why work is kept in memory only, or undefined while it is saved. */
  problem: StorageProblem | undefined;

  private readonly name: string;
  private db: IDBDatabase | undefined;
  /** The last version this tab read or wrote; a write that finds another is refused. */
  private version = 0;
  /** The version each part had when this tab last read or wrote it. */
  private readonly partVersions = new Map<keyof W, number>();
  /** Changes not yet written: being written, or kept while storage fails. */
  private readonly pending = new Map<keyof W, unknown>();
  /** Writes and checks, one after another. */
  private queue: Promise<void> = Promise.resolve();
  private channel: BroadcastChannel | undefined;
  private readonly onShown = () => {
    if (document.visibilityState === 'visible') void this.check();
  };

  private constructor(private readonly options: WorkStoreOptions<W>) {
    this.name = options.name ?? WORK_STORE_NAME;
  }

  /** Writes parts (undefined deletes one). Resolves once written, or once storage failed and the store said so. */
  save(changes: WorkChanges<W>): Promise<void> {
    for (const key of Object.keys(changes) as (keyof W)[]) {
      this.pending.set(key, changes[key]);
      (this.saved as Record<keyof W, unknown>)[key] = changes[key];
      if (changes[key] === undefined) delete this.saved[key];
    }
    return this.enqueue(() => this.write());
  }

  /** Deletes every part ("discard"). */
  clear(): Promise<void> {
    const parts = new Set<keyof W>([...(Object.keys(this.saved) as (keyof W)[]), ...this.partVersions.keys()]);
    return this.save(Object.fromEntries([...parts].map((key) => [key, undefined])) as WorkChanges<W>);
  }

  /** Reads whether another tab wrote since; if so, takes its work (onNewer). The store checks on its own when told by another tab or when the page is shown again. */
  check(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.db) return;
      const stamp = await this.readStamp();
      if (stamp.version !== this.version) await this.takeNewer();
    });
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onShown);
    if (typeof window !== 'undefined') window.removeEventListener('focus', this.onShown);
    this.db?.close();
    this.db = undefined;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task).catch((error: unknown) => this.fail(error));
    this.queue = run;
    return run;
  }

  private listen(): void {
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(this.name);
      this.channel.onmessage = () => void this.check();
    }
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onShown);
    if (typeof window !== 'undefined') window.addEventListener('focus', this.onShown);
  }

  private async readStamp(): Promise<Stamp> {
    const tx = this.db!.transaction(STORE, 'readonly');
    return ((await request(tx.objectStore(STORE).get(STAMP))) as Stamp | undefined) ?? { version: 0, at: 0 };
  }

  /** Reads every part; returns the parts whose version changed since this tab last saw them. */
  private async readAll(): Promise<(keyof W)[]> {
    const tx = this.db!.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const [keys, records] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    const saved: Record<string, unknown> = {};
    const changed: (keyof W)[] = [];
    const seen = new Set<keyof W>();
    let stamp: Stamp = { version: 0, at: 0 };
    keys.forEach((key, i) => {
      if (key === STAMP) return void (stamp = records[i] as Stamp);
      const part = records[i] as SavedPart;
      const name = key as keyof W;
      saved[key as string] = part.value;
      seen.add(name);
      if (this.partVersions.get(name) !== part.version) changed.push(name);
      this.partVersions.set(name, part.version);
    });
    for (const name of [...this.partVersions.keys()]) {
      if (seen.has(name)) continue;
      this.partVersions.delete(name);
      changed.push(name);
    }
    this.saved = saved as Partial<W>;
    this.savedAt = seen.size ? stamp.at : undefined;
    this.version = stamp.version;
    return changed;
  }

  private async takeNewer(): Promise<void> {
    // This tab's unwritten changes were made to the older work: the newer work replaces them.
    this.pending.clear();
    const changed = await this.readAll();
    this.options.onNewer?.(this.saved, changed);
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    if (!this.db) return this.fail(new DOMException('No IndexedDB.', 'NotSupportedError'));
    const writing = new Map(this.pending);
    this.pending.clear();
    const at = Date.now();
    const version = this.version + 1;
    let refused = false;
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = this.db!.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
        store.get(STAMP).onsuccess = (event) => {
          const stamp = (event.target as IDBRequest<Stamp | undefined>).result;
          if ((stamp?.version ?? 0) !== this.version) return void (refused = true);
          try {
            for (const [key, value] of writing) {
              if (value === undefined) store.delete(key as string);
              else store.put({ version, at, value } satisfies SavedPart, key as string);
            }
            store.put({ version, at } satisfies Stamp, STAMP);
          } catch (error) {
            // put throws at once for a value it cannot store, or (some engines) for want of room.
            tx.abort();
            reject(error);
          }
        };
      });
    } catch (error) {
      // Kept for the next save, unless that changed the part again since.
      for (const [key, value] of writing) if (!this.pending.has(key)) this.pending.set(key, value);
      return this.fail(error);
    }
    if (refused) return this.takeNewer();
    this.version = version;
    this.savedAt = Object.keys(this.saved).length ? at : undefined;
    for (const [key, value] of writing) {
      if (value === undefined) this.partVersions.delete(key);
      else this.partVersions.set(key, version);
    }
    this.setProblem(undefined);
    this.channel?.postMessage({ version });
  }

  private fail(error: unknown): void {
    this.setProblem(this.db ? problemOf(error) : 'unavailable');
  }

  /** The database is gone (never opened, closed by the browser, or deleted elsewhere): work stays in memory. */
  private lose(): void {
    this.db?.close();
    this.db = undefined;
    this.setProblem('unavailable');
  }

  private setProblem(problem: StorageProblem | undefined): void {
    if (problem === this.problem) return;
    this.problem = problem;
    this.options.onProblem?.(problem);
  }
}
