/**
 * Elements without a lang of their own follow the page's: one observer of
 * <html lang> for all of them asks each to render again when it changes.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observeDocumentLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
