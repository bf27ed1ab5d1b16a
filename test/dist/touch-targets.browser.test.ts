// The built demo (dist/, made by `npm run build`) in a phone-wide same-origin iframe:
// every control a finger aims at, the page's and the charts', at least 44 × 44 px.
// Controls are found by role, not by the page's structure, which will change.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { smallTargets, TARGET_SIZE, touchTargets } from '../hardening/touch-targets.js';

const PHONE = { width: 360, height: 740 };

/** Every chart on the page is drawn or has said why not (those far below the fold build when the page is idle). */
function chartsSettled(doc: Document): boolean {
  const charts = [...doc.querySelectorAll<HTMLElement & { status: string }>('edu-gauge, edu-trend, edu-radar')];
  return charts.length > 0 && charts.every((chart) => chart.status !== 'loading');
}

describe('dist/index.html touch targets on a 360px screen', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('every control, the page\'s and inside the charts, is at least 44 × 44 px at 100% and 200% text', async function () {
    // Some fifty gauges build when the page is idle, twice.
    this.timeout(60000);
    frame = document.createElement('iframe');
    frame.style.cssText = `width:${PHONE.width}px;height:${PHONE.height}px;border:0`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/index.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await waitUntil(() => chartsSettled(doc), 'the charts did not settle', { timeout: 30000 });
    // What is folded away is opened: its controls are there to be touched too.
    for (const details of doc.querySelectorAll('details')) details.open = true;

    for (const fontSize of ['100%', '200%']) {
      doc.documentElement.style.fontSize = fontSize;
      const targets = touchTargets(doc);
      // The page's own and the charts', inside their shadow roots (a table toggle each).
      expect(targets.length, `controls found at ${fontSize}`).to.be.greaterThan(10);
      expect(targets.some((el) => el.getRootNode() !== doc), 'no control found inside a chart').to.equal(true);
      expect(smallTargets(targets), `controls under ${TARGET_SIZE}px at ${fontSize} text`).to.deep.equal([]);
    }
  });
});
