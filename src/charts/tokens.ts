import type { Outcome } from '../data/outcomes.js';
import type { Status } from '../data/pairing.js';

/**
 * Colours and type for the canvas, read from CSS custom properties once per
 * render (elements) and handed to the option builders as plain values.
 */
export interface ChartTokens {
  readonly actual: string;
  readonly target: string;
  readonly baseline: string;
  readonly met: string;
  readonly near: string;
  readonly notMet: string;
  /** A target not yet due (the scorecard). */
  readonly inProgress: string;
  /** A target no later report speaks of (the scorecard): a grey that recedes. */
  readonly notReported: string;
  readonly background: string;
  readonly text: string;
  /** Axis lines, grid, gauge track. */
  readonly muted: string;
  readonly fontFamily: string;
  /** Base font size in px; every label scales from it, so a portal's large-text mode works. */
  readonly fontSize: number;
  /** One colour a region when several are compared. */
  readonly series: readonly string[];
  /** False under prefers-reduced-motion. */
  readonly animation: boolean;
  /** ECharts aria decal patterns on series (for readers who cannot tell colours apart). */
  readonly decals: boolean;
}

const FONT = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/*
 * Status colours keep at least 3:1 contrast against their background, and stay
 * apart for readers with any of the three common colour vision deficiencies
 * (test/charts/tokens.test.ts simulates them): hues after Okabe and Ito's
 * palette (bluish green, orange, vermillion, blue, grey), and met and not met
 * far apart in lightness too, so that red-green blindness cannot merge them.
 */
export const LIGHT_TOKENS: ChartTokens = {
  actual: '#1f6fb2',
  target: '#5b4b8a',
  baseline: '#6b7280',
  met: '#13a35f',
  near: '#c98100',
  notMet: '#a8341c',
  inProgress: '#2b5797',
  notReported: '#8e8e8e',
  background: '#ffffff',
  text: '#1f2933',
  muted: '#d9dee3',
  fontFamily: FONT,
  fontSize: 14,
  series: ['#1f6fb2', '#c4291c', '#1a7f37', '#8a4baf', '#b35900', '#00838f', '#6d4c41', '#ad1457'],
  animation: true,
  decals: false,
};

export const DARK_TOKENS: ChartTokens = {
  ...LIGHT_TOKENS,
  actual: '#6cb4f0',
  target: '#c3b5f5',
  baseline: '#a3acb9',
  met: '#5ce0c0',
  near: '#f0d060',
  notMet: '#e0603c',
  inProgress: '#3a9be8',
  notReported: '#6e6e6e',
  background: '#16191d',
  text: '#e8ecf0',
  muted: '#3a424c',
  series: ['#6cb4f0', '#ff7b6e', '#4fc274', '#c99bf0', '#f0a94a', '#4dd0e1', '#bcaaa4', '#f48fb1'],
};

/** The CSS custom properties that set each token (documented in README). */
export const TOKEN_PROPERTIES = {
  actual: '--edu-color-actual',
  target: '--edu-color-target',
  baseline: '--edu-color-baseline',
  met: '--edu-color-met',
  near: '--edu-color-near',
  notMet: '--edu-color-not-met',
  inProgress: '--edu-color-in-progress',
  notReported: '--edu-color-not-reported',
  background: '--edu-color-background',
  text: '--edu-color-text',
  muted: '--edu-color-muted',
  fontFamily: '--edu-font-family',
  fontSize: '--edu-font-size',
} as const satisfies Partial<Record<keyof ChartTokens, string>>;

/** Relative luminance contrast ratio of two #rrggbb colours (WCAG 2.1). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The colour of a status, as the gauge holds an actual against its target
 * (Status) or the scorecard follows a target to its outcome (Outcome).
 */
export function statusColor(status: Status | Outcome, tokens: ChartTokens): string {
  switch (status) {
    case 'met':
      return tokens.met;
    case 'near':
      return tokens.near;
    case 'not-met':
      return tokens.notMet;
    case 'in-progress':
      return tokens.inProgress;
    case 'not-reported':
      return tokens.notReported;
    case 'no-target':
      return tokens.actual;
    case 'no-actual':
      return tokens.muted;
  }
}
