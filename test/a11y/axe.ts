/** axe-core in a window (this page or a same-origin iframe's), WCAG 2.1 A and AA rules. */
interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
type Axe = { run(context: Element | Document, options: object): Promise<AxeResult> };

async function axeIn(win: Window): Promise<Axe> {
  const holder = win as unknown as { axe?: Axe };
  if (!holder.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await loaded;
  }
  return holder.axe!;
}

/** The serious and critical WCAG 2.1 A/AA violations in a part of a page, as "rule: help (targets)". */
export async function seriousViolations(context: Element | Document): Promise<string[]> {
  // nodeType, not instanceof: an iframe's Document is another realm's.
  const win = (context.nodeType === Node.DOCUMENT_NODE ? (context as Document).defaultView : (context as Element).ownerDocument.defaultView)!;
  const axe = await axeIn(win);
  const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
