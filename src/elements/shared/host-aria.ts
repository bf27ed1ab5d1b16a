import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the browser reads a custom element's role and accessible name from
 * its ElementInternals (Chrome 81, Safari 16.4, Firefox 119). Firefox 93–118
 * has ElementInternals without them; older browsers, and some locked-down
 * ones, have none.
 */
const internalsCarryAria =
  typeof HTMLElement.prototype.attachInternals === 'function' &&
  typeof ElementInternals === 'function' &&
  'role' in ElementInternals.prototype &&
  'ariaLabel' in ElementInternals.prototype;

/**
 * A host element's ARIA role and accessible name: through ElementInternals
 * where they carry them, so that nothing shows on the page's element and a
 * role or aria-label the page sets wins; elsewhere as the host's own role and
 * aria-label attributes, which screen readers read the same, and where too a
 * role or label the page set stays. A chart draws either way.
 */
export class HostAria implements ReactiveController {
  private readonly internals: ElementInternals | undefined;
  /** The aria-label this set last: any other value there is the page's. */
  private labelSet: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly role: string,
  ) {
    host.addController(this);
    this.internals = internalsCarryAria ? host.attachInternals() : undefined;
    if (this.internals) this.internals.role = role;
  }

  hostConnected(): void {
    // Here, not in the constructor: a custom element's constructor must not add attributes.
    if (!this.internals && !this.host.hasAttribute('role')) this.host.setAttribute('role', this.role);
  }

  setLabel(label: string): void {
    if (this.internals) {
      this.internals.ariaLabel = label;
      return;
    }
    const current = this.host.getAttribute('aria-label');
    if (current !== null && current !== this.labelSet) return;
    if (current !== label) this.host.setAttribute('aria-label', label);
    this.labelSet = label;
  }
}
