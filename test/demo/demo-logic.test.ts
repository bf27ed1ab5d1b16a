import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/index.js';
import { neutralizeCell, rowsToCsv, TEMPLATE_CSV } from '../../demo/csv-export.js';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedSpec } from '../../demo/embed-code.js';
import { readViewState, writeViewState } from '../../demo/view-state.js';

describe('view state in the URL', () => {
  it('reads every parameter and writes them back in a stable order', () => {
    const state = readViewState('?data=https%3A%2F%2Fx.cn%2Fd.csv&region=东丽区&indicator=preschool_inclusive_rate&year=2023&theme=preschool&lang=en', 'zh-CN');
    expect(state).toEqual({ data: 'https://x.cn/d.csv', region: '东丽区', indicator: 'preschool_inclusive_rate', year: 2023, theme: 'preschool', lang: 'en' });
    expect(readViewState(writeViewState(state), 'zh-CN')).toEqual(state);
  });

  it('falls back to the page language and ignores empty or broken values', () => {
    expect(readViewState('?year=abc&region=', 'zh-CN')).toEqual({ data: undefined, region: undefined, indicator: undefined, year: undefined, theme: undefined, lang: 'zh-CN' });
    expect(writeViewState({ data: undefined, region: undefined, indicator: undefined, year: undefined, theme: undefined, lang: 'zh-CN' })).toBe('?lang=zh-CN');
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas, but keeps numbers', () => {
    expect(neutralizeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralizeCell('+1+1')).toBe("'+1+1");
    expect(neutralizeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCell('-2+3')).toBe("'-2+3");
    expect(neutralizeCell('-5')).toBe('-5');
    expect(neutralizeCell('88.4')).toBe('88.4');
    expect(neutralizeCell('东丽区')).toBe('东丽区');
  });

  it('writes rows in the dataset format, which parses back to the same data', () => {
    const original = parseDataset(TEMPLATE_CSV);
    if (!original.ok) throw new Error('template does not parse');
    const again = parseDataset(rowsToCsv(original.dataset));
    if (!again.ok) throw new Error('export does not parse');
    expect([...again.dataset].map(({ line: _, ...row }) => row)).toEqual([...original.dataset].map(({ line: _, ...row }) => row));
    // The template and the export carry the English names as well.
    const [first] = csvParse(rowsToCsv(again.dataset));
    expect([first!.region_en, first!.indicator_en, first!.unit_en, first!.source_en]).toEqual([
      'Dongli District',
      'Inclusive preschool rate',
      '%',
      'Dongli District (Tianjin) 2022 Education Work Plan',
    ]);
  });

  it('neutralises formula text coming from the dataset', () => {
    const result = parseDataset('region,year,indicator,kind,value,source\n=cmd|calc,2022,rate,target,80,@evil');
    if (!result.ok) throw new Error('does not parse');
    const [row] = csvParse(rowsToCsv(result.dataset));
    expect(row!.region).toBe("'=cmd|calc");
    expect(row!.source).toBe("'@evil");
    expect(row!.value).toBe('80');
  });
});

describe('embed code', () => {
  const spec: EmbedSpec = { chart: 'gauge', data: 'https://x.cn/data/indicators.csv', themes: 'https://x.cn/data/themes.csv', region: '东丽区', indicator: 'preschool_inclusive_rate', year: 2023, measure: 'attainment', lang: 'zh-CN' };

  it('gives a script tag and the element with the chart\'s attributes', () => {
    expect(scriptSnippet(spec, 'https://x.cn/lib/edu-progress.js')).toBe(
      '<script type="module" src="https://x.cn/lib/edu-progress.js"></script>\n' +
        '<edu-gauge src="https://x.cn/data/indicators.csv" region="东丽区" indicator="preschool_inclusive_rate" year="2023" lang="zh-CN"></edu-gauge>',
    );
    expect(scriptSnippet({ ...spec, chart: 'radar' }, 'lib.js')).toContain('<edu-radar src="https://x.cn/data/indicators.csv" themes-src="https://x.cn/data/themes.csv" region="东丽区" year="2023" measure="attainment" lang="zh-CN">');
    expect(scriptSnippet({ ...spec, chart: 'scorecard', year: 2022, themeFilter: 'preschool' }, 'lib.js')).toContain(
      '<edu-scorecard src="https://x.cn/data/indicators.csv" themes-src="https://x.cn/data/themes.csv" region="东丽区" year="2022" theme-filter="preschool" lang="zh-CN"></edu-scorecard>',
    );
  });

  it('escapes attribute values, so a region name cannot break out of the snippet', () => {
    expect(scriptSnippet({ ...spec, region: '"><script>alert(1)</script>' }, 'lib.js')).toContain('region="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('gives an iframe of embed.html with the same parameters and the script file that sizes it', () => {
    const url = embedUrl(spec, 'https://x.cn/embed.html');
    const params = new URL(url).searchParams;
    expect(Object.fromEntries(params)).toEqual({ chart: 'gauge', data: spec.data, region: '东丽区', indicator: 'preschool_inclusive_rate', year: '2023', lang: 'zh-CN' });
    const iframe = iframeSnippet(spec, 'https://x.cn/embed.html', '普惠率', 'https://x.cn/lib/embed-host.js');
    expect(iframe).toContain('<iframe src="https://x.cn/embed.html?chart=gauge&amp;data=');
    expect(iframe).toContain('<script src="https://x.cn/lib/embed-host.js" async></script>');
    // Nothing inline, for pages under a strict Content-Security-Policy.
    expect(iframe).not.toMatch(/style=|<script>/);
  });
});
