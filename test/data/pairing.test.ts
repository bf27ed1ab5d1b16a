import { describe, expect, it } from 'vitest';
import { assess, pairTarget, parseDataset, type Dataset } from '../../src/data/index.js';

function dataset(rows: string[]): Dataset {
  const result = parseDataset(['region,year,indicator,kind,value,value_max,direction,unit', ...rows].join('\n'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
}

describe('pairTarget', () => {
  const data = dataset([
    'A,2022,rate,target,80,,,%',
    'A,2023,rate,actual,88.4,,,%',
    'A,2021,rate,baseline,70,,,%',
    'A,2024,rate,target,90,,,%',
    'A,2020,rate,target,60,,,%',
    'A,2025,rate,actual,91,,,%',
    'A,2019,rate,actual,50,,,%',
  ]);

  it('holds an actual against the same year\'s target', () => {
    const data2 = dataset(['A,2022,rate,target,80,,,%', 'A,2022,rate,actual,85,,,%', 'A,2023,rate,target,95,,,%']);
    const pair = pairTarget(data2, { region: 'A', indicator: 'rate', year: 2022 });
    expect(pair.target?.value).toBe(80);
    expect(pair.targetYear).toBe(2022);
    expect(pair.status).toBe('met');
  });

  it('else against the nearest later target (a goal still ahead)', () => {
    const pair = pairTarget(data, { region: 'A', indicator: 'rate', year: 2023 });
    expect(pair.actual?.value).toBe(88.4);
    expect(pair.target?.value).toBe(90);
    expect(pair.targetYear).toBe(2024);
    expect(pair.status).toBe('near');
  });

  it('else against the nearest earlier one, always saying its year', () => {
    const pair = pairTarget(data, { region: 'A', indicator: 'rate', year: 2025 });
    expect(pair.target?.value).toBe(90);
    expect(pair.targetYear).toBe(2024);
    expect(pair.status).toBe('met');
  });

  it('finds the latest baseline up to the year', () => {
    expect(pairTarget(data, { region: 'A', indicator: 'rate', year: 2023 }).baseline?.value).toBe(70);
    expect(pairTarget(data, { region: 'A', indicator: 'rate', year: 2020 }).baseline).toBeUndefined();
  });

  it('says when there is no actual, or no target', () => {
    const noActual = pairTarget(data, { region: 'A', indicator: 'rate', year: 2024 });
    expect(noActual.status).toBe('no-actual');
    expect(noActual.target?.value).toBe(90);
    const noTarget = pairTarget(dataset(['A,2022,rate,actual,5,,,']), { region: 'A', indicator: 'rate', year: 2022 });
    expect(noTarget.status).toBe('no-target');
    expect(noTarget.actual?.value).toBe(5);
    expect(noTarget.attainment).toBeUndefined();
  });

  it('holds an actual older than every target against the earliest, and rates it', () => {
    const pair = pairTarget(data, { region: 'A', indicator: 'rate', year: 2019 });
    expect(pair.target?.year).toBe(2020);
    expect(pair.status).toBe('not-met');
    expect(pair.attainment).toBeCloseTo(50 / 60);
  });
});

describe('assess', () => {
  const higher = (value: number, valueMax?: number) => ({ value, valueMax, direction: 'higher' as const });
  const lower = (value: number, valueMax?: number) => ({ value, valueMax, direction: 'lower' as const });

  it('higher is better: met at or above, near within 10% below, not met further down', () => {
    expect(assess({ value: 80 }, higher(80))).toEqual({ attainment: 1, status: 'met' });
    expect(assess({ value: 88.4 }, higher(80)).attainment).toBeCloseTo(1.105);
    expect(assess({ value: 72 }, higher(80)).status).toBe('near');
    expect(assess({ value: 71.9 }, higher(80)).status).toBe('not-met');
    expect(assess({ value: 990 }, higher(1350))).toMatchObject({ status: 'not-met' });
    expect(assess({ value: 990 }, higher(1350)).attainment).toBeCloseTo(0.733, 3);
  });

  it('lower is better: met at or below, near within 10% above, not met beyond', () => {
    expect(assess({ value: 4 }, lower(5)).status).toBe('met');
    expect(assess({ value: 4 }, lower(5)).attainment).toBeCloseTo(1.25);
    expect(assess({ value: 5.5 }, lower(5)).status).toBe('near');
    expect(assess({ value: 5.6 }, lower(5)).status).toBe('not-met');
    expect(assess({ value: 5.6 }, lower(5)).attainment).toBeCloseTo(5 / 5.6);
  });

  it('a zero target that is lower-is-better (零事故) is met only at zero', () => {
    expect(assess({ value: 0 }, lower(0))).toEqual({ attainment: 1, status: 'met' });
    expect(assess({ value: 1 }, lower(0))).toMatchObject({ status: 'not-met', attainment: 0 });
  });

  it('a range is met anywhere in its band or beyond it the good way', () => {
    expect(assess({ value: 1 }, higher(1, 2)).status).toBe('met');
    expect(assess({ value: 2 }, higher(1, 2)).status).toBe('met');
    expect(assess({ value: 3 }, higher(1, 2)).status).toBe('met');
    expect(assess({ value: 0 }, higher(1, 2)).status).toBe('not-met');
    expect(assess({ value: 5.5 }, higher(6, 8)).status).toBe('near');
    expect(assess({ value: 7 }, lower(5, 8)).status).toBe('met');
    expect(assess({ value: 8.5 }, lower(5, 8)).status).toBe('near');
    expect(assess({ value: 9 }, lower(5, 8)).status).toBe('not-met');
  });

  it('without an actual or a target there is no attainment', () => {
    expect(assess(undefined, higher(80))).toEqual({ attainment: undefined, status: 'no-actual' });
    expect(assess({ value: 3 }, undefined)).toEqual({ attainment: undefined, status: 'no-target' });
  });
});
