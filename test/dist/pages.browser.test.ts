// The built site (dist/, made by `npm run build`, which `npm test` runs first),
// each page loaded in a same-origin iframe of the test page.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { OUTCOMES, parseDataset, parseThemes, targetOutcomes, type Dataset, type Theme } from '../../src/data/index.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';

const frames: HTMLIFrameElement[] = [];

async function open(url: string, width = 1024, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

const page = (frame: HTMLIFrameElement) => frame.contentDocument!;
const charts = (frame: HTMLIFrameElement, tag: string) => [...page(frame).querySelectorAll<EduChartElement>(tag)];
const text = (frame: HTMLIFrameElement) => page(frame).body.textContent ?? '';
/** A whole demo page on a busy machine (npm test runs three engines at once). */
const timeout = { timeout: 30000 };

/** The scorecard, the first bullet and the first radar drawn. */
async function dashboardReady(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(
    () =>
      charts(frame, 'edu-scorecard')[0]?.status === 'ready' &&
      charts(frame, 'edu-gauge')[0]?.status === 'ready' &&
      charts(frame, 'edu-radar')[0]?.status === 'ready',
    'dashboard did not render',
    timeout,
  );
}

async function upload(frame: HTMLIFrameElement, name: string, bytes: BlobPart): Promise<void> {
  const input = page(frame).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const picker = (frame: HTMLIFrameElement) => page(frame).querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('region-combobox')!;

/** The regions the picker lists, opened by its button as a finger opens it: each "parent name", as its heading and option read. */
async function regionOptions(frame: HTMLIFrameElement): Promise<string[]> {
  const el = picker(frame);
  const button = el.querySelector('button')!;
  button.click();
  await el.updateComplete;
  const names = [...el.querySelectorAll('[role="option"]')].map((option) => {
    const group = option.closest('[role="group"]');
    const heading = group ? `${page(frame).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()} ` : '';
    return heading + option.querySelector('.combobox-name')!.textContent!.trim();
  });
  button.click();
  await el.updateComplete;
  return names;
}

/** Types into the region picker and presses Enter, as a reader does who knows a region's code. */
async function chooseRegion(frame: HTMLIFrameElement, text: string): Promise<void> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const el = picker(frame);
  const input = el.querySelector('input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  await el.updateComplete;
  input.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}
const sections = (frame: HTMLIFrameElement) => [...page(frame).querySelectorAll<HTMLDetailsElement>('details.theme-section')];
const summaryText = (section: HTMLDetailsElement) => section.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim();

/** Scrolls through the page a screen at a time, so that every chart near the viewport draws at its final size. */
async function scrollThrough(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  const frames = () => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  for (let y = 0; y < page(frame).documentElement.scrollHeight; y += win.innerHeight) {
    win.scrollTo(0, y);
    await frames();
  }
  win.scrollTo(0, 0);
}

/** The scorecard's headline (its caption, the sentence of its summary) shown whole within the first `height` px of the page. */
function expectHeadlineInFirstScreen(scorecard: EduChartElement, height: number): void {
  const caption = scorecard.shadowRoot!.querySelector<HTMLElement>('[part~="caption"]')!;
  expect(caption.textContent!.replace(/\s+/g, ' ')).to.contain(scorecard.model!.summary.replace(/\s+/g, ' '));
  const box = caption.getBoundingClientRect();
  expect(box.height, 'headline shown').to.be.greaterThan(10);
  expect(box.bottom, 'headline within the first screen').to.be.at.most(height);
}

/** The bundled dataset and theme table, read here with the data layer, as the page reads them. */
async function bundled(): Promise<{ dataset: Dataset; themes: Theme[] }> {
  const result = parseDataset(new Uint8Array(await (await fetch('/dist/data/indicators.csv')).arrayBuffer()));
  if (!result.ok) throw new Error('the bundled dataset does not parse');
  return { dataset: result.dataset, themes: parseThemes(await (await fetch('/dist/data/themes.csv')).text()) };
}

/** The database the demo keeps the analyst's work in (demo/work-store.ts), once a page made it. */
async function workDatabase(): Promise<IDBDatabase | undefined> {
  // Opened only if it is there: opened here first, it would be made without its object store.
  if (!(await indexedDB.databases()).some((db) => db.name === 'edu-progress-demo')) return undefined;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('edu-progress-demo');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `use` on the work's object store, if there is one. */
async function withWork<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await workDatabase();
  try {
    if (!db?.objectStoreNames.contains('work')) return undefined;
    return await new Promise((resolve, reject) => {
      const request = use(db.transaction('work', mode).objectStore('work'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db?.close();
  }
}

/**
 * Closes the pages and forgets the analyst's work they kept, so that no test is offered another's.
 * Emptied, not deleted: a deletion would wait for every page that ever opened it to close it.
 */
async function closePages(): Promise<void> {
  frames.splice(0).forEach((f) => f.remove());
  await withWork('readwrite', (store) => store.clear());
}

describe('dist/index.html, the demo', () => {
  afterEach(closePages);

  it('opens on the scorecard of the first region and its headline, within the first screen, with the sources below', async () => {
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    expect(await regionOptions(frame)).to.deep.equal(['天津市 东丽区', '福建省泉州市 鲤城区', '山东省枣庄市 台儿庄区', '北京市 通州区']);
    expect(picker(frame).querySelector('input')!.value).to.equal('天津市 东丽区');
    const [scorecard] = charts(frame, 'edu-scorecard');
    expect(scorecard!.getAttribute('region')).to.equal('120110');
    // The plan year: the region's latest year with targets.
    expect((page(frame).getElementById('year') as HTMLSelectElement).value).to.equal('2022');
    expect(scorecard!.getAttribute('year')).to.equal('2022');
    expect(scorecard!.model!.summary).to.contain('东丽区');
    expectHeadlineInFirstScreen(scorecard!, 900);
    expect(text(frame)).to.contain('天津市东丽区2023年教育工作总结');
    expect(page(frame).defaultView!.location.search).to.contain('lang=zh-CN');
  });

  it('gives one section a theme, in the theme table\'s order, whose summary counts the plan year\'s targets as targetOutcomes does', async () => {
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    const { dataset, themes } = await bundled();
    const shown = sections(frame);
    expect(shown.map((s) => s.dataset.theme)).to.deep.equal(themes.map((t) => t.id).filter((id) => dataset.themes.includes(id)));
    const words = { met: '已达成', near: '接近目标', 'not-met': '未达成', 'in-progress': '进行中', 'not-reported': '未见报告' } as const;
    let total = 0;
    for (const section of shown) {
      const line = summaryText(section);
      const expected = targetOutcomes(dataset, { region: '120110', year: 2022, theme: section.dataset.theme! });
      total += expected.length;
      expect(line.startsWith(themes.find((t) => t.id === section.dataset.theme)!.name['zh-CN']), line).to.equal(true);
      if (expected.length === 0) expect(line, line).to.contain('无目标');
      else expect(line, line).to.contain(`${expected.length} 项目标：`);
      for (const outcome of OUTCOMES) {
        const count = expected.filter((o) => o.outcome === outcome).length;
        const said = line.match(new RegExp(`${words[outcome]} (\\d+)`));
        expect(said ? Number(said[1]) : 0, `${line}: ${outcome}`).to.equal(count);
      }
    }
    expect(total).to.equal(targetOutcomes(dataset, { region: '120110', year: 2022 }).length);
    // The hint says which year's targets and which years' figures.
    expect(page(frame).getElementById('themes-hint')!.textContent).to.contain('2022 年工作要点').and.to.contain('2022—2023 年');
  });

  it('opens a collapsed section on click, and its bullets and tiles draw', async () => {
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    const { dataset } = await bundled();
    const section = sections(frame).find((s) => !s.open && targetOutcomes(dataset, { region: '120110', year: 2022, theme: s.dataset.theme! }).length > 0)!;
    expect(section, 'a collapsed section with targets').to.exist;
    expect(section.querySelector('edu-gauge')).to.equal(null);
    section.querySelector('summary')!.click();
    const targets = targetOutcomes(dataset, { region: '120110', year: 2022, theme: section.dataset.theme! });
    await waitUntil(() => section.querySelectorAll('edu-gauge[variant="bullet"]').length === targets.length, 'no bullets', timeout);
    section.scrollIntoView();
    const gauges = () => [...section.querySelectorAll<EduChartElement>('edu-gauge')];
    await waitUntil(() => gauges().every((g) => g.status === 'ready' || g.status === 'empty'), 'the section\'s charts did not draw', timeout);
    const bullets = [...section.querySelectorAll<EduChartElement>('edu-gauge[variant="bullet"]')];
    expect(bullets.map((b) => b.getAttribute('indicator'))).to.deep.equal(targets.map((o) => o.target.indicatorKey));
    expect(bullets.every((b) => b.status === 'ready')).to.equal(true);
    // Each with its status in words, and a way to its trend.
    for (const gauge of gauges()) expect(gauge.shadowRoot!.textContent, gauge.getAttribute('indicator')!).to.match(/已达成|接近目标|未达成|未设目标|未见报告/);
    expect(section.querySelectorAll('button.link').length).to.equal(gauges().length);
    expect(section.open).to.equal(true);
  });

  it('follows the region picker: scorecard, plan year and sections', async () => {
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    const { dataset } = await bundled();
    const [scorecard] = charts(frame, 'edu-scorecard');
    const before = scorecard!.model!.summary;
    await chooseRegion(frame, '110112');
    await waitUntil(() => scorecard!.getAttribute('region') === '110112' && scorecard!.status === 'ready' && scorecard!.model?.summary !== before, 'the scorecard did not follow', timeout);
    expect(picker(frame).querySelector('input')!.value).to.equal('北京市 通州区');
    expect(scorecard!.model!.summary).to.contain('通州区');
    expect(scorecard!.getAttribute('year')).to.equal('2021');
    expect(new URLSearchParams(page(frame).defaultView!.location.search).get('region')).to.equal('110112');
    const counted = sections(frame).reduce((n, s) => n + Number(summaryText(s).match(/(\d+) 项目标/)?.[1] ?? 0), 0);
    expect(counted).to.equal(targetOutcomes(dataset, { region: '110112', year: 2021 }).length);
    // The radars are asked for 通州区 first; that of attainment has no value for it, and its hint and caption say so.
    const [attainment] = charts(frame, 'edu-radar');
    expect(attainment!.getAttribute('region')!.split(',')[0]).to.equal('110112');
    expect(page(frame).querySelector('.radars')!.textContent).to.contain('通州区没有可对照的数据');
    await waitUntil(() => attainment!.status === 'ready' && attainment!.model!.summary.includes('通州区'), 'the radar does not say why 通州区 is left out', timeout);
  });

  it('lists one theme alone for ?theme=, open, and scores only its targets', async () => {
    const frame = await open('/dist/index.html?region=东丽区&theme=preschool', 1280, 900);
    await dashboardReady(frame);
    const shown = sections(frame);
    expect(shown.map((s) => [s.dataset.theme, s.open])).to.deep.equal([['preschool', true]]);
    expect(charts(frame, 'edu-scorecard')[0]!.getAttribute('theme-filter')).to.equal('preschool');
    page(frame).querySelector<HTMLButtonElement>('.themes button.link')!.click();
    await waitUntil(() => sections(frame).length > 1, 'every theme not listed again', timeout);
    expect(charts(frame, 'edu-scorecard')[0]!.hasAttribute('theme-filter')).to.equal(false);
    expect(page(frame).defaultView!.location.search).not.to.contain('theme=');
  });

  it('is at most 4,000 px tall at 1280 px with the sections open as they open', async function () {
    // Every section's charts drawn as the page scrolls: on a CI machine running three engines at once, over a minute.
    this.timeout(180_000);
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    await scrollThrough(frame);
    await waitUntil(() => charts(frame, 'edu-gauge').every((g) => g.status !== 'loading'), 'charts still loading', timeout);
    expect(page(frame).documentElement.scrollHeight).to.be.at.most(4000);
  });

  it('swaps the dataset by upload, GBK included, and keeps the previous one when a file has errors', async () => {
    const frame = await open('/dist/index.html');
    await dashboardReady(frame);
    const gbk = await (await fetch('/test/fixtures/gbk.csv')).arrayBuffer();
    await upload(frame, 'gbk.csv', gbk);
    await waitUntil(() => page(frame).querySelector('[role="status"]')!.textContent!.includes('gbk.csv'), 'upload not applied', timeout);
    expect(await regionOptions(frame)).to.deep.equal(['东丽区']);
    await waitUntil(() => charts(frame, 'edu-gauge')[0]?.status === 'ready', 'the uploaded data did not draw', timeout);
    expect(summaryText(sections(frame)[0]!)).to.equal('学前教育 · 1 项目标：已达成 1');
    await upload(frame, 'bad.csv', 'region,year\n东丽区,2022\n');
    const alert = page(frame).querySelector<HTMLElement>('[role="alert"]')!;
    await waitUntil(() => !alert.hidden && alert.textContent!.includes('缺少必需的列'), 'no alert', timeout);
    expect(alert.textContent).to.contain('第 1 行');
    // Nothing lost: the GBK data still shows.
    expect(await regionOptions(frame)).to.deep.equal(['东丽区']);
    expect(charts(frame, 'edu-gauge')[0]!.status).to.equal('ready');
  });

  it('reads a file as Excel saves it and lists, line by line, what it read other than as written', async () => {
    const frame = await open('/dist/index.html');
    await dashboardReady(frame);
    await upload(frame, 'excel-gbk.csv', await (await fetch('/test/fixtures/excel-gbk.csv')).arrayBuffer());
    await waitUntil(() => page(frame).querySelector('[role="status"]')!.textContent!.includes('excel-gbk.csv'), 'upload not applied', timeout);
    const alert = page(frame).querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.hidden).to.equal(false);
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.include('第 1–2 行：表头上方的标题或说明行已跳过，表头在第 3 行。');
    expect(items).to.include('第 5 行第 8 列：86.5% 读作 86.5，单位 %。');
    expect(items).to.include('第 7 行第 8 列：12,480 读作 12480（逗号按千位分隔符读）。');
    expect(items).to.have.length(8);
    await waitUntil(() => charts(frame, 'edu-scorecard')[0]?.status === 'ready', 'the uploaded data did not draw', timeout);
  });

  it('loads a dataset from ?data= and keeps the view in the URL', async () => {
    const frame = await open('/dist/index.html?data=../test/fixtures/gbk.csv&indicator=preschool_inclusive_rate&lang=en');
    await dashboardReady(frame);
    expect(await regionOptions(frame)).to.deep.equal(['东丽区']);
    expect(page(frame).documentElement.lang).to.equal('en');
    const search = new URLSearchParams(page(frame).defaultView!.location.search);
    expect(search.get('data')).to.contain('/test/fixtures/gbk.csv');
    expect(search.get('indicator')).to.equal('preschool_inclusive_rate');
    expect(page(frame).querySelector<EduChartElement>('#trend')!.getAttribute('indicator')).to.equal('preschool_inclusive_rate');
  });

  it('reads a data pack from ?data=: every region in the picker, and only the chosen region\'s file fetched', async () => {
    const frame = await open('/dist/index.html?data=../test/fixtures/pack/manifest.json&region=350502', 1280, 900);
    const win = frame.contentWindow!;
    const packFetches = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/test/fixtures/pack/'))
        .sort();
    await waitUntil(() => charts(frame, 'edu-scorecard')[0]?.status === 'ready', 'the scorecard did not draw', timeout);
    expect(charts(frame, 'edu-scorecard')[0]!.model!.summary).to.contain('鲤城区');
    expect(await regionOptions(frame)).to.have.length(4);
    expect(text(frame)).to.contain('当前数据包');
    expect(packFetches()).to.deep.equal(['/test/fixtures/pack/manifest.json', '/test/fixtures/pack/regions/350502.csv']);
    await chooseRegion(frame, '120110');
    await waitUntil(() => charts(frame, 'edu-scorecard')[0]?.getAttribute('region') === '120110' && charts(frame, 'edu-scorecard')[0]?.status === 'ready', 'the scorecard did not follow', timeout);
    expect(charts(frame, 'edu-scorecard')[0]!.model!.summary).to.contain('东丽区');
    expect(packFetches()).to.deep.equal(['/test/fixtures/pack/manifest.json', '/test/fixtures/pack/regions/120110.csv', '/test/fixtures/pack/regions/350502.csv']);
    expect(new URLSearchParams(win.location.search).get('region')).to.equal('120110');
  });

  it('switches language, on the page and in every chart', async () => {
    const frame = await open('/dist/index.html');
    await dashboardReady(frame);
    page(frame).querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    await waitUntil(() => page(frame).documentElement.lang === 'en', 'lang not switched', timeout);
    await waitUntil(() => charts(frame, 'edu-gauge')[0]!.model!.summary.includes('target'), 'gauge still in Chinese', timeout);
    await waitUntil(() => /[a-z]/.test(charts(frame, 'edu-scorecard')[0]!.model?.summary ?? ''), 'scorecard still in Chinese', timeout);
    expect(page(frame).querySelector('h1')!.textContent).to.equal('District education: targets and achievements');
    expect(summaryText(sections(frame)[1]!)).to.match(/^Moral education · \d+ targets?: /);
  });

  it('fits a 360px screen without horizontal scrolling, the scorecard within the first screen', async () => {
    const frame = await open('/dist/index.html', 360, 740);
    await dashboardReady(frame);
    const root = page(frame).documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expectHeadlineInFirstScreen(charts(frame, 'edu-scorecard')[0]!, 740);
    // The region picker's list, open, stays within the screen too.
    picker(frame).querySelector('button')!.click();
    await picker(frame).updateComplete;
    const list = picker(frame).querySelector('.combobox-popup')!.getBoundingClientRect();
    expect(list.height).to.be.greaterThan(100);
    expect(list.right).to.be.at.most(root.clientWidth);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});

describe('dist/index.html, rows from a document', () => {
  before(closePages);
  afterEach(closePages);

  const PLAN = `天津市东丽区2024年教育工作要点

一、学前教育
1. 扩大普惠资源，学前教育普惠率达到90%以上。
2. 新建幼儿园3所。

二、教师队伍
3. 力争新增市级骨干教师不少于20名。
`;
  const draftRows = (frame: HTMLIFrameElement) => [...page(frame).querySelectorAll<HTMLLIElement>('review-table .draft-row')];
  const click = (frame: HTMLIFrameElement, selector: string) => page(frame).querySelector<HTMLButtonElement>(selector)!.click();

  /** Pastes a document's text into the data panel and drafts its rows. */
  async function draft(frame: HTMLIFrameElement, text: string): Promise<void> {
    page(frame).querySelector<HTMLDetailsElement>('details.data-panel')!.open = true;
    page(frame).querySelector<HTMLTextAreaElement>('#document-text')!.value = text;
    click(frame, '.document-form button[type="submit"]');
    await waitUntil(() => draftRows(frame).length > 0, 'no draft rows', timeout);
  }

  async function reload(frame: HTMLIFrameElement): Promise<void> {
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await loaded;
  }

  it('drafts rows from a pasted plan, adds the accepted ones to the charts, and keeps the work across a reload', async function () {
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    await draft(frame, PLAN);
    const rows = draftRows(frame);
    expect(rows.length).to.be.at.least(3);
    // each row's excerpt, marked in its paragraph, is the plan's text
    for (const row of rows) expect(PLAN).to.contain(row.querySelector('mark')!.textContent!);
    const rateRow = rows.find((row) => row.querySelector('mark')!.textContent!.includes('90%'))!;
    expect(rateRow.querySelector<HTMLInputElement>('input[id$="-value"]')!.value).to.equal('90');
    // accept all, reject the last, add
    const threshold = page(frame).querySelector<HTMLInputElement>('.accept-all input')!;
    threshold.value = '0';
    threshold.dispatchEvent(new Event('change', { bubbles: true }));
    click(frame, '.accept-all button');
    await waitUntil(() => draftRows(frame).every((row) => row.dataset.decision === 'accepted'), 'not all accepted');
    draftRows(frame).at(-1)!.querySelector<HTMLButtonElement>('button.reject')!.click();
    await waitUntil(() => draftRows(frame).at(-1)!.dataset.decision === 'rejected', 'not rejected');
    click(frame, '.add-rows');
    // the plan year 2024 is there now, and chosen: its targets are the added rows
    await waitUntil(() => (page(frame).getElementById('year') as HTMLSelectElement).value === '2024', 'the charts did not take the rows', timeout);
    await waitUntil(() => charts(frame, 'edu-scorecard')[0]?.status === 'ready' && charts(frame, 'edu-scorecard')[0]!.getAttribute('year') === '2024', 'no 2024 scorecard', timeout);
    const added = rows.length - 1;
    expect(charts(frame, 'edu-scorecard')[0]!.model!.summary).to.contain('2024').and.contain(String(added));
    expect(text(frame)).to.contain(`已把 ${added} 行加入数据`);
    expect(draftRows(frame).filter((row) => row.dataset.decision === 'added')).to.have.length(added);

    // a reload offers the work back; continuing shows the data built and the review as left
    await waitUntil(async () => (await withWork('readonly', (store) => store.get('dataset'))) !== undefined, 'the data built was not saved', timeout);
    await reload(frame);
    await waitUntil(() => page(frame).querySelector('.work-notice .continue-work'), 'no offer after a reload', timeout);
    expect(page(frame).querySelector('.work-notice')!.textContent).to.contain('天津市东丽区2024年教育工作要点');
    click(frame, '.continue-work');
    await waitUntil(() => (page(frame).getElementById('year') as HTMLSelectElement | null)?.value === '2024', 'the built data did not come back', timeout);
    await waitUntil(() => draftRows(frame).length === rows.length, 'the review did not come back', timeout);
    expect(draftRows(frame).map((row) => row.dataset.decision)).to.deep.equal([...Array(added).fill('added'), 'rejected']);
    expect(page(frame).querySelector('.work-notice')).to.equal(null);

    // discarded, nothing is offered
    click(frame, '.review-actions button:last-child');
    await reload(frame);
    await waitUntil(() => page(frame).querySelector('.work-notice .discard-work'), 'the data built is no longer offered', timeout);
    click(frame, '.discard-work');
    // The discard is written to the browser's storage a moment after the click: reload once it is, as a reader would.
    await waitUntil(async () => (await withWork('readonly', (store) => store.get('dataset'))) === undefined, 'the discarded work is still saved', timeout);
    await reload(frame);
    await dashboardReady(frame);
    expect(page(frame).querySelector('.work-notice')).to.equal(null);
  });

  it('takes the region and year a text without its title line does not say, and charts the new region', async () => {
    const frame = await open('/dist/index.html', 1280, 900);
    await dashboardReady(frame);
    await draft(frame, PLAN.slice(PLAN.indexOf('一、')));
    const field = (name: string) => page(frame).querySelector<HTMLInputElement>(`#document-${name}`)!;
    expect(page(frame).querySelector('.document-info .alert')!.textContent).to.contain('没有说明地区或年份');
    const fill = (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('change', { bubbles: true }));
    };
    fill('region', '河西区');
    fill('regionCode', '120103');
    fill('parent', '天津市');
    fill('year', '2024');
    await waitUntil(() => !page(frame).querySelector('.document-info .alert'), 'the region and year were not taken');
    expect([field('region').value, field('regionCode').value, field('parent').value, field('year').value]).to.deep.equal(['河西区', '120103', '天津市', '2024']);
    const threshold = page(frame).querySelector<HTMLInputElement>('.accept-all input')!;
    threshold.value = '0';
    threshold.dispatchEvent(new Event('change', { bubbles: true }));
    click(frame, '.accept-all button');
    await waitUntil(() => draftRows(frame).every((row) => row.dataset.decision === 'accepted'), 'not all accepted');
    click(frame, '.add-rows');
    // the page shows the region added, at its plan year: the scorecard counts its targets
    await waitUntil(
      () => charts(frame, 'edu-scorecard')[0]?.status === 'ready' && charts(frame, 'edu-scorecard')[0]!.getAttribute('region')?.split(',')[0] === '120103',
      'the charts do not show the region added',
      timeout,
    );
    expect((page(frame).getElementById('year') as HTMLSelectElement).value).to.equal('2024');
    expect(charts(frame, 'edu-scorecard')[0]!.model!.summary).to.contain('河西区').and.contain(String(draftRows(frame).length));
    expect(field('region').closest('fieldset')!.disabled).to.equal(true);
    // the document's fields were saved with the review
    await waitUntil(async () => ((await withWork('readonly', (store) => store.get('review'))) as { value?: { document?: unknown } } | undefined)?.value?.document !== undefined, 'not saved', timeout);
    await reload(frame);
    await waitUntil(() => page(frame).querySelector('.work-notice .continue-work'), 'no offer after a reload', timeout);
    click(frame, '.continue-work');
    await waitUntil(() => page(frame).querySelector<HTMLInputElement>('#document-region')?.value === '河西区', 'the document\'s fields did not come back', timeout);
    expect(field('year').value).to.equal('2024');
  });

  it('keeps two tabs from overwriting each other: the older one says so and shows the newer work', async () => {
    const a = await open('/dist/index.html', 1280, 900);
    const b = await open('/dist/index.html?lang=en', 1280, 900);
    await dashboardReady(a);
    await dashboardReady(b);
    await draft(a, PLAN);
    await waitUntil(() => draftRows(b).length === draftRows(a).length, 'the other tab did not take the review', timeout);
    expect(page(b).querySelector('.work-status')!.textContent).to.contain('Another tab saved newer work');
    draftRows(b)[0]!.querySelector<HTMLButtonElement>('button.accept')!.click();
    await waitUntil(() => draftRows(a)[0]!.dataset.decision === 'accepted', 'the first tab did not take the decision', timeout);
    expect(page(a).querySelector('.work-status')!.textContent).to.contain('另一个标签页');
  });

  it('works at 360 px', async () => {
    const frame = await open('/dist/index.html?lang=en', 360, 740);
    await dashboardReady(frame);
    await draft(frame, PLAN);
    const root = page(frame).documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});

describe('dist/embed.html', () => {
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('shows one chart and posts its height to the host page', async () => {
    const heights: number[] = [];
    let frame: HTMLIFrameElement | undefined;
    const listener = (event: MessageEvent) => {
      if (event.source === frame?.contentWindow && event.data?.type === 'edu-progress:height') heights.push(event.data.height);
    };
    addEventListener('message', listener);
    try {
      frame = await open('/dist/embed.html?chart=gauge&region=东丽区&indicator=preschool_inclusive_rate&lang=en', 400, 600);
      await waitUntil(() => charts(frame!, 'edu-gauge')[0]?.status === 'ready', 'embed did not render', timeout);
      await waitUntil(() => heights.some((h) => h > 250), 'no height posted', timeout);
      expect(charts(frame, 'edu-gauge')[0]!.model!.summary).to.contain('88.4%');
    } finally {
      removeEventListener('message', listener);
    }
  });

  it('shows a region\'s scorecard, and a gauge as a bullet', async () => {
    const scorecard = await open('/dist/embed.html?chart=scorecard&region=东丽区&theme-filter=preschool&lang=zh-CN', 400, 600);
    await waitUntil(() => charts(scorecard, 'edu-scorecard')[0]?.status === 'ready', 'the scorecard did not render', timeout);
    expect(charts(scorecard, 'edu-scorecard')[0]!.model!.summary).to.contain('东丽区 2022 年').and.contain('学前教育');
    const bullet = await open('/dist/embed.html?chart=gauge&variant=bullet&region=东丽区&indicator=preschool_inclusive_rate', 400, 200);
    await waitUntil(() => charts(bullet, 'edu-gauge')[0]?.status === 'ready', 'the bullet did not render', timeout);
    expect(charts(bullet, 'edu-gauge')[0]!.getAttribute('variant')).to.equal('bullet');
  });
});
