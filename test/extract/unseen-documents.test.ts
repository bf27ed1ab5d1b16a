// The extractor on documents its rules were not written from: short plans and summaries in the
// styles of district education bureaus (cover letters with 文号, dates and phone numbers; parts
// 一、 with subparts （一）; items 1. numbered again in each part or through the document; 一是…二是…;
// (1) and ①; unnumbered paragraphs), written for this test. Each document's rows are asserted
// whole: a figure missed, a figure too many or a wrong reading fails.
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract/index.js';

/** A row as a reviewer checks it: source item, kind, value, value_max, unit, direction, indicator. */
type Expected = [string, string, string, string, string, string, string];

function read(text: string): Expected[] {
  return extractDraft({ text }).rows.map((r) => [
    r.cells.source_item, r.kind, r.cells.value, r.cells.value_max, r.cells.unit, r.direction, r.cells.indicator,
  ]);
}

describe('held-out documents', () => {
  it('a plan whose items are numbered through it, lines starting "1. "', () => {
    const text = [
      '天津市河西区2024年教育工作要点',
      '',
      '一、总体目标',
      '1. 学前教育普惠率达到85%以上，新增公办幼儿园学位1200个。',
      '2. 义务教育阶段学生近视率降低到40%以下，全年实现安全责任事故零发生。',
      '3. 教师交流轮岗比例由12%提高到18%，培训骨干教师5万多名（人次）。',
      '4. 新建改扩建中小学3-5所，开展家庭教育讲座百余场。',
      '联系电话：022-12345678，2024年3月1日印发。',
    ].join('\n');
    expect(read(text)).toEqual<Expected[]>([
      ['第1条', 'target', '85', '', '%', 'higher', '学前教育普惠率'],
      ['第1条', 'target', '1200', '', '个', 'higher', '新增公办幼儿园学位'],
      ['第2条', 'target', '40', '', '%', 'lower', '义务教育阶段学生近视率'],
      ['第2条', 'target', '0', '', '起', 'lower', '安全责任事故'],
      ['第3条', 'baseline', '12', '', '%', 'higher', '教师交流轮岗比例'],
      ['第3条', 'target', '18', '', '%', 'higher', '教师交流轮岗比例'],
      ['第3条', 'target', '50000', '', '名', 'higher', '培训骨干教师'],
      ['第4条', 'target', '3', '5', '所', 'higher', '新建改扩建中小学'],
      ['第4条', 'target', '100', '', '场', 'higher', '开展家庭教育讲座'],
    ]);
  });

  it('a plan behind a cover letter, with subparts, 分别, 全覆盖, 一是…二是… and a note after the unit', () => {
    const text = [
      '天津市西青区教育局关于印发《西青区2024年教育工作计划》的通知',
      '津西青教〔2024〕3号',
      '各中小学、幼儿园，局属各单位：',
      '现将《西青区2024年教育工作计划》印发给你们，请结合实际认真贯彻落实。',
      '联系人：王老师，联系电话：022-27391234',
      '2024年2月26日',
      '',
      '西青区2024年教育工作计划',
      '',
      '一、学前教育',
      '（一）扩大普惠资源',
      '1. 新建公办幼儿园4所，新增学位1080个，普惠性幼儿园覆盖率稳定在90%以上。',
      '2. 落实“双减”要求，幼儿园保教质量评估达标率提高2个百分点。',
      '二、义务教育',
      '（一）均衡发展',
      '1. 小学、初中巩固率分别达到100%和99.6%，确保零辍学。',
      '2. 义务教育学校课后服务实现全覆盖，学生参与率不低于95%。',
      '（二）健康促进',
      '一是学生体质健康优良率达到55%；二是近视率比上年降低1个百分点，肥胖率控制在12%以内；三是杜绝校园欺凌事件发生。',
      '三、教师队伍',
      '全年招聘新教师260名，其中研究生学历教师不少于30%。',
      '组织教师全员培训，培训人数3200人次（含线上）。',
    ].join('\n');
    const result = extractDraft({ text });
    expect(result.document).toMatchObject({ title: '西青区2024年教育工作计划', region: '西青区', year: 2024, kind: 'plan' });
    expect(read(text)).toEqual<Expected[]>([
      ['一、1', 'target', '4', '', '所', 'higher', '新建公办幼儿园'],
      ['一、1', 'target', '1080', '', '个', 'higher', '新增学位'],
      ['一、1', 'target', '90', '', '%', 'higher', '普惠性幼儿园覆盖率'],
      // 提高2个百分点: the size of the change, and a larger change is better.
      ['一、2', 'target', '2', '', '个百分点', 'higher', '幼儿园保教质量评估达标率提高'],
      ['二、1', 'target', '100', '', '%', 'higher', '小学巩固率'],
      ['二、1', 'target', '99.6', '', '%', 'higher', '初中巩固率'],
      ['二、1', 'target', '0', '', '人', 'lower', '辍学'],
      ['二、2', 'target', '100', '', '%', 'higher', '义务教育学校课后服务覆盖率'],
      ['二、2', 'target', '95', '', '%', 'higher', '学生参与率'],
      ['二、（二）第1段', 'target', '55', '', '%', 'higher', '学生体质健康优良率'],
      ['二、（二）第1段', 'target', '1', '', '个百分点', 'higher', '近视率降低'],
      ['二、（二）第1段', 'target', '12', '', '%', 'lower', '肥胖率'],
      ['二、（二）第1段', 'target', '0', '', '起', 'lower', '校园欺凌事件'],
      ['三、第1段', 'target', '260', '', '名', 'higher', '招聘新教师'],
      ['三、第1段', 'target', '30', '', '%', 'higher', '研究生学历教师'],
      ['三、第2段', 'target', '3200', '', '人次', 'higher', '培训人数'],
    ]);
    // 全覆盖 is a reading the reviewer should confirm first.
    const coverage = result.rows.find((r) => r.cells.indicator === '义务教育学校课后服务覆盖率')!;
    expect(coverage.reasons.map((r) => r.code)).toContain('full-coverage');
    expect(coverage.confidence).toBeLessThan(0.6);
  });

  it('a summary: 同比增长 as the change of the figure before, 累计 and 新增 apart, (1) items, zeros that happened', () => {
    const text = [
      '武清区教育局2023年工作总结',
      '',
      '2023年，在区委、区政府的坚强领导下，全区教育系统坚持立德树人根本任务，各项工作取得新进展。现将有关情况总结如下。',
      '',
      '一、办学条件持续改善',
      '全年教育经费投入18.6亿元，同比增长7.2%。累计建成智慧校园示范校45所，其中今年新增12所。完成2所中学校舍抗震加固，惠及学生3400余名。',
      '二、教育质量稳步提升',
      '一是高考本科上线率达到78.5%，较上年提高3.1个百分点；二是中考优秀率为41%；三是学生体质健康合格率达96.3%。',
      '三、队伍建设成效明显',
      '（1）招聘教师315名，其中硕士研究生89名。',
      '（2）评选区级骨干教师120名、学科带头人36名。',
      '四、安全稳定',
      '全年未发生重大安全责任事故，校园安全事故零发生。',
      '联系电话：022-29341234',
      '武清区教育局',
      '2023年12月28日',
    ].join('\n');
    expect(extractDraft({ text }).document).toMatchObject({ region: '武清区', year: 2023, kind: 'summary' });
    expect(read(text)).toEqual<Expected[]>([
      ['一、第1段', 'actual', '18.6', '', '亿元', 'higher', '教育经费投入'],
      ['一、第1段', 'actual', '7.2', '', '%', 'higher', '教育经费投入增长'],
      ['一、第1段', 'actual', '45', '', '所', 'higher', '累计建成智慧校园示范校'],
      ['一、第1段', 'actual', '12', '', '所', 'higher', '新增智慧校园示范校'],
      ['一、第1段', 'actual', '2', '', '所', 'higher', '中学校舍抗震加固'],
      ['一、第1段', 'actual', '3400', '', '名', 'higher', '惠及学生'],
      ['二、第1段', 'actual', '78.5', '', '%', 'higher', '高考本科上线率'],
      ['二、第1段', 'actual', '3.1', '', '个百分点', 'higher', '高考本科上线率提高'],
      ['二、第1段', 'actual', '41', '', '%', 'higher', '中考优秀率'],
      ['二、第1段', 'actual', '96.3', '', '%', 'higher', '学生体质健康合格率'],
      ['三、（1）', 'actual', '315', '', '名', 'higher', '招聘教师'],
      ['三、（1）', 'actual', '89', '', '名', 'higher', '硕士研究生'],
      ['三、（2）', 'actual', '120', '', '名', 'higher', '评选区级骨干教师'],
      ['三、（2）', 'actual', '36', '', '名', 'higher', '学科带头人'],
      ['四、第1段', 'actual', '0', '', '起', 'lower', '重大安全责任事故'],
      ['四、第1段', 'actual', '0', '', '起', 'lower', '校园安全事故'],
    ]);
  });

  it('a plan numbered through its parts: a 文号 and a date in an item, 3+2 and 五育 as names, 清零, ① inside an item', () => {
    const text = [
      '2024年宁河区教育工作要点',
      '',
      '一、总体要求',
      '坚持五育并举，深化“双减”改革，推动教育高质量发展。',
      '二、重点任务',
      '1.按照津宁教〔2024〕5号文件要求，9月1日前完成3至5所学校标准化建设。',
      '2.推进中职与高职3+2贯通培养，招生规模扩大到600人。',
      '3.学生近视率降低到45%以下，义务教育学校超大班额保持动态清零。',
      '4.①建设智慧教室80间；②新建创新实验室10个；③心理辅导室覆盖率达到100%。',
      '三、保障措施',
      '5.全年教育经费不少于12亿元，生均公用经费提高10%。',
      '6.实现校园食品安全零事故，教育系统安全责任事故零发生。',
    ].join('\n');
    expect(read(text)).toEqual<Expected[]>([
      ['第1条', 'target', '3', '5', '所', 'higher', '学校标准化建设'],
      ['第2条', 'target', '600', '', '人', 'higher', '招生规模'],
      ['第3条', 'target', '45', '', '%', 'lower', '学生近视率'],
      ['第3条', 'target', '0', '', '个', 'lower', '义务教育学校超大班额'],
      ['第4条', 'target', '80', '', '间', 'higher', '建设智慧教室'],
      ['第4条', 'target', '10', '', '个', 'higher', '新建创新实验室'],
      ['第4条', 'target', '100', '', '%', 'higher', '心理辅导室覆盖率'],
      ['第5条', 'target', '12', '', '亿元', 'higher', '教育经费'],
      // 提高10%: the change, as 提高2个百分点 is (README: 降低1% and 降低到40% are read apart).
      ['第5条', 'target', '10', '', '%', 'higher', '生均公用经费提高'],
      ['第6条', 'target', '0', '', '起', 'lower', '校园食品安全事故'],
      ['第6条', 'target', '0', '', '起', 'lower', '教育系统安全责任事故'],
    ]);
  });
});
