import { expect, fixture, html } from '@open-wc/testing';
import { exportPng, exportSvg } from '../../demo/export-chart.js';
import type { EduScorecard } from '../../src/elements/edu-scorecard/edu-scorecard.js';
import type { EduTrend } from '../../src/elements/edu-trend/edu-trend.js';
import { BUNDLED, THEMES, failOnConsoleMessages, rendered } from '../elements/helpers.js';

/** Captures what a download link would save, instead of saving it. */
async function captureDownload(action: () => void): Promise<{ name: string; body: string }> {
  const click = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    link = this;
  };
  try {
    action();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return { name: link!.download, body: await (await fetch(link!.href)).text() };
}

describe('the demo\'s chart export', () => {
  failOnConsoleMessages();

  it('saves the chart as PNG and as SVG', async () => {
    const el = await fixture<EduTrend>(html`<edu-trend src=${BUNDLED} region="东丽区" indicator="student_fitness_pass_rate"></edu-trend>`);
    await rendered(el);
    const png = await captureDownload(() => exportPng(el, 'trend.png'));
    expect(png.name).to.equal('trend.png');
    expect(png.body.length).to.be.greaterThan(1000);
    const svg = await captureDownload(() => exportSvg(el, 'trend.svg'));
    expect(svg.name).to.equal('trend.svg');
    // the legend is drawn into the file: on the page it is the element's HTML
    expect(svg.body).to.contain('<svg').and.contain('实际').and.contain('目标').and.contain('2023');
  });

  it('saves the scorecard with its bars, counts and statuses', async () => {
    const el = await fixture<EduScorecard>(html`<edu-scorecard src=${BUNDLED} themes-src=${THEMES} region="东丽区"></edu-scorecard>`);
    await rendered(el);
    const svg = await captureDownload(() => exportSvg(el, 'scorecard.svg'));
    expect(svg.body).to.contain('<svg').and.contain('学前教育').and.contain('已达成').and.contain('未见报告');
    const png = await captureDownload(() => exportPng(el, 'scorecard.png'));
    expect(png.body.length).to.be.greaterThan(1000);
  });
});
