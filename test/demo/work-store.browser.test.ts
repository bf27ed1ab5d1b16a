// The demo's work store against the browser's real IndexedDB: a reopen stands for a
// reload or a crash, two stores of one name for two tabs.
import { expect } from '@open-wc/testing';
import { WorkStore, type StorageProblem, type WorkStoreOptions } from '../../demo/work-store.js';
import { waitUntil } from '../wait.js';

interface Work {
  dataset: { name: string; text: string };
  review: { rows: string[] };
}

let names = 0;
const opened: WorkStore<Work>[] = [];
let name = '';

function open(options: WorkStoreOptions<Work> = {}): Promise<WorkStore<Work>> {
  return WorkStore.open<Work>({ name, ...options }).then((store) => {
    opened.push(store);
    return store;
  });
}

/** A store no BroadcastChannel message reaches (a browser without one, or a tab asleep): it learns of newer work only by looking. */
async function openUntold(options: WorkStoreOptions<Work>): Promise<WorkStore<Work>> {
  const channel = globalThis.BroadcastChannel;
  (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
  try {
    return await open(options);
  } finally {
    globalThis.BroadcastChannel = channel;
  }
}

function deleteDatabase(db: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(db);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

describe('the demo\'s work store', () => {
  beforeEach(() => {
    name = `edu-progress-test-${Date.now()}-${names++}`;
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) store.close();
    await deleteDatabase(name);
  });

  it('gives back what was saved after a reopen, and nothing after a discard', async () => {
    const first = await open();
    expect(first.saved).to.deep.equal({});
    expect(first.savedAt).to.equal(undefined);
    await first.save({ dataset: { name: 'mine.csv', text: 'a,b\n1,2\n' } });
    await first.save({ review: { rows: ['accepted'] } });
    await first.save({ review: { rows: ['accepted', 'rejected'] } });
    first.close();

    const again = await open();
    expect(again.saved).to.deep.equal({ dataset: { name: 'mine.csv', text: 'a,b\n1,2\n' }, review: { rows: ['accepted', 'rejected'] } });
    expect(again.savedAt).to.be.a('number');
    expect(again.problem).to.equal(undefined);
    await again.save({ dataset: undefined });
    await again.clear();
    again.close();

    const emptied = await open();
    expect(emptied.saved).to.deep.equal({});
    expect(emptied.savedAt).to.equal(undefined);
  });

  it('keeps bytes as bytes', async () => {
    const store = await open();
    await store.save({ dataset: { name: 'gbk.csv', text: new Uint8Array([0xb6, 0xab]) as unknown as string } });
    store.close();
    const again = await open();
    expect(again.saved.dataset!.text).to.be.instanceOf(Uint8Array);
  });

  it('tells another tab that newer work was saved, and which parts changed', async () => {
    const newer: { work: Partial<Work>; changed: readonly (keyof Work)[] }[] = [];
    const a = await open();
    const b = await open({ onNewer: (work, changed) => newer.push({ work, changed }) });
    await a.save({ review: { rows: ['accepted'] } });
    await waitUntil(() => newer.length === 1, 'the other tab was not told');
    expect(newer[0]!.changed).to.deep.equal(['review']);
    expect(newer[0]!.work).to.deep.equal({ review: { rows: ['accepted'] } });
    // b writes on the newer work; a, told in turn, hears only of the dataset.
    const heard: (keyof Work)[][] = [];
    a.close();
    const a2 = await open({ onNewer: (_, changed) => heard.push([...changed]) });
    await b.save({ dataset: { name: 'b.csv', text: '' } });
    await waitUntil(() => heard.length === 1, 'the first tab was not told');
    expect(heard[0]).to.deep.equal(['dataset']);
    expect(a2.saved).to.deep.equal({ review: { rows: ['accepted'] }, dataset: { name: 'b.csv', text: '' } });
  });

  it('never writes over a newer version it has not seen: it takes the newer work instead', async () => {
    // b's own write finds the newer version.
    const newer: Partial<Work>[] = [];
    const a = await open();
    const b = await openUntold({ onNewer: (work) => newer.push(work) });
    await a.save({ review: { rows: ['from a'] } });
    expect(newer).to.have.length(0);
    await b.save({ review: { rows: ['from b, on older work'] } });
    expect(newer).to.deep.equal([{ review: { rows: ['from a'] } }]);
    expect(b.saved).to.deep.equal({ review: { rows: ['from a'] } });
    const reopened = await open();
    expect(reopened.saved).to.deep.equal({ review: { rows: ['from a'] } });
    // Having taken the newer work, b writes again.
    await b.save({ review: { rows: ['from b'] } });
    const last = await open();
    expect(last.saved).to.deep.equal({ review: { rows: ['from b'] } });
  });

  it('checks for newer work when asked (the page is shown again)', async () => {
    const newer: Partial<Work>[] = [];
    const b = await openUntold({ onNewer: (work) => newer.push(work) });
    const a = await open();
    await a.save({ dataset: { name: 'a.csv', text: 'x' } });
    await b.check();
    expect(newer).to.deep.equal([{ dataset: { name: 'a.csv', text: 'x' } }]);
    await b.check();
    expect(newer).to.have.length(1);
  });

  it('says when storage is full, keeps the work in memory, and writes it once there is room', async () => {
    const problems: (StorageProblem | undefined)[] = [];
    const store = await open({ onProblem: (p) => problems.push(p) });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await store.save({ dataset: { name: 'big.csv', text: 'x'.repeat(1000) } });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(store.problem).to.equal('full');
    expect(problems).to.deep.equal(['full']);
    // in memory still
    expect(store.saved.dataset!.name).to.equal('big.csv');
    await store.save({ review: { rows: ['r'] } });
    expect(store.problem).to.equal(undefined);
    expect(problems).to.deep.equal(['full', undefined]);
    const reopened = await open();
    expect(Object.keys(reopened.saved).sort()).to.deep.equal(['dataset', 'review']);
  });

  it('says when the browser has no IndexedDB, and keeps the work in memory', async () => {
    const problems: (StorageProblem | undefined)[] = [];
    const store = await open({ indexedDB: null, onProblem: (p) => problems.push(p) });
    expect(store.problem).to.equal('unavailable');
    await store.save({ review: { rows: ['kept here'] } });
    expect(store.saved).to.deep.equal({ review: { rows: ['kept here'] } });
    expect(problems).to.deep.equal(['unavailable']);
  });

  it('says when IndexedDB will not open (as in some private modes)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const store = await open({ indexedDB: refusing });
    expect(store.problem).to.equal('unavailable');
    await store.save({ dataset: { name: 'm.csv', text: '' } });
    expect(store.saved.dataset!.name).to.equal('m.csv');
  });
});
