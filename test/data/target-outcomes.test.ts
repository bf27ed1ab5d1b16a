import { describe, expect, it } from 'vitest';
import { parseDataset, reportedThrough, sameSubject, targetOutcomes, type Dataset } from '../../src/data/index.js';

function dataset(rows: string[]): Dataset {
  const header = 'region,year,theme,indicator_id,indicator,kind,value,value_max,direction,unit';
  const result = parseDataset([header, ...rows].join('\n'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.map((p) => p.message.en)));
  return result.dataset;
}

const outcomesOf = (data: Dataset, region: string, year?: number) =>
  Object.fromEntries(targetOutcomes(data, { region, year }).map((o) => [o.target.indicatorKey, o.outcome]));

describe('targetOutcomes: each target, seen from its side', () => {
  const data = dataset([
    // A 2022 plan and a 2023 summary.
    'A,2022,preschool,inclusive_rate,普惠率,target,80,,,%',
    'A,2023,preschool,inclusive_rate,普惠率,actual,88.4,,,%',
    'A,2022,preschool,new_places,新增学位,target,1350,,,个',
    'A,2023,preschool,new_places,新增学位,actual,1250,,,个',
    'A,2022,preschool,new_kindergartens,新建幼儿园,target,4,,,所',
    'A,2023,preschool,new_kindergartens,新建幼儿园,actual,3,,,所',
    'A,2022,safety,incidents,事故,target,0,,lower,起',
    'A,2022,safety,incidents,事故,actual,0,,lower,起',
    'A,2022,teachers,rotation_rate,轮岗比例,target,20,,,%',
    'A,2023,teachers,rotation_count,轮岗教师,actual,417,,,名',
    'A,2022,teachers,backbone_share,骨干比例,target,50,,,%',
    'A,2025,digital,smart_schools,智慧校园,target,10,,,所',
    'A,2021,digital,smart_schools,智慧校园,actual,6,,,所',
    // A plan with no report at all.
    'B,2021,safety,accidents,安全事故,target,0,,lower,起',
    'B,2021,safety,dormitories,周转宿舍,target,68,,,套',
  ]);

  it('rates a target against the actual of its year, else of the nearest later year', () => {
    expect(outcomesOf(data, 'A', 2022)).toMatchObject({
      inclusive_rate: 'met',
      new_places: 'near',
      new_kindergartens: 'not-met',
      incidents: 'met',
    });
  });

  it('calls a target no later report speaks of "not reported", and one not yet due "in progress"', () => {
    expect(outcomesOf(data, 'A', 2022)).toMatchObject({ rotation_rate: 'not-reported', backbone_share: 'not-reported' });
    const [smart] = targetOutcomes(data, { region: 'A', year: 2025 });
    expect(smart).toMatchObject({ outcome: 'in-progress', actual: { value: 6, year: 2021 } });
    expect(smart!.attainment).toBeCloseTo(0.6);
  });

  it('a plan with no report at all has every target not reported, not "in progress"', () => {
    expect(reportedThrough(data, 'B')).toBe(2021);
    expect(outcomesOf(data, 'B')).toEqual({ accidents: 'not-reported', dormitories: 'not-reported' });
  });

  it('without a year, takes the region\'s latest year with targets', () => {
    expect(targetOutcomes(data, { region: 'A' }).map((o) => o.target.indicatorKey)).toEqual(['smart_schools']);
  });

  it('filters by theme, and counts a target given per theme once', () => {
    expect(targetOutcomes(data, { region: 'A', year: 2022, theme: 'teachers' }).map((o) => o.target.indicatorKey)).toEqual([
      'rotation_rate',
      'backbone_share',
    ]);
    const twice = dataset(['C,2022,a,x,X,target,1,,,项', 'C,2022,b,x,X,target,1,,,项']);
    expect(targetOutcomes(twice, { region: 'C' })).toHaveLength(1);
  });

  it('shows beside an unreported target what the reports give on the same subject in other terms', () => {
    const rotation = targetOutcomes(data, { region: 'A', year: 2022 }).find((o) => o.target.indicatorKey === 'rotation_rate')!;
    expect(rotation.related.map((r) => [r.indicatorKey, r.value])).toEqual([['rotation_count', 417]]);
    const backbone = targetOutcomes(data, { region: 'A', year: 2022 }).find((o) => o.target.indicatorKey === 'backbone_share')!;
    expect(backbone.related).toEqual([]);
  });
});

describe('sameSubject', () => {
  it('relates ids whose subject words (less the words of a measure) one holds all of', () => {
    expect(sameSubject('teacher_rotation_rate', 'teacher_rotation_count')).toBe(true);
    expect(sameSubject('paired_kindergartens', 'paired_weak_private_kindergartens')).toBe(true);
    expect(sameSubject('student_fitness_excellent_rate', 'student_fitness_excellent_rate_increase')).toBe(true);
  });

  it('does not relate different subjects, nor names without ids', () => {
    expect(sameSubject('ideology_master_teacher_studios', 'district_ideology_golden_lessons')).toBe(false);
    expect(sameSubject('new_national_football_schools', 'new_district_sports_featured_schools')).toBe(false);
    expect(sameSubject('教师交流轮岗比例', '交流轮岗教师')).toBe(false);
    expect(sameSubject('rate', 'count')).toBe(false);
  });
});
