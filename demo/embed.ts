// One chart filling an iframe:
// embed.html?chart=scorecard|gauge|trend|radar&data=&region=&indicator=&year=&measure=&theme-filter=&variant=&lang=&theme=
// It posts its content height to the parent page, so the host can size the iframe.
import '../src/index.js';
import { absoluteUrl } from '../src/data/loader.js';
import { resolveLocale } from '../src/i18n/locale.js';

const params = new URLSearchParams(location.search);
const chart = ['scorecard', 'gauge', 'trend', 'radar'].includes(params.get('chart') ?? '') ? params.get('chart')! : 'gauge';
const lang = resolveLocale(params.get('lang') ?? navigator.language);
document.documentElement.lang = lang;

const element = document.createElement(`edu-${chart}`);
element.setAttribute('src', params.get('data') || absoluteUrl('./data/indicators.csv'));
element.setAttribute('themes-src', params.get('themes') || absoluteUrl('./data/themes.csv'));
for (const name of ['region', 'indicator', 'year', 'measure', 'theme-filter', 'variant', 'theme', 'renderer']) {
  const value = params.get(name);
  if (value) element.setAttribute(name, value);
}
document.getElementById('chart')!.append(element);

let lastHeight = 0;
const postHeight = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'edu-progress:height', height }, '*');
};
new ResizeObserver(postHeight).observe(document.body);
element.addEventListener('edu-ready', postHeight);
