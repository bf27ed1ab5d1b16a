// The demo's region picker as a reader meets it: by keyboard alone, by screen reader
// (what the ARIA attributes and the live region tell), by mouse, on a phone-wide page,
// with 2,851 regions.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../demo/region-combobox.js';
import { SHOWN, type RegionCombobox } from '../../demo/region-combobox.js';
import { seriousViolations } from '../a11y/axe.js';
import { engine } from '../engine.js';
import { failOnConsoleMessages } from '../elements/helpers.js';
import { manyRegions, REGION_COUNT } from './many-regions.js';

const regions = manyRegions();

async function picker(value = '120110', locale = 'zh-CN'): Promise<RegionCombobox> {
  const el = await fixture<RegionCombobox>(html`<region-combobox input-id="region" .regions=${regions} value=${value} locale=${locale}></region-combobox>`);
  await el.updateComplete;
  return el;
}

const field = (el: RegionCombobox) => el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const listbox = (el: RegionCombobox) => el.querySelector<HTMLElement>('[role="listbox"]')!;
const popup = (el: RegionCombobox) => el.querySelector<HTMLElement>('.combobox-popup')!;
const options = (el: RegionCombobox) => [...el.querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = (el: RegionCombobox) => options(el).map((o) => o.querySelector('.combobox-name')!.textContent!.trim());
const live = (el: RegionCombobox) => el.querySelector('[aria-live="polite"]')!;
const notes = (el: RegionCombobox) => [...el.querySelectorAll<HTMLElement>('.combobox-note')].map((n) => n.textContent!.trim());
/** The option aria-activedescendant names: what a screen reader says is in focus. */
function activeOption(el: RegionCombobox): HTMLElement | null {
  const id = field(el).getAttribute('aria-activedescendant');
  return id ? el.ownerDocument.getElementById(id) : null;
}
/** The text of the element an aria-labelledby names. */
const labelOf = (element: Element) => element.ownerDocument.getElementById(element.getAttribute('aria-labelledby')!)!.textContent!.trim();

async function press(el: RegionCombobox, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Types one character at a time: WebKit's WebDriver, given 110112 at once, types a 1 where there are two. */
async function type(el: RegionCombobox, text: string): Promise<void> {
  for (const character of text) await sendKeys({ type: character });
  await el.updateComplete;
}

/** Alt+ArrowDown. WebKit's WebDriver presses one key at a time: there the key event is made here. */
async function altArrowDown(el: RegionCombobox): Promise<void> {
  if (engine === 'webkit') field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
  else {
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
  }
  await el.updateComplete;
}

const announced = (el: RegionCombobox, text: string) => waitUntil(() => live(el).textContent!.trim() === text, `the live region did not say "${text}" (it says "${live(el).textContent!.trim()}")`);

describe('the demo\'s region picker', () => {
  failOnConsoleMessages();

  before(async () => {
    // The demo's own styles, as the page has them.
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
  });

  it('is a closed combobox showing the chosen region, labelled, its listbox named and hidden', async () => {
    const el = await picker();
    const input = field(el);
    expect(input.value).to.equal('天津市 东丽区');
    expect(input.id).to.equal('region');
    expect(input.labels![0]!.textContent!.trim()).to.equal('地区');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(el.ownerDocument.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.contain('代码');
    expect(listbox(el).getAttribute('aria-label')).to.equal('地区列表');
    expect(popup(el).checkVisibility()).to.equal(false);
    expect(options(el)).to.have.length(0);
  });

  it('finds a region by name, code or parent as the reader types, and says how many', async () => {
    const el = await picker();
    field(el).focus();
    field(el).select();
    await type(el, '东丽');
    expect(field(el).getAttribute('aria-expanded')).to.equal('true');
    expect(optionNames(el)).to.deep.equal(['东丽区']);
    await announced(el, '找到 1 个地区');

    field(el).select();
    await type(el, '1201');
    expect(options(el)).to.have.length(16);
    // One heading, the parent's name, labels the group.
    const groups = [...el.querySelectorAll('[role="group"]')];
    expect(groups.map(labelOf)).to.deep.equal(['天津市']);
    expect(options(el).every((o) => o.closest('[role="group"]') === groups[0])).to.equal(true);
    await announced(el, '找到 16 个地区');

    field(el).select();
    await type(el, '天津');
    expect(options(el)).to.have.length(16);
    expect(optionNames(el)[0]).to.equal('和平区');
    // Each option gives its code.
    expect(options(el)[0]!.textContent).to.contain('120101');
  });

  it('is chosen by keyboard alone: arrows, Home, End, PageDown, then Enter, which fires region-change', async () => {
    const el = await picker();
    field(el).focus();
    field(el).select();
    await type(el, '1201');
    expect(activeOption(el)).to.equal(null);
    await press(el, 'ArrowDown');
    expect(activeOption(el)!.textContent).to.contain('和平区');
    expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true')).to.deep.equal([activeOption(el)]);
    // DOM focus stays in the field.
    expect(document.activeElement).to.equal(field(el));
    await press(el, 'End');
    expect(activeOption(el)!.textContent).to.contain('蓟州区');
    // Down from the last goes round to the first.
    await press(el, 'ArrowDown');
    expect(activeOption(el)!.textContent).to.contain('和平区');
    await press(el, 'ArrowUp');
    expect(activeOption(el)!.textContent).to.contain('蓟州区');
    await press(el, 'Home');
    // Ten down: the eleventh of Tianjin's sixteen.
    await press(el, 'PageDown');
    expect(activeOption(el)!.textContent).to.contain('武清区');
    await press(el, 'PageUp');
    expect(activeOption(el)!.textContent).to.contain('和平区');
    await press(el, 'ArrowDown');
    const changed = oneEvent(el, 'region-change');
    await press(el, 'Enter');
    expect(((await changed) as CustomEvent<{ key: string }>).detail).to.deep.equal({ key: '120102' });
    expect(field(el).value).to.equal('天津市 河东区');
    expect(field(el).getAttribute('aria-expanded')).to.equal('false');
    expect(field(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(el.value).to.equal('120102');
  });

  it('takes the only match on Enter, and the option in focus on Tab', async () => {
    const el = await picker();
    field(el).focus();
    field(el).select();
    await type(el, '110112');
    let changed = oneEvent(el, 'region-change');
    await press(el, 'Enter');
    expect(((await changed) as CustomEvent<{ key: string }>).detail.key).to.equal('110112');
    expect(field(el).value).to.equal('北京市 通州区');

    field(el).select();
    await type(el, '朝阳');
    expect(optionNames(el)).to.deep.equal(['朝阳区', '朝阳区']);
    expect([...el.querySelectorAll('[role="group"]')].map(labelOf)).to.deep.equal(['北京市', '吉林省长春市']);
    // Two matches: Enter alone chooses nothing.
    await press(el, 'Enter');
    expect(field(el).getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowUp');
    changed = oneEvent(el, 'region-change');
    await press(el, 'Tab');
    expect(((await changed) as CustomEvent<{ key: string }>).detail.key).to.equal('220104');
    expect(field(el).value).to.equal('吉林省长春市 朝阳区');
  });

  it('says when nothing matches, and Escape restores the chosen region without a change', async () => {
    const el = await picker();
    let fired = false;
    el.addEventListener('region-change', () => (fired = true));
    field(el).focus();
    field(el).select();
    await type(el, '不存在');
    expect(options(el)).to.have.length(0);
    expect(notes(el)).to.deep.equal(['没有匹配的地区。请换一个名称、代码或上级地区试试。']);
    await announced(el, '没有匹配的地区。请换一个名称、代码或上级地区试试。');
    await press(el, 'Escape');
    expect(field(el).value).to.equal('天津市 东丽区');
    expect(field(el).getAttribute('aria-expanded')).to.equal('false');
    expect(live(el).textContent!.trim()).to.equal('');

    // From inside the list too.
    field(el).select();
    await type(el, '1201');
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(field(el).value).to.equal('天津市 东丽区');
    expect(el.value).to.equal('120110');
    expect(fired).to.equal(false);
  });

  it('lays out at most SHOWN of 2,851 options, the window following the keys, the chosen one marked', async () => {
    const el = await picker('120110');
    field(el).focus();
    await altArrowDown(el);
    expect(field(el).getAttribute('aria-expanded')).to.equal('true');
    // Alt+ArrowDown opens without moving focus.
    expect(activeOption(el)).to.equal(null);
    expect(options(el).length).to.be.at.most(SHOWN);
    expect(notes(el).at(-1)).to.match(/^还有 [\d,]+ 个地区未列出，继续输入可缩小范围$/);
    await announced(el, `共 ${REGION_COUNT.toLocaleString('zh-CN')} 个地区，输入文字可筛选`);
    const chosen = el.querySelector('.combobox-option.chosen')!;
    expect(chosen.textContent).to.contain('东丽区').and.contain('（当前选择）');
    // ArrowDown starts from the chosen region.
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(chosen);
    await press(el, 'End');
    expect(activeOption(el)!.id).to.equal(options(el).at(-1)!.id);
    expect(activeOption(el)!.textContent).to.contain(regions.at(-1)!.code);
    expect(options(el).length).to.be.at.most(SHOWN);
    expect(notes(el)[0]).to.equal(`上面还有 ${(REGION_COUNT - SHOWN).toLocaleString('zh-CN')} 个地区`);
    // The option in focus is scrolled into the list's view.
    const box = activeOption(el)!.getBoundingClientRect();
    const view = popup(el).getBoundingClientRect();
    expect(box.top).to.be.at.least(view.top - 1);
    expect(box.bottom).to.be.at.most(view.bottom + 1);
    await press(el, 'Escape');
    expect(options(el)).to.have.length(0);
  });

  it('opens with a chosen region deep in the list in view, and an option the keys reach is never under its heading', async () => {
    const deep = regions[2000]!;
    const el = await picker(deep.key);
    field(el).focus();
    await altArrowDown(el);
    const view = () => popup(el).getBoundingClientRect();
    const chosen = el.querySelector('.combobox-option.chosen')!;
    expect(chosen.textContent).to.contain(deep.code);
    expect(chosen.getBoundingClientRect().top).to.be.at.least(view().top);
    expect(chosen.getBoundingClientRect().bottom).to.be.at.most(view().bottom);
    expect(options(el).length).to.equal(SHOWN);
    expect(notes(el)[0]).to.match(/^上面还有 [\d,]+ 个地区$/);
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(chosen);
    for (let i = 0; i < 12; i++) {
      await press(el, 'ArrowUp');
      const option = activeOption(el)!;
      // The sticky heading of the option's group, where the list's top is.
      const heading = option.closest('[role="group"]')!.querySelector('.combobox-group-label')!.getBoundingClientRect();
      expect(option.getBoundingClientRect().top, option.textContent!).to.be.at.least(Math.max(heading.bottom, view().top) - 1);
      expect(option.getBoundingClientRect().bottom, option.textContent!).to.be.at.most(view().bottom + 1);
    }
  });

  it('opens on ArrowDown at the chosen region, and its Alt+ArrowUp takes the option in focus', async () => {
    const el = await picker('110112');
    field(el).focus();
    await press(el, 'ArrowDown');
    expect(activeOption(el)!.textContent).to.contain('通州区');
    await press(el, 'ArrowDown');
    const changed = oneEvent(el, 'region-change');
    if (engine === 'webkit') field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    else {
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ up: 'Alt' });
    }
    // The region after 通州区 in the list: 长安区, the first under 河北省石家庄市.
    expect(((await changed) as CustomEvent<{ key: string }>).detail.key).to.equal('130102');
  });

  it('speaks English to an English reader, with the Chinese names beside the English', async () => {
    const el = await picker('120110', 'en');
    expect(field(el).value).to.equal('Dongli District, Tianjin');
    expect(field(el).labels![0]!.textContent!.trim()).to.equal('Region');
    field(el).focus();
    field(el).select();
    await type(el, 'tianjin');
    expect(optionNames(el)[6]).to.equal('Dongli District');
    expect(options(el)[6]!.querySelector('[lang="zh-CN"]')!.textContent).to.equal('东丽区');
    expect([...el.querySelectorAll('[role="group"]')].map(labelOf)).to.deep.equal(['Tianjin']);
    await announced(el, '16 regions found');
    // A region without an English name keeps its Chinese one, marked as Chinese.
    field(el).select();
    await type(el, '130102');
    expect(options(el)[0]!.querySelector('.combobox-name')!.getAttribute('lang')).to.equal('zh-CN');
    expect(labelOf(el.querySelector('[role="group"]')!)).to.equal('河北省石家庄市');
  });

  it('filters on what an input method commits, not on its pinyin', async () => {
    const el = await picker();
    const input = field(el);
    input.focus();
    input.value = 'dongli';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText' }));
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.value = '东丽';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '东丽' }));
    await el.updateComplete;
    expect(optionNames(el)).to.deep.equal(['东丽区']);
  });

  it('works by mouse and touch: the button opens the list, a click chooses, a click outside closes', async () => {
    const el = await picker();
    const button = el.querySelector<HTMLButtonElement>('.combobox-field button')!;
    expect(button.getAttribute('aria-label')).to.equal('地区列表');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).length).to.be.greaterThan(10);
    const changed = oneEvent(el, 'region-change');
    options(el).find((o) => o.textContent!.includes('南开区'))!.click();
    expect(((await changed) as CustomEvent<{ key: string }>).detail.key).to.equal('120104');
    await el.updateComplete;
    expect(field(el).value).to.equal('天津市 南开区');
    button.click();
    await el.updateComplete;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(field(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('fits a 360px screen: no horizontal overflow, every option and control 44px high', async () => {
    // A phone's width, less the page's padding as the demo has it.
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 360px; padding: 0.75rem; box-sizing: border-box"><region-combobox .regions=${regions} value="120110"></region-combobox></div>`);
    const el = holder.querySelector('region-combobox')!;
    await el.updateComplete;
    field(el).focus();
    field(el).select();
    await type(el, '区');
    const list = popup(el);
    const edge = holder.getBoundingClientRect();
    expect(list.getBoundingClientRect().right).to.be.at.most(edge.right);
    expect(list.scrollWidth).to.be.at.most(list.clientWidth);
    expect(field(el).getBoundingClientRect().height).to.be.at.least(44);
    const button = el.querySelector('.combobox-field button')!.getBoundingClientRect();
    expect([button.width, button.height].every((side) => side >= 44)).to.equal(true);
    for (const option of options(el)) expect(option.getBoundingClientRect().height, option.textContent!).to.be.at.least(44);
  });

  it('has no serious accessibility violations, open or closed', async () => {
    const el = await picker();
    expect(await seriousViolations(el)).to.deep.equal([]);
    field(el).focus();
    await type(el, '1');
    await press(el, 'ArrowDown');
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('renders names as text, never as markup', async () => {
    const hostile = [{ key: 'x', code: '', name: '<img src=x onerror="window.pwned=1">', nameEn: '', parents: ['<b>省</b>'] }];
    const el = await fixture<RegionCombobox>(html`<region-combobox .regions=${hostile} value="x"></region-combobox>`);
    field(el).focus();
    await altArrowDown(el);
    expect(el.querySelector('img, b')).to.equal(null);
    expect(optionNames(el)).to.deep.equal([hostile[0]!.name]);
    expect(field(el).value).to.equal('<b>省</b> <img src=x onerror="window.pwned=1">');
  });
});
