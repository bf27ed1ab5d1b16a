// The demo's style sheet in a browser test's page, for sizes and the narrow layout.

/** Adds demo/demo.css to the page once; resolves when it applies. */
export async function withDemoStyles(): Promise<void> {
  if (document.querySelector('link[data-demo]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
  link.dataset.demo = '';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
}
