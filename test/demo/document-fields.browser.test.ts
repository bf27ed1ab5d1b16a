import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { documentFields } from '../../demo/document-fields.js';
import { decide, newReview, redraft, rowReview, setDocumentField, type Review } from '../../demo/review.js';
import { parseDataset } from '../../src/data/parse-dataset.js';
import { extractDraft } from '../../src/extract/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { PLAN_TEXT } from '../fixtures/extract-result.js';
import { withDemoStyles } from './demo-styles.js';

/** The current dataset: a region the document's may be named after, with its code and parent. */
const parsed = parseDataset('region_code,region,parent,year,indicator_id,indicator,unit,kind,value\n120103,河西区,天津市,2023,new_kindergartens,新建幼儿园,所,target,2\n');
if (!parsed.ok) throw new Error('the reference does not parse');
const reference = parsed.dataset;
/** A plan's items without their title line. */
const UNTITLED = PLAN_TEXT.slice(PLAN_TEXT.indexOf('一、'));

/** The fields, kept as the page keeps them: each change drafts the rows again. */
async function fields(text: string, locale: Locale = 'zh-CN', width = 900): Promise<{ host: HTMLElement; review: () => Review; setReview: (review: Review) => void }> {
  await withDemoStyles();
  const host = await fixture<HTMLDivElement>(html`<div class="data-panel" style=${`width:${width}px`}></div>`);
  let review = newReview('', extractDraft({ text, reference }));
  const draw = () =>
    render(
      documentFields({
        locale,
        review,
        regions: reference.regions,
        onChange: (field, value) => {
          const document = setDocumentField(review.document ?? {}, field, value);
          review = redraft(review, document, extractDraft({ text: review.result.text, document, reference }));
          draw();
        },
      }),
      host,
    );
  draw();
  return { host, review: () => review, setReview: (next) => ((review = next), draw()) };
}

const control = <T extends HTMLElement = HTMLInputElement>(host: HTMLElement, field: string) => host.querySelector<T>(`#document-${field}`)!;

describe('the document fields', () => {
  it('show what the title line says, each field labelled', async () => {
    const { host } = await fields(PLAN_TEXT);
    expect(control(host, 'title').value).to.equal('天津市东丽区2024年教育工作要点');
    expect(control(host, 'region').value).to.equal('东丽区');
    expect(control(host, 'parent').value).to.equal('天津市');
    expect(control(host, 'year').value).to.equal('2024');
    expect(control<HTMLSelectElement>(host, 'kind').selectedOptions[0]!.textContent).to.equal('工作要点或计划（目标）');
    expect(host.querySelector('legend')!.textContent).to.equal('文件信息');
    expect(host.querySelector('.alert')).to.equal(null);
    for (const input of host.querySelectorAll('input, select')) expect(input.closest('label')!.querySelector('span')!.textContent).to.not.equal('');
    await expect(host).to.be.accessible();
  });

  it('say that a text without a title line places no row, and take the region and year from the keyboard', async () => {
    const { host, review } = await fields(UNTITLED);
    expect(host.querySelector('.alert')!.textContent).to.contain('没有说明地区或年份');
    expect(review().result.rows.every((row) => row.cells.region === '' && row.cells.year === '')).to.equal(true);
    const first = review().result.rows[0]!.id;
    control(host, 'region').focus();
    await sendKeys({ type: '河西区' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(control(host, 'regionCode'));
    // the region the current dataset knows brings its code and parent
    expect(control(host, 'regionCode').value).to.equal('120103');
    expect(control(host, 'parent').value).to.equal('天津市');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(control(host, 'year'));
    await sendKeys({ type: '2025' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(control(host, 'kind'));
    expect(host.querySelector('.alert')).to.equal(null);
    expect(review().document).to.deep.equal({ region: '河西区', year: 2025 });
    expect(review().result.rows.map((row) => [row.cells.region_code, row.cells.region, row.cells.year])).to.deep.equal(
      review().result.rows.map(() => ['120103', '河西区', '2025']),
    );
    expect(review().result.rows[0]!.id).to.equal(first);
  });

  it('draft the rows again as a summary\'s when the kind is changed, a row\'s decision kept where the row is drafted again', async () => {
    const { host, review, setReview } = await fields(PLAN_TEXT);
    const [rate] = review().result.rows.map((row) => row.id) as [string];
    setReview(decide(review(), rate, 'rejected'));
    const kind = control<HTMLSelectElement>(host, 'kind');
    kind.value = 'summary';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    expect(review().result.rows.every((row) => row.kind === 'actual')).to.equal(true);
    kind.value = 'plan';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    expect(rowReview(review(), rate).decision).to.equal('pending');
    setReview(decide(review(), rate, 'rejected'));
    const year = control(host, 'year');
    year.value = '2026';
    year.dispatchEvent(new Event('change', { bubbles: true }));
    expect(rowReview(review(), rate).decision).to.equal('rejected');
    expect(review().result.rows[0]!.cells.year).to.equal('2026');
  });

  it('are locked once rows were added with them', async () => {
    const { host, review, setReview } = await fields(PLAN_TEXT, 'en');
    setReview({ ...review(), added: [review().result.rows[0]!.id] });
    expect(host.querySelector('fieldset')!.disabled).to.equal(true);
    expect(host.querySelector('.hint')!.textContent).to.contain('discard this review');
  });

  it('fit 360 px, every control a 44 px target', async () => {
    const { host } = await fields(UNTITLED, 'en', 340);
    expect(host.scrollWidth).to.be.at.most(host.clientWidth);
    for (const el of host.querySelectorAll<HTMLElement>('input, select')) {
      const box = el.getBoundingClientRect();
      expect(box.height, el.id).to.be.at.least(44);
      expect(box.right, el.id).to.be.at.most(host.getBoundingClientRect().right + 0.5);
    }
    // two fields a row by the fieldset's width (not the screen's), the kind across both
    expect(control(host, 'regionCode').getBoundingClientRect().top).to.equal(control(host, 'region').getBoundingClientRect().top);
    expect(control(host, 'kind').getBoundingClientRect().width).to.be.greaterThan(250);
    expect(host.querySelector('label[for="document-regionCode"]')!.textContent).to.equal('Region code');
  });
});
