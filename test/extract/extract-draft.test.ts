// The extractor's rules, each on sentences written for the test (not taken from the source documents),
// so that a bare clone tests them all.
import { describe, expect, it } from 'vitest';
import { COLUMNS, parseDataset, parseThemes } from '../../src/data/index.js';
import { draftCsv, extractDraft, type DraftRow, type ExtractInput } from '../../src/extract/index.js';

const PLAN_TITLE = '江南省河西市青湖区2024年教育工作要点';
const SUMMARY_TITLE = '江南省河西市青湖区2024年教育工作总结';

/** A document of one title line and the given body lines. */
function draft(body: string, title = PLAN_TITLE, extra: Partial<ExtractInput> = {}) {
  return extractDraft({ text: `${title}\n\n${body}\n`, ...extra });
}
const rows = (body: string, title?: string, extra?: Partial<ExtractInput>) => draft(body, title, extra).rows;
const figure = (row: DraftRow) => [row.kind, row.cells.value, row.cells.value_max, row.cells.unit];
const codes = (row: DraftRow) => row.reasons.map((r) => r.code);

describe('the document, from its title line', () => {
  it('reads region, parent, year and kind from the title, and the caller overrides them', () => {
    expect(draft('1.推进工作。').document).toEqual({ title: PLAN_TITLE, region: '青湖区', regionCode: '', parent: '江南省河西市', year: 2024, kind: 'plan' });
    expect(draft('1.推进工作。', SUMMARY_TITLE).document.kind).toBe('summary');
    expect(draft('1.推进工作。', '青湖区2023年教育工作计划').document).toMatchObject({ region: '青湖区', parent: '', year: 2023, kind: 'plan' });
    expect(draft('', '青湖区2023年教育工作报告').document.kind).toBe('summary');
    const given = extractDraft({ text: `${PLAN_TITLE}\n`, document: { region: '白沙县', year: 2030, kind: 'summary' } }).document;
    expect(given).toMatchObject({ title: PLAN_TITLE, region: '白沙县', year: 2030, kind: 'summary' });
  });

  it('finds the title in a cover letter, completes a bare name from the text, and reads no figure before the body', () => {
    const text = [
      '河西市青湖区教育局关于印发《2025年青湖教育工作要点》的通知',
      '青教字〔2025〕7号',
      '各学校：现将《2025年青湖教育工作要点》印发给你们。联系电话：0571-88886666',
      '2025年2月18日',
      '2025年青湖教育工作要点',
      '1.扩大学位供给。新增学位800个。',
    ].join('\n');
    const result = extractDraft({ text });
    expect(result.document).toMatchObject({ title: '2025年青湖教育工作要点', region: '青湖区', parent: '河西市', year: 2025, kind: 'plan' });
    expect(result.rows.map(figure)).toEqual([['target', '800', '', '个']]);
  });

  it('takes region code and parent from the reference dataset when it knows the region', () => {
    const reference = parseDataset('region_code,region,parent,year,indicator,kind,value\n330199,青湖区,河西市,2023,x,actual,1\n');
    if (!reference.ok) throw new Error('reference');
    expect(draft('1.推进。', '青湖区2024年教育工作要点', { reference: reference.dataset }).document).toMatchObject({ regionCode: '330199', parent: '河西市' });
  });

  it('decodes GBK bytes as the loader does', () => {
    const gbk = new Uint8Array([0xc7, 0xe0, 0xba, 0xfe, 0xc7, 0xf8, 0x32, 0x30, 0x32, 0x34, 0xc4, 0xea, 0xbd, 0xcc, 0xd3, 0xfd, 0xb9, 0xa4, 0xd7, 0xf7, 0xd2, 0xaa, 0xb5, 0xe3]);
    expect(extractDraft({ text: gbk }).document).toMatchObject({ title: '青湖区2024年教育工作要点', region: '青湖区', year: 2024 });
  });
});

describe('targets, achievements and baselines', () => {
  it('reads a plan\'s figures as targets of its year, 以上/不低于/不少于 as at least', () => {
    const [a, b, c] = rows('1.提高质量。力争优秀率达到60%以上，家长满意度不低于90%，开展家访不少于300次。');
    expect([a, b, c].map((r) => [...figure(r!), r!.cells.year])).toEqual([
      ['target', '60', '', '%', '2024'],
      ['target', '90', '', '%', '2024'],
      ['target', '300', '', '次', '2024'],
    ]);
    expect([a, b, c].every((r) => codes(r!).includes('target-at-least'))).toBe(true);
  });

  it('reads a summary\'s figures as actuals', () => {
    const [a, b] = rows('一、办学条件\n1.学位。已完成校舍改造3所，新增学位600个。', SUMMARY_TITLE);
    expect([figure(a!), figure(b!)]).toEqual([['actual', '3', '', '所'], ['actual', '600', '', '个']]);
    expect(codes(a!)).toContain('summary-actual');
  });

  it('reads 由A提高到B as a baseline of the year before and a target', () => {
    const [from, to] = rows('1.队伍。将名师占专任教师比例由8%提高到12%。');
    expect([from, to].map((r) => [...figure(r!), r!.cells.year])).toEqual([['baseline', '8', '', '%', '2023'], ['target', '12', '', '%', '2024']]);
    expect(from!.cells.indicator).toBe(to!.cells.indicator);
    expect(codes(from!)).toContain('baseline-from');
  });

  it('reads what a plan says already exists (发挥…作用) as an actual of the year before', () => {
    const [row] = rows('1.示范。充分发挥5所市级示范校的带动作用。');
    expect([...figure(row!), row!.cells.year]).toEqual(['actual', '5', '', '所', '2023']);
    expect(codes(row!)).toContain('plan-existing');
  });
});

describe('ranges and lower-is-better', () => {
  it('reads 2-3所 and 4-6个百分点 as value and value_max', () => {
    const [a, b] = rows('1.特色。新建科技特色学校2-3所，近视防控达标率提升4-6个百分点。');
    expect([figure(a!), figure(b!)]).toEqual([['target', '2', '3', '所'], ['target', '4', '6', '个百分点']]);
    expect(codes(a!)).toContain('range');
  });

  it('reads 降低到, 以下, 控制在 as lower is better', () => {
    const found = rows('1.减负。将超重率降低到10%，大班额比例控制在2%，近视新发率5%以下。');
    expect(found.map((r) => [r.cells.value, r.direction])).toEqual([['10', 'lower'], ['2', 'lower'], ['5', 'lower']]);
    expect(found.every((r) => codes(r).includes('lower-is-better'))).toBe(true);
  });

  it('reads 零事故 and 不发生…事件 as targets of 0, lower is better', () => {
    const found = rows('1.安全。实现校园消防零事故，确保全年不发生食品安全事件。');
    expect(found.map((r) => [r.kind, r.cells.value, r.direction, r.cells.indicator])).toEqual([
      ['target', '0', 'lower', '校园消防事故'],
      ['target', '0', 'lower', '食品安全事件'],
    ]);
    expect(codes(found[0]!)).toContain('zero-target');
  });

  it('reads a change (降低1个百分点) as the change itself, higher is better', () => {
    const [row] = rows('1.视力。力争学生近视率比上年降低1个百分点。');
    expect([row!.cells.indicator, row!.cells.value, row!.cells.unit, row!.direction]).toEqual(['学生近视率降低', '1', '个百分点', 'higher']);
    expect(codes(row!)).toContain('change');
  });
});

describe('Chinese numbers and forms', () => {
  const values = (body: string) => rows(body, SUMMARY_TITLE).map((r) => [r.cells.value, r.cells.unit]);

  it('reads 两所, 十个, 百余场, 三十九名', () => {
    expect(values('1.活动。建成两所新校，培育十个社团，举办讲座百余场，表彰三十九名教师。')).toEqual([['2', '所'], ['10', '个'], ['100', '场'], ['39', '名']]);
  });

  it('reads 6万多名, 1.2万人次, 3千名, 万元 as money', () => {
    expect(values('1.惠民。资助学生6万多名，培训1.2万人次，招收3千名幼儿，投入资金350余万元，捐款2万余元。')).toEqual([
      ['60000', '名'], ['12000', '人次'], ['3000', '名'], ['350', '万元'], ['2', '万元'],
    ]);
  });

  it('reads 3‰, 1,350, full-width digits and 个百分点 as a unit', () => {
    expect(values('1.指标。辍学率3‰，新增学位1,350个，覆盖率达９８．５％，提高２个百分点。')).toEqual([['3', '‰'], ['1350', '个'], ['98.5', '%'], ['2', '个百分点']]);
  });

  it('reads 三分之二 as a share in per cent', () => {
    const [row] = rows('1.创建。争取三分之二的学校达到市级标准。');
    expect([row!.cells.value, row!.cells.unit]).toEqual(['66.67', '%']);
    expect(codes(row!)).toContain('fraction');
  });

  it('counts a summary\'s list of named schools', () => {
    const [row] = rows('1.建设。建成青湖幼儿园、白沙幼儿园、东岭幼儿园，全部开园。', SUMMARY_TITLE);
    expect([row!.cells.value, row!.cells.unit, row!.cells.indicator]).toEqual(['3', '所', '建成幼儿园']);
    expect(codes(row!)).toContain('list-count');
    expect(rows('1.建设。完成公办幼儿园和民办幼儿园年检。', SUMMARY_TITLE)).toEqual([]);
  });
});

describe('what is not a figure', () => {
  it('skips dates, years, document numbers, ordinals, item numbers, phone numbers, quoted names and set phrases', () => {
    const body = [
      '一、总体要求',
      '1.学习贯彻党的二十大精神，落实“十四五”规划，开展第5届读书节，实施“3+2”培养和“一校一品”建设。',
      '2.执行《青湖区三年行动计划（2023-2025年）》和青教字〔2024〕12号文件，2024年3月1日前完成，热线12345，电话0571-88886666。',
      '3.坚持三位一体协同育人，严格执行中央八项规定精神，实现两个“只增不减”，为期3个月，建校100周年。',
    ].join('\n');
    expect(rows(body)).toEqual([]);
  });
});

describe('unit, indicator and theme', () => {
  it('names the indicator by the thing counted, not the sentence', () => {
    const found = rows('1.扩容。新建4个校外活动场所，培育心理健康示范校6所，学前教育普惠率达到85%。');
    expect(found.map((r) => [r.cells.indicator, r.cells.unit])).toEqual([
      ['新建校外活动场所', '个'],
      ['培育心理健康示范校', '所'],
      ['学前教育普惠率', '%'],
    ]);
  });

  it('gives the theme by keywords of the theme table in use, else none', () => {
    const themes = parseThemes('id,name_zh,name_en,order\nearly,学前教育,Preschool,1\nstaff,教师队伍,Teachers,2\n');
    const found = rows('1.发展。新增幼儿园学位500个，招聘教师120名，建成图书馆3座。', undefined, { themes });
    expect(found.map((r) => r.cells.theme)).toEqual(['early', 'staff', '']);
    expect(rows('1.发展。新增幼儿园学位500个。')[0]!.cells.theme).toBe('');
  });
});

describe('source item and excerpt', () => {
  it('cites 第N条 where items are numbered through, 二、1 where numbering restarts, 三、第2段 where unnumbered', () => {
    expect(rows('一、甲\n1.甲。建成2所学校。\n二、乙\n2.乙。建成3所学校。').map((r) => r.cells.source_item)).toEqual(['第1条', '第2条']);
    expect(rows('一、甲\n1.甲。建成2所学校。\n二、乙\n1.乙。建成3所学校。').map((r) => r.cells.source_item)).toEqual(['一、1', '二、1']);
    expect(rows('三、丙\n推进工作。\n建成4所学校。').map((r) => r.cells.source_item)).toEqual(['三、第2段']);
  });

  it('quotes at most 80 characters verbatim, the figure inside, and places it in its paragraph', () => {
    const long = `1.综合。${'统筹推进课程改革与教学评价改革'.repeat(4)}并在全区建成智慧教室120间${'以数字化赋能教育教学'.repeat(4)}。`;
    const result = draft(long);
    const [row] = result.rows;
    expect(row!.cells.excerpt.length).toBeLessThanOrEqual(80);
    expect(row!.cells.excerpt).toContain('120间');
    expect(result.text.slice(row!.excerptStart, row!.excerptEnd)).toBe(row!.cells.excerpt);
    expect(row!.paragraphStart).toBeLessThanOrEqual(row!.excerptStart);
    expect(result.text.slice(row!.paragraphStart, row!.paragraphEnd)).toBe(long);
  });
});

describe('indicator ids', () => {
  const reference = parseDataset(
    'region,year,indicator_id,indicator,unit,kind,value\n青湖区,2023,inclusive_rate,学前教育普惠率,%,target,80\n青湖区,2023,new_places,新增学前学位,个,target,900\n',
  );
  if (!reference.ok) throw new Error('reference');

  it('reuses the reference\'s id for the same indicator or a close variant, with its name', () => {
    const found = rows('1.学前。普惠率达到88%，新增学前学位1000个。', SUMMARY_TITLE, { reference: reference.dataset });
    expect(found.map((r) => [r.cells.indicator_id, r.cells.indicator, r.matchedReference])).toEqual([
      ['inclusive_rate', '学前教育普惠率', true],
      ['new_places', '新增学前学位', true],
    ]);
  });

  it('gives a new indicator a stable ASCII id: the same text, the same id', () => {
    const body = '1.学前。新建托育点12个，普惠率达到88%。';
    const [a, b] = rows(body, SUMMARY_TITLE, { reference: reference.dataset });
    expect(a!.matchedReference).toBe(false);
    expect(a!.cells.indicator_id).toMatch(/^[\x21-\x7e]+$/);
    expect(rows(body, SUMMARY_TITLE, { reference: reference.dataset })[0]!.cells.indicator_id).toBe(a!.cells.indicator_id);
    expect(b!.cells.indicator_id).not.toBe(a!.cells.indicator_id);
  });
});

describe('draftCsv', () => {
  it('writes the dataset\'s columns, then confidence and reason, UTF-8 with a BOM', () => {
    const csv = draftCsv(draft('1.学位。新增学位800个。'));
    const [header, line] = csv.split('\n');
    expect(header).toBe(`\ufeff${[...COLUMNS, 'confidence', 'reason'].join(',')}`);
    expect(line).toContain(',target,800,,higher,');
    expect(line).toMatch(/,0\.\d\d,计划类文件中的数字/);
    const reparsed = parseDataset(csv);
    expect(reparsed.ok && [...reparsed.dataset].map((r) => r.value)).toEqual([800]);
  });
});
