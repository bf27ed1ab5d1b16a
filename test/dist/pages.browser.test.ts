// The built site (dist/, made by `npm run build`, which `npm test` runs first),
// each page loaded in a same-origin iframe of the test page.
import { expect, waitUntil } from '@open-wc/testing';
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
const timeout = { timeout: 10000 };

async function dashboardReady(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(() => charts(frame, 'edu-gauge')[0]?.status === 'ready' && charts(frame, 'edu-radar')[0]?.status === 'ready', 'dashboard did not render', timeout);
}

async function upload(frame: HTMLIFrameElement, name: string, bytes: BlobPart): Promise<void> {
  const input = page(frame).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const regionOptions = (frame: HTMLIFrameElement) => [...page(frame).querySelectorAll('#region option')].map((o) => o.textContent!.trim());

describe('dist/index.html, the demo', () => {
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('renders the bundled data: radars, a trend and a gauge per indicator, with sources', async () => {
    const frame = await open('/dist/index.html');
    await dashboardReady(frame);
    expect(regionOptions(frame)).to.deep.equal(['天津市 东丽区', '福建省泉州市 鲤城区', '山东省枣庄市 台儿庄区', '北京市 通州区']);
    expect(charts(frame, 'edu-gauge').length).to.be.greaterThan(50);
    expect(text(frame)).to.contain('天津市东丽区2023年教育工作总结');
    expect(page(frame).defaultView!.location.search).to.contain('lang=zh-CN');
  });

  it('swaps the dataset by upload, GBK included, and keeps the previous one when a file has errors', async () => {
    const frame = await open('/dist/index.html');
    await dashboardReady(frame);
    const gbk = await (await fetch('/test/fixtures/gbk.csv')).arrayBuffer();
    await upload(frame, 'gbk.csv', gbk);
    await waitUntil(() => regionOptions(frame).length === 1, 'upload not applied', timeout);
    expect(page(frame).querySelector('[role="status"]')!.textContent).to.contain('gbk.csv');
    await upload(frame, 'bad.csv', 'region,year\n东丽区,2022\n');
    const alert = page(frame).querySelector<HTMLElement>('[role="alert"]')!;
    await waitUntil(() => !alert.hidden && alert.textContent!.includes('缺少必需的列'), 'no alert', timeout);
    expect(alert.textContent).to.contain('第 1 行');
    // Nothing lost: the GBK data still shows.
    expect(regionOptions(frame)).to.deep.equal(['东丽区']);
    expect(charts(frame, 'edu-gauge')[0]!.status).to.equal('ready');
  });

  it('loads a dataset from ?data= and keeps the view in the URL', async () => {
    const frame = await open('/dist/index.html?data=../test/fixtures/gbk.csv&indicator=preschool_inclusive_rate&lang=en');
    await dashboardReady(frame);
    expect(regionOptions(frame)).to.deep.equal(['东丽区']);
    expect(page(frame).documentElement.lang).to.equal('en');
    const search = new URLSearchParams(page(frame).defaultView!.location.search);
    expect(search.get('data')).to.contain('/test/fixtures/gbk.csv');
    expect(search.get('indicator')).to.equal('preschool_inclusive_rate');
  });

  it('switches language, on the page and in every chart', async () => {
    const frame = await open('/dist/index.html');
    await dashboardReady(frame);
    page(frame).querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    await waitUntil(() => page(frame).documentElement.lang === 'en', 'lang not switched', timeout);
    await waitUntil(() => charts(frame, 'edu-gauge')[0]!.model!.summary.includes('target'), 'gauge still in Chinese', timeout);
    expect(page(frame).querySelector('h1')!.textContent).to.equal('District education: targets and achievements');
  });

  it('fits a 360px screen without horizontal scrolling', async () => {
    const frame = await open('/dist/index.html', 360, 740);
    await dashboardReady(frame);
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
    const scorecard = await open('/dist/embed.html?chart=scorecard&region=东丽区&theme-filter=preschool', 400, 600);
    await waitUntil(() => charts(scorecard, 'edu-scorecard')[0]?.status === 'ready', 'the scorecard did not render', timeout);
    expect(charts(scorecard, 'edu-scorecard')[0]!.model!.summary).to.contain('东丽区 2022 年').and.contain('学前教育');
    const bullet = await open('/dist/embed.html?chart=gauge&variant=bullet&region=东丽区&indicator=preschool_inclusive_rate', 400, 200);
    await waitUntil(() => charts(bullet, 'edu-gauge')[0]?.status === 'ready', 'the bullet did not render', timeout);
    expect(charts(bullet, 'edu-gauge')[0]!.getAttribute('variant')).to.equal('bullet');
  });
});
