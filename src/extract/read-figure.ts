/**
 * How a figure is read in its clause: target, actual or baseline, which year, which direction, how
 * sure, and why. Plans set targets (达到, 不低于, 力争 …) unless they speak of what already exists
 * (发挥7所示范校的作用: the year before's actual); summaries report actuals; 由10%提高到20% is a
 * baseline for the year before and a target.
 */
import type { Direction, Kind } from '../data/schema.js';
import type { Figure } from './figures.js';
import { reason, type ReasonCode } from './reasons.js';
import type { DocumentKind, DraftReason } from './types.js';

export interface Reading {
  readonly kind: Kind;
  /** 0 for the document's year, -1 for the year before. */
  readonly yearOffset: number;
  readonly direction: Direction;
  readonly confidence: number;
  readonly reasons: DraftReason[];
}

const AT_LEAST_AFTER = /^(?:及以上|以上)/;
const AT_LEAST_BEFORE = /(不低于|不少于|至少|(?<!不)超过)\s*$/;
const AT_MOST_AFTER = /^(以下|以内)/;
const AT_MOST_BEFORE = /(不超过|不高于|(?<!不)低于|控制在|降低到|降低至|降至|下降到|下降至|减少到|减少至|压缩到|压缩至)\s*$/;
const CHANGE_BEFORE = /(提高|提升|增加|增长|降低|下降|减少)了?\s*$/;
/** 由10%提高到20%: the verb and linking word between a baseline and its target. */
export const FROM_TO = /^\s*(提高|提升|增加|增长|调高|扩大|降低|下降|减少|压缩|调整|调低)(到|至|为)/;
const LOWER_VERBS = /降低|下降|减少|压缩|调低/;
/** A plan's words for what already exists, and the effect the plan expects of it. */
const EXISTING = /发挥|深化|巩固(?!率)|依托|现有|已有|已建成|区内/;
const PLAN_CUES = /调高|新建|力争|争取|确保|达到|不少于|不低于|以上|新增|增加|建设|创建|建成|完成|培育|打造|实现|推进|提高|提升|开设|组织|接收|启动|申报|落实|保障|做好|推动/;
const SUMMARY_CUES = /已|完成|实现|新增|建成|达到|达|累计|共|开展|举办|获|评选|评定|选派|招聘|建设|创建|组织|投入|发放|办理|解决|接待|培养|发展|形成|参加|配备|建立|确定|推动|开设|选树|查找|收到|资助|招收|现有|有/;

export interface FigureContext {
  /** The clause before the figure, from the clause's start. */
  readonly pre: string;
  /** The whole clause before the figure, earlier figures included (充分发挥8个…、2个…优势). */
  readonly clausePre: string;
  /** The clause after the figure, to the clause's end. */
  readonly post: string;
  /** The figure as written. */
  readonly written: string;
  readonly documentKind: DocumentKind | undefined;
  /** Set when the figure is the baseline (first) or the target (second) of 由…提高到…. */
  readonly fromTo?: { readonly role: 'from' | 'to'; readonly verb: string };
}

function firstCue(pattern: RegExp, text: string): string {
  return pattern.exec(text)?.[0] ?? '';
}

export function readFigure(figure: Figure, context: FigureContext): Reading {
  const { pre, post, written } = context;
  const reasons: DraftReason[] = [];
  const add = (code: ReasonCode, cue?: string) => reasons.push(reason(code, cue));
  let confidence = 0.7;
  let kind: Kind;
  let yearOffset = 0;
  const summary = context.documentKind === 'summary';
  const existing = !summary && figure.form !== 'zero' ? EXISTING.exec(context.clausePre)?.[0] : undefined;
  if (context.fromTo?.role === 'from') {
    kind = 'baseline';
    yearOffset = -1;
    add('baseline-from', context.fromTo.verb);
  } else if (summary) {
    kind = 'actual';
    const cue = firstCue(SUMMARY_CUES, pre + post);
    add('summary-actual', cue);
    if (!cue) add('no-cue');
    confidence += cue ? 0.15 : -0.1;
  } else if (existing !== undefined) {
    kind = 'actual';
    yearOffset = -1;
    add('plan-existing', existing);
    confidence -= 0.15;
  } else {
    kind = 'target';
    const cue = firstCue(PLAN_CUES, pre + post) || (context.fromTo?.verb ?? '');
    add('plan-target', cue);
    if (!cue) add('no-cue');
    // A document whose kind neither the caller nor the title says: a target, but less sure.
    confidence += context.documentKind === undefined ? -0.2 : cue ? 0.15 : -0.15;
  }
  if (context.fromTo?.role === 'to') add('target-to', context.fromTo.verb);

  let direction: Direction = 'higher';
  const atMost = AT_MOST_AFTER.exec(post)?.[0] ?? AT_MOST_BEFORE.exec(pre)?.[1];
  const change = CHANGE_BEFORE.exec(pre)?.[1];
  if (figure.form === 'zero') {
    direction = 'lower';
    add('zero-target', written);
  } else if (context.fromTo && LOWER_VERBS.test(context.fromTo.verb)) {
    direction = 'lower';
    add('lower-is-better', context.fromTo.verb);
  } else if (atMost !== undefined) {
    direction = 'lower';
    add('lower-is-better', atMost);
  } else if (change !== undefined) {
    // 近视率降低1%: the figure is the change, and a larger change is the better one.
    add('change', change);
  }
  const atLeast = AT_LEAST_AFTER.exec(post)?.[0] ?? AT_LEAST_BEFORE.exec(pre)?.[1];
  if (atLeast !== undefined && direction === 'higher') add('target-at-least', atLeast);
  if (figure.valueMax !== undefined) add('range', written);
  if (figure.form === 'chinese') {
    add('chinese-number', written);
    confidence -= 0.1;
  }
  if (figure.form === 'fraction') {
    add('fraction', written);
    confidence -= 0.1;
  }
  if (figure.form === 'coverage') {
    // 全覆盖 is often said of work (党的工作全覆盖) that no one counts: the reviewer looks first.
    add('full-coverage', written);
    confidence -= 0.3;
  }
  if (figure.form === 'list') {
    add('list-count', written);
    confidence -= 0.2;
  }
  if (figure.approximate) {
    add('approximate', written);
    confidence -= 0.05;
  }
  return { kind, yearOffset, direction, confidence, reasons };
}
