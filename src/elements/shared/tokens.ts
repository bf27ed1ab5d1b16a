import { unsafeCSS, type CSSResult } from 'lit';
import { DARK_TOKENS, LIGHT_TOKENS, TOKEN_PROPERTIES, type ChartTokens } from '../../charts/tokens.js';
import { prefersDark, prefersReducedMotion } from './reader-preferences.js';

export type ThemeName = 'light' | 'dark' | 'auto';


export function isDark(theme: ThemeName): boolean {
  return theme === 'dark' || (theme === 'auto' && prefersDark());
}

/**
 * The canvas tokens for an element: the theme's defaults, overridden by any
 * --edu-* custom property the page sets; font family and size follow the
 * page's own (so a portal's large-text mode enlarges the charts too).
 */
export function readTokens(host: HTMLElement, theme: ThemeName, decals: boolean): ChartTokens {
  const base = isDark(theme) ? DARK_TOKENS : LIGHT_TOKENS;
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const colour = (key: Exclude<keyof typeof TOKEN_PROPERTIES, 'fontFamily' | 'fontSize'>) => read(TOKEN_PROPERTIES[key]) || base[key];
  const fontSize = parseFloat(read(TOKEN_PROPERTIES.fontSize) || style.fontSize);
  return {
    ...base,
    actual: colour('actual'),
    target: colour('target'),
    baseline: colour('baseline'),
    met: colour('met'),
    near: colour('near'),
    notMet: colour('notMet'),
    inProgress: colour('inProgress'),
    notReported: colour('notReported'),
    background: colour('background'),
    text: colour('text'),
    muted: colour('muted'),
    fontFamily: read(TOKEN_PROPERTIES.fontFamily) || style.fontFamily || base.fontFamily,
    fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : base.fontSize,
    animation: !prefersReducedMotion(),
    decals,
  };
}

/** Private --_ properties for the shadow DOM's HTML parts, defaulting to the theme's tokens. */
function declarations(tokens: ChartTokens): string {
  const keys = ['actual', 'target', 'baseline', 'met', 'near', 'notMet', 'background', 'text', 'muted'] as const;
  return keys.map((key) => `--_${key}: var(${TOKEN_PROPERTIES[key]}, ${tokens[key]});`).join('\n');
}

export const tokenStyles: CSSResult = unsafeCSS(`
  :host { ${declarations(LIGHT_TOKENS)} }
  :host([theme='dark']) { ${declarations(DARK_TOKENS)} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${declarations(DARK_TOKENS)} }
  }
`);
