import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { EduChartElement } from '../../src/elements/shared/edu-chart-element.js';
import { BUNDLED, THEMES, failOnConsoleMessages, part, rendered } from '../elements/helpers.js';

// A reader's large-text setting (a portal's 大字版, or the browser's) doubles the page's font;
// on a phone-wide column every caption, message and button must still be read whole.
const PHONE = 360;

/** A file with a few problems, so the error box lists them (each message a long sentence). */
const BROKEN = `region,year,indicator,kind,value,unit,source
东丽区,2023,学前教育普惠率,完成情况,88.4,%,天津市东丽区2023年教育工作总结
东丽区,20233,学前教育普惠率,actual,八十八,%,天津市东丽区2023年教育工作总结
东丽区,2023,学前教育普惠率,actual,1，350,%,天津市东丽区2023年教育工作总结`;

/** Where an element's text is cut: it overflows a box that hides or scrolls, or reaches past the chart's sides. */
function clipping(el: HTMLElement, host: Element): string[] {
  const found: string[] = [];
  const name = el.getAttribute('part') ?? el.className ?? el.localName;
  const style = getComputedStyle(el);
  if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) found.push(`${name}: ${el.scrollWidth}px wide in ${el.clientWidth}px (overflow-x ${style.overflowX})`);
  if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) found.push(`${name}: ${el.scrollHeight}px high in ${el.clientHeight}px (overflow-y ${style.overflowY})`);
  const box = el.getBoundingClientRect();
  const bounds = host.getBoundingClientRect();
  if (box.left < bounds.left - 1 || box.right > bounds.right + 1) found.push(`${name}: ${box.left}–${box.right} outside the chart's ${bounds.left}–${bounds.right}`);
  return found;
}

/** What a reader reads in each state, found by part (and the error's problem list and the table's scroller). */
function readable(el: EduChartElement): HTMLElement[] {
  const root = el.shadowRoot!;
  return [...root.querySelectorAll<HTMLElement>('[part~="caption"], [part~="status"], [part~="toggle"], [part~="retry"], [part~="table"], .table-wrap, .status ul, .provenance')];
}

const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('large text (a 200% page font) on a phone-wide column', () => {
  failOnConsoleMessages();

  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('clips no caption, status message, button, table or problem list, and the text does grow', async () => {
    const broken = URL.createObjectURL(new Blob([BROKEN], { type: 'text/csv' }));
    try {
      const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${PHONE}px`}>
        <edu-gauge src=${BUNDLED} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
        <edu-trend src=${BUNDLED} region="东丽区,鲤城区" indicator="student_fitness_pass_rate"></edu-trend>
        <edu-radar src=${BUNDLED} themes-src=${THEMES} region="东丽区,鲤城区" year="2022" measure="indicator:plan_items" lang="en"></edu-radar>
        <edu-gauge src=${`${BUNDLED}?delay=8000&large-text=1`} region="东丽区" indicator="preschool_inclusive_rate"></edu-gauge>
        <edu-gauge src=${BUNDLED} region="海淀区" indicator="学前教育普惠率"></edu-gauge>
        <edu-gauge src=${broken} region="东丽区" indicator="学前教育普惠率" lang="en"></edu-gauge>
      </div>`);
      const [gauge, trend, radar, loading, empty, failing] = [...box.children] as EduChartElement[];
      const ready = [gauge!, trend!, radar!];
      await Promise.all(ready.map((el) => rendered(el)));
      await waitUntil(() => empty!.status === 'empty' && failing!.status === 'error', 'empty and error states not reached', { timeout: 5000 });
      expect(loading!.status).to.equal('loading');
      // The longest captions: a point chosen (its source added) and every table open.
      for (const el of ready) {
        part(el, 'chart')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'Enter' });
        part(el, 'toggle')!.click();
        await el.updateComplete;
      }
      const all = [...ready, loading!, empty!, failing!];
      expect(failing!.shadowRoot!.querySelectorAll('.status li').length).to.be.within(2, 5);

      const at100 = new Map(all.flatMap((el) => readable(el).map((part) => [part, fontSize(part)] as const)));
      document.documentElement.style.fontSize = '200%';
      await Promise.all(all.map((el) => el.updateComplete));

      const problems: string[] = [];
      for (const el of all) {
        const parts = readable(el);
        expect(parts.length, `${el.localName} ${el.status}`).to.be.greaterThan(0);
        for (const shown of parts) {
          // Page font reaches into the shadow DOM: each part's text is about twice its size at 100%.
          expect(fontSize(shown), `${shown.getAttribute('part') ?? shown.className} of ${el.localName} (${el.status})`).to.be.at.least(at100.get(shown)! * 1.9);
          problems.push(...clipping(shown, el).map((p) => `${el.localName} (${el.status}) ${p}`));
        }
      }
      expect(problems).to.deep.equal([]);
    } finally {
      URL.revokeObjectURL(broken);
    }
  });
});
