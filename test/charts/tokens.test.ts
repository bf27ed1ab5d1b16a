import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, labelColon } from '../../src/charts/format.js';
import { canvasText, webLinks } from '../../src/charts/text.js';
import { contrastRatio, DARK_TOKENS, LIGHT_TOKENS, TOKEN_PROPERTIES, type ChartTokens } from '../../src/charts/tokens.js';

// How the charts look and write: colour tokens, number formats, canvas text.
// (One file with the formats: each test file costs a process of its own.)

const THEMES: [string, ChartTokens][] = [
  ['light', LIGHT_TOKENS],
  ['dark', DARK_TOKENS],
];
const HEX = /^#[0-9a-f]{6}$/i;
const STATUSES = ['met', 'near', 'notMet', 'inProgress', 'notReported'] as const;

/** Colour vision as linear-RGB matrices: Machado, Oliveira and Fernandes (2009), severity 1. */
const VISION = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** A #rrggbb colour as a reader with that vision sees it, in CIELAB (D65). */
function seen(hex: string, matrix: number[][]): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!))) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 colour difference: about 2 is just noticeable; 20 and more, two colours a reader tells apart at a glance. */
const deltaE = (p: number[], q: number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);

describe('contrastRatio', () => {
  it('follows WCAG 2.1: 21 for black on white, 1 for a colour on itself, the same either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#1a7f37', '#1a7f37')).toBe(1);
    // WCAG's own example value: #777777 on white is just under 4.5
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(THEMES)('%s tokens', (_, tokens) => {
  it('are #rrggbb colours (what contrastRatio reads)', () => {
    const colours = [tokens.actual, tokens.target, tokens.baseline, ...STATUSES.map((key) => tokens[key]), tokens.background, tokens.text, tokens.muted, ...tokens.series];
    for (const c of colours) expect(c).toMatch(HEX);
  });

  it('keep the status colours (met, near, not met, in progress, not reported) at 3:1 or more against the background', () => {
    for (const key of STATUSES) {
      expect(contrastRatio(tokens[key], tokens.background), key).toBeGreaterThanOrEqual(3);
    }
  });

  it('give five status colours that stay apart for readers with protanopia, deuteranopia or tritanopia', () => {
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (const [i, a] of STATUSES.entries()) {
        for (const b of STATUSES.slice(i + 1)) {
          expect(deltaE(seen(tokens[a], matrix), seen(tokens[b], matrix)), `${a} / ${b}, ${vision}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });

  it('keep met and not met apart in lightness, not only in hue', () => {
    expect(Math.abs(seen(tokens.met, VISION.normal)[0] - seen(tokens.notMet, VISION.normal)[0])).toBeGreaterThanOrEqual(15);
  });

  it('make "not reported" a neutral grey', () => {
    const [, a, b] = seen(tokens.notReported, VISION.normal);
    expect(Math.hypot(a, b)).toBeLessThan(2);
  });

  it('keep lines (actual, target, baseline, each region) at 3:1 and text at 4.5:1 against the background', () => {
    for (const key of ['actual', 'target', 'baseline'] as const) {
      expect(contrastRatio(tokens[key], tokens.background), key).toBeGreaterThanOrEqual(3);
    }
    tokens.series.forEach((c, i) => expect(contrastRatio(c, tokens.background), `series ${i}`).toBeGreaterThanOrEqual(3));
    expect(contrastRatio(tokens.text, tokens.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('give compared regions distinct colours', () => {
    expect(tokens.series.length).toBeGreaterThanOrEqual(4);
    expect(new Set(tokens.series.map((c) => c.toLowerCase())).size).toBe(tokens.series.length);
  });

  it('set a readable base font size and animate by default', () => {
    expect(tokens.fontSize).toBeGreaterThanOrEqual(12);
    expect(tokens.fontFamily).toMatch(/sans-serif/);
    expect(tokens.animation).toBe(true);
    expect(tokens.decals).toBe(false);
  });
});

describe('dark tokens', () => {
  it('use a dark background and light text', () => {
    expect(contrastRatio(DARK_TOKENS.background, '#000000')).toBeLessThan(contrastRatio(DARK_TOKENS.background, '#ffffff'));
    expect(contrastRatio(DARK_TOKENS.text, '#ffffff')).toBeLessThan(contrastRatio(DARK_TOKENS.text, '#000000'));
  });
});

describe('TOKEN_PROPERTIES', () => {
  it('name the documented CSS custom properties', () => {
    expect(Object.values(TOKEN_PROPERTIES).sort()).toEqual(
      [
        '--edu-color-actual',
        '--edu-color-target',
        '--edu-color-baseline',
        '--edu-color-met',
        '--edu-color-near',
        '--edu-color-not-met',
        '--edu-color-in-progress',
        '--edu-color-not-reported',
        '--edu-color-background',
        '--edu-color-text',
        '--edu-color-muted',
        '--edu-font-family',
        '--edu-font-size',
      ].sort(),
    );
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals, as each locale writes them', () => {
    expect(formatNumber(1350, 'zh-CN')).toBe('1,350');
    expect(formatNumber(1350, 'en')).toBe('1,350');
    expect(formatNumber(33000, 'zh-CN')).toBe('33,000');
    expect(formatNumber(88.4, 'en')).toBe('88.4');
    expect(formatNumber(97.05, 'zh-CN')).toBe('97.05');
    expect(formatNumber(66.666, 'en')).toBe('66.67');
    expect(formatNumber(80, 'zh-CN')).toBe('80');
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(-1234.5, 'en')).toBe('-1,234.5');
  });
});

describe('formatValue', () => {
  it('puts % straight after the number in both locales', () => {
    expect(formatValue(88.4, '%', 'zh-CN')).toBe('88.4%');
    expect(formatValue(88.4, '%', 'en')).toBe('88.4%');
  });

  it('puts a Chinese unit straight after the number in zh-CN, after a space in en', () => {
    expect(formatValue(1350, '个', 'zh-CN')).toBe('1,350个');
    expect(formatValue(1350, '个', 'en')).toBe('1,350 个');
    expect(formatValue(785.38, '万元', 'zh-CN')).toBe('785.38万元');
    expect(formatValue(0, '起', 'en')).toBe('0 起');
  });

  it('writes a bare number when there is no unit', () => {
    expect(formatValue(1500, '', 'zh-CN')).toBe('1,500');
    expect(formatValue(7, '', 'en')).toBe('7');
  });

  it('writes a range with an en dash and the unit once', () => {
    expect(formatValue(3, '个百分点', 'zh-CN', 5)).toBe('3–5个百分点');
    expect(formatValue(1000, '个', 'en', 2000)).toBe('1,000–2,000 个');
    expect(formatValue(90, '%', 'en', 95)).toBe('90–95%');
  });
});

describe('labelColon', () => {
  it('is a full-width colon in Chinese and ": " in English', () => {
    expect(labelColon('zh-CN')).toBe('：');
    expect(labelColon('en')).toBe(': ');
  });
});

describe('canvasText', () => {
  it('swaps braces for full-width ones so dataset text is never rich-text markup', () => {
    expect(canvasText('{a|x}')).toBe('｛a|x｝');
    expect(canvasText('{{b}}')).toBe('｛｛b｝｝');
    expect(canvasText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(canvasText('学前教育普惠率')).toBe('学前教育普惠率');
  });
});

describe('webLinks', () => {
  it('makes only http(s) addresses links, ending them at CJK punctuation and quotes', () => {
    expect(webLinks('见 https://example.org/plan.pdf 第1条：“原文”')).toEqual([
      { text: '见 ' },
      { text: 'https://example.org/plan.pdf', href: 'https://example.org/plan.pdf' },
      { text: ' 第1条：“原文”' },
    ]);
    expect(webLinks('来源：http://jyj.gov.cn/a?id=1，2023年')).toEqual([
      { text: '来源：' },
      { text: 'http://jyj.gov.cn/a?id=1', href: 'http://jyj.gov.cn/a?id=1' },
      { text: '，2023年' },
    ]);
    expect(webLinks('javascript:alert(1) data:text/html,<b>x</b>')).toEqual([{ text: 'javascript:alert(1) data:text/html,<b>x</b>' }]);
    expect(webLinks('See https://example.org.')).toEqual([{ text: 'See ' }, { text: 'https://example.org', href: 'https://example.org/' }, { text: '.' }]);
    expect(webLinks('')).toEqual([{ text: '' }]);
  });
});
