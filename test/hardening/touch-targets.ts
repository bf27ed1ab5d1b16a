// Touch targets: what a finger must be able to hit, found generically (by role, in
// open shadow roots too) and measured, so the tests keep holding when the layout changes.

/** The least target: 44 × 44 CSS px, as elderly-friendly (适老化) web specs and WCAG 2.5.5 ask. */
export const TARGET_SIZE = 44;

/** What a reader presses, picks or types into. A link counts unless it sits in running text (see inRunningText). */
const CONTROLS = [
  'button',
  'select',
  'textarea',
  'input:not([type="hidden"])',
  'summary',
  'a[href]',
  ...['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'combobox', 'textbox'].map((role) => `[role="${role}"]`),
].join(', ');

/** The element's parent in the composed tree: its slot, its parent, or its shadow root's host. */
function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  // Not `instanceof ShadowRoot`: a page in an iframe has its own ShadowRoot class.
  return root && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
}

const styleOf = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

/**
 * Whether a reader sees the element: rendered, not transparent or invisible, and
 * not clipped to nothing by itself or an ancestor (the visually-hidden pattern:
 * 1px with overflow hidden, as the charts' table for screen readers is).
 */
export function isShown(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  for (let at: Element | null = el; at; at = composedParent(at)) {
    const style = styleOf(at);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const box = at.getBoundingClientRect();
    if (clips && (box.width <= 1 || box.height <= 1)) return false;
  }
  return true;
}

/**
 * A link inside a sentence (WCAG 2.5.5's inline exception): the nearest box it
 * flows in holds other text than the link's. A link standing alone, as in a
 * list of links or a toolbar, is a control.
 */
function inRunningText(link: Element): boolean {
  let block = composedParent(link);
  while (block && styleOf(block).display.startsWith('inline')) block = composedParent(block);
  const own = (link.textContent ?? '').trim();
  return block !== null && (block.textContent ?? '').replace(own, '').trim() !== '';
}

/** Every element under root, and under each open shadow root within. */
function* everyElement(root: Document | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everyElement(el.shadowRoot);
  }
}

/**
 * The boxes a reader touches: every shown control, and for an input drawn by
 * its label instead (a visually hidden checkbox or file input), that label.
 */
export function touchTargets(root: Document | ShadowRoot): Element[] {
  const targets = new Set<Element>();
  for (const el of everyElement(root)) {
    if (!el.matches(CONTROLS)) continue;
    if (el.localName === 'a' && inRunningText(el)) continue;
    if (isShown(el)) targets.add(el);
    else if ('labels' in el && el.labels) for (const label of el.labels as NodeListOf<HTMLLabelElement>) if (isShown(label)) targets.add(label);
  }
  return [...targets];
}

/** What a reader would call the control, and where it is (the elements it is inside, by tag). */
function describe(el: Element): string {
  const name = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || el.getAttribute('type') || '').trim().replace(/\s+/g, ' ');
  const hosts: string[] = [];
  for (let at = composedParent(el); at; at = composedParent(at)) if (at.localName.includes('-')) hosts.push(at.localName);
  const part = el.getAttribute('part');
  return `${el.localName}${part ? `[part=${part}]` : ''} “${name.slice(0, 40)}”${hosts.length ? ` in ${hosts.join(' in ')}` : ''}`;
}

/** The targets smaller than TARGET_SIZE either way, each as "what: width×height". */
export function smallTargets(targets: readonly Element[]): string[] {
  return targets.flatMap((el) => {
    const { width, height } = el.getBoundingClientRect();
    // A hundredth of a pixel for layout rounding.
    if (width >= TARGET_SIZE - 0.01 && height >= TARGET_SIZE - 0.01) return [];
    return [`${describe(el)}: ${Math.round(width * 10) / 10}×${Math.round(height * 10) / 10}`];
  });
}
