import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { BUNDLED, THEMES, failOnConsoleMessages, part, rendered } from '../elements/helpers.js';
import { smallTargets, TARGET_SIZE, touchTargets } from './touch-targets.js';

// On a phone, an older reader's finger needs 44 × 44 px to hit what it aims at; the
// elements' own controls (legend entries, the table toggle, retry) must offer that,
// in normal and in large text (a portal's 大字版 doubles the page's font).
const PHONE = 360;

describe('touch targets of the elements on a phone-wide column', () => {
  failOnConsoleMessages();

  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('every control is at least 44 × 44 px: every chart ready with its legend and table toggle, and an error with retry, at 100% and 200% text', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${PHONE}px`}>
      <edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
      <edu-trend src=${BUNDLED} region="东丽区,鲤城区" indicator="student_fitness_pass_rate" lang="en"></edu-trend>
      <edu-radar src=${BUNDLED} themes-src=${THEMES} region="东丽区,鲤城区" year="2022" measure="indicator:plan_items"></edu-radar>
      <edu-gauge src=${`${BUNDLED}?status=500&touch=1`} region="东丽区" indicator="preschool_inclusive_rate" lang="en"></edu-gauge>
      <edu-gauge src=${BUNDLED} region="东丽区" indicator="after_school_participants"></edu-gauge>
      <edu-gauge variant="bullet" src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
      <edu-gauge variant="bullet" src=${`${BUNDLED}?status=500&touch=2`} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
    </div>`);
    const charts = [...box.children] as EduChartElement[];
    type Seven = [EduChartElement, EduChartElement, EduChartElement, EduChartElement, EduChartElement, EduChartElement, EduChartElement];
    const [gauge, trend, radar, failing, figure, bullet, failingBullet] = charts as Seven;
    for (const el of [gauge, trend, radar, figure, bullet]) {
      // Charts draw only near the viewport.
      el.scrollIntoView({ block: 'center' });
      await rendered(el);
    }
    await waitUntil(() => failing.status === 'error' && failingBullet.status === 'error', 'no error state', { timeout: 5000 });
    // What is measured is there: legends of several entries, a toggle on each, retry.
    for (const el of [trend, radar]) expect(part(el, 'legend')!.querySelectorAll('button').length, el.localName).to.be.at.least(2);
    for (const el of [gauge, trend, radar, figure]) expect(part(el, 'toggle'), el.localName).to.exist;
    for (const el of [failing, failingBullet]) expect(part(el, 'retry')).to.exist;

    for (const fontSize of ['100%', '200%']) {
      document.documentElement.style.fontSize = fontSize;
      const targets = charts.flatMap((el) => touchTargets(el.shadowRoot!));
      // 2 + 2 legend entries, 4 toggles (a bullet has none: its table is for screen readers), 2 retries
      expect(targets.length, `controls found at ${fontSize}`).to.be.at.least(10);
      expect(smallTargets(targets), `controls under ${TARGET_SIZE}px at ${fontSize} text`).to.deep.equal([]);
    }
  });

  it('lets a compact layout set a smaller least size with --edu-control-size', async () => {
    const el = await fixture<EduChartElement>(
      html`<edu-gauge style="--edu-control-size: 24px" src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>`,
    );
    await rendered(el);
    const toggle = part(el, 'toggle')!;
    expect(getComputedStyle(toggle).minHeight).to.equal('24px');
    expect(toggle.getBoundingClientRect().height).to.be.below(TARGET_SIZE);
  });
});
