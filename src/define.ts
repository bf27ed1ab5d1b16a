// What every entry does to register its elements: importing the package twice, two
// copies of a bundle on one page, or two entries that both bring <edu-data> (a page
// with edu-gauge.js and edu-trend.js) leave the first definitions in place without an error.
import { ContextRoot } from '@lit/context';
import { EduData } from './elements/edu-data/edu-data.js';

// Lets a chart that asked for its dataset before <edu-data> was upgraded still find it: one for the page.
const ROOT = Symbol.for('edu-progress/context-root');

/** Defines a tag unless it is taken. The elements' dataset property (a Dataset) shadows HTMLElement's, hence the cast. */
export function define(name: string, element: new () => object): void {
  const page = globalThis as { [ROOT]?: ContextRoot };
  if (!page[ROOT]) {
    page[ROOT] = new ContextRoot();
    page[ROOT].attach(document.documentElement);
  }
  if (!customElements.get(name)) customElements.define(name, element as unknown as CustomElementConstructor);
}

/** One chart with <edu-data>, the provider first, so that charts upgraded inside it find it at once: an entry of one element. */
export function defineChart(name: string, element: new () => object): void {
  define('edu-data', EduData);
  define(name, element);
}
