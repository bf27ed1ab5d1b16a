import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../src/charts/text.js';

const chinese = (text: string) => languageRuns(text).filter((run) => run.chinese).map((run) => run.text);

describe('languageRuns: the Chinese an English view must mark lang="zh-CN"', () => {
  it('finds names and quotes inside English text', () => {
    expect(chinese('Dongli District 2023, 学前教育普惠率: 88.4%, target 80%')).toEqual(['学前教育普惠率']);
    expect(chinese('Source: 天津市东丽区2022年教育工作要点 第15条：“力争普惠率达80%”')).toEqual([
      '天津市东丽区2022年教育工作要点',
      '第15条：“力争普惠率达80%”',
    ]);
  });

  it('keeps the digits and Latin letters that stand inside a Chinese name with it', () => {
    expect(chinese('新增学位1350个 and C级校舍改造, 1+X证书')).toEqual(['新增学位1350个', 'C级校舍改造', '1+X证书']);
  });

  it('leaves English alone and gives the whole text back in order', () => {
    expect(languageRuns('Inclusive preschool rate: 88.4%')).toEqual([{ text: 'Inclusive preschool rate: 88.4%', chinese: false }]);
    const text = 'A 东丽区, B 鲤城区.';
    expect(languageRuns(text).map((run) => run.text).join('')).toBe(text);
    expect(languageRuns('')).toEqual([]);
  });
});
