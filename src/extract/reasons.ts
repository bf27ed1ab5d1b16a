/** Why the extractor read a figure as it did, in both languages: one entry per rule that fired. */
import type { DraftReason } from './types.js';

type Reasons = Readonly<Record<string, (cue: string) => DraftReason['message']>>;

const REASONS = {
  'plan-target': (cue) => ({ 'zh-CN': `计划类文件中的数字${cue ? `（“${cue}”）` : ''}：目标值`, en: `A figure in a plan${cue ? ` ("${cue}")` : ''}: a target` }),
  'summary-actual': (cue) => ({ 'zh-CN': `总结类文件中的数字${cue ? `（“${cue}”）` : ''}：实际完成值`, en: `A figure in a summary${cue ? ` ("${cue}")` : ''}: an achievement` }),
  'plan-existing': (cue) => ({ 'zh-CN': `计划说“${cue}”已有的数量：上一年的实际值，不是目标`, en: `The plan "${cue}" something that already exists: the year before's actual, not a target` }),
  'target-at-least': (cue) => ({ 'zh-CN': `“${cue}”：至少为该值`, en: `"${cue}": at least this value` }),
  'baseline-from': (cue) => ({ 'zh-CN': `“由…${cue}…”：前一个数是上一年的基线，后一个是目标`, en: `"from … ${cue} …": the first figure is the year before's baseline, the second the target` }),
  'target-to': (cue) => ({ 'zh-CN': `“由…${cue}…”中的目标值`, en: `The target of "from … ${cue} …"` }),
  range: (cue) => ({ 'zh-CN': `范围“${cue}”：下限为数值，上限为 value_max`, en: `A range "${cue}": the lower end as value, the upper as value_max` }),
  'lower-is-better': (cue) => ({ 'zh-CN': `“${cue}”：越低越好`, en: `"${cue}": lower is better` }),
  'zero-target': (cue) => ({ 'zh-CN': `“${cue}”：数值为 0，越低越好`, en: `"${cue}": a value of 0, lower is better` }),
  change: (cue) => ({ 'zh-CN': `“${cue}”后的数字是变化量：指标是变化本身`, en: `The figure after "${cue}" is a change: the indicator is the change itself` }),
  'chinese-number': (cue) => ({ 'zh-CN': `中文数字“${cue}”`, en: `A number in Chinese words: "${cue}"` }),
  approximate: (cue) => ({ 'zh-CN': `“${cue}”：约数，取文中的整数`, en: `"${cue}": a round figure, taken as written` }),
  fraction: (cue) => ({ 'zh-CN': `“${cue}”折算为百分比`, en: `"${cue}" as a percentage` }),
  'full-coverage': (cue) => ({ 'zh-CN': `“${cue}”：覆盖率 100%，请确认是可统计的指标`, en: `"${cue}": coverage of 100%, please check it is something counted` }),
  'list-count': (cue) => ({ 'zh-CN': `逐一列出的名称，按个数计：${cue}`, en: `Names listed one by one, counted: ${cue}` }),
  'no-cue': () => ({ 'zh-CN': '句中没有表示目标或完成的词，请核对', en: 'No word in the clause says target or result: please check' }),
  'short-name': () => ({ 'zh-CN': '指标名称取自很短的词语，请补全', en: 'The indicator name is very short: please complete it' }),
  'reference-match': (cue) => ({ 'zh-CN': `沿用参考数据集中的指标“${cue}”`, en: `Reuses the reference dataset's indicator "${cue}"` }),
  'theme-keyword': (cue) => ({ 'zh-CN': `主题依据关键词“${cue}”`, en: `Theme from the keyword "${cue}"` }),
} satisfies Reasons;

export type ReasonCode = keyof typeof REASONS;

export function reason(code: ReasonCode, cue = ''): DraftReason {
  return { code, message: REASONS[code](cue) };
}
