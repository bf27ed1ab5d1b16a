import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EduGauge } from '../../src/elements/edu-gauge/edu-gauge.js';
import type { EduScorecard } from '../../src/elements/edu-scorecard/edu-scorecard.js';
import { BUNDLED, THEMES, failOnConsoleMessages, inlineDataset, part, rendered, tableText } from './helpers.js';

/** The Chinese text an element marks lang="zh-CN" inside its shadow root. */
const markedChinese = (el: Element, name: string) =>
  [...(part(el, name)?.querySelectorAll('[lang="zh-CN"]') ?? [])].map((span) => span.textContent);

describe('English views', () => {
  failOnConsoleMessages();

  it('name regions, indicators, units and documents in English where the dataset does', async () => {
    const el = await fixture<EduGauge>(html`<edu-gauge src=${BUNDLED} region="东丽区" indicator="new_preschool_places" lang="en"></edu-gauge>`);
    await rendered(el);
    expect(el.model!.summary).to.equal(
      'Dongli District 2023, New preschool places: 990 places, target 1,350 places (2022, Dongli District (Tianjin) 2022 Education Work Plan), not met',
    );
    expect(part(el, 'caption')!.textContent).not.to.match(/\p{Script=Han}/u);
    // Excerpts are quotes: they stay Chinese, marked as such.
    const sources = tableText(el).map((row) => row.at(-1));
    expect(sources[0]).to.contain('Dongli District (Tianjin) 2023 Education Work Summary');
    expect(markedChinese(el, 'table').join(' ')).to.contain('新增学前学位990个');
  });

  it('show the Chinese names of a dataset without English ones, marked lang="zh-CN" for screen readers', async () => {
    const data = inlineDataset(`region,year,theme,indicator,unit,kind,value,source,source_item,excerpt
东丽区,2022,preschool,学前教育普惠率,%,target,80,东丽区要点,第15条,普惠率达80%
东丽区,2023,preschool,学前教育普惠率,%,actual,88.4,东丽区总结,三、1,普惠率达到88.4%`);
    const gauge = await fixture<EduGauge>(html`<edu-gauge .dataset=${data} region="东丽区" indicator="学前教育普惠率" lang="en"></edu-gauge>`);
    await rendered(gauge);
    expect(markedChinese(gauge, 'caption')).to.include.members(['东丽区', '学前教育普惠率', '东丽区要点']);
    expect(part(gauge, 'caption')!.textContent!.replace(/\s+/g, ' ')).to.contain('88.4%, target 80%');
    const card = await fixture<EduScorecard>(html`<edu-scorecard .dataset=${data} themes-src=${THEMES} region="东丽区" lang="en"></edu-scorecard>`);
    await rendered(card);
    expect(markedChinese(card, 'caption')).to.include('东丽区');
    // A Chinese view marks nothing: the page's language already says it.
    gauge.lang = 'zh-CN';
    await gauge.updateComplete;
    expect(markedChinese(gauge, 'caption')).to.deep.equal([]);
  });
});
