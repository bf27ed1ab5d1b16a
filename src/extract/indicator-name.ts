/**
 * A short name for what a figure counts or measures, taken from its clause: the noun after a count
 * (建设7个名师工作室 → 名师工作室), else the noun before the figure (力争普惠率达80% → 普惠率;
 * 增加学前学位1350个 → 增加学前学位). Not the whole sentence: the reviewer edits a name, not a paragraph.
 */

/** Units that measure rather than count: the name is what stands before them (合格率95%). */
const MEASURES = new Set(['%', '‰', '个百分点', '百分点', '小时', '分钟', '课时', '学时', '平方米', '公里', '亩', '米', '元', '万元', '亿元', '千元']);

/** Words that open a clause without naming anything (adverbs, verbs of intent, scope). */
const LEADING = /^(?:[并且要将把使让对在以从和与及等约共]|力争|争取|确保|坚决|保障|保证|实现|推动|推进|积极|努力|进一步|持续|继续|全面|全区|全市|全县|全年|总体|共计|其中|同时|深入|组织|落实|目前|今年|年内|年底前|年底|充分|稳步|加快|扎实|不断|有效|切实|已经|已|实现了)+/;
/** Words that link a name to its figure (普惠率达到80%, 比例由10%…). */
const LINKING = /(?:达到了?|达|为|是|保持在|保持|稳定在|实现|扩大到|扩大至|控制在|提高到|提升到|提高至|提升至|增加到|增加至|增至|降低到|降低至|降至|下降到|下降至|减少到|不低于|不少于|不超过|不高于|低于|超过|至少|约|共|累计|在|有|了|由|从|等|的|占|近)+$/;
/** Where the noun after a count stops: a link to the next figure, a verb of what is done with it. */
const NOUN_END = /[、,\d]|的|与|和|及|并|等|扩大|作用|辐射|优势|引领|进行|开展|参加|参与|获得|获|取得|入选|认定|分获|被|为|在|对|实现|全部|以上|以下|结对|,/;
/** Verbs that belong in the name when they stand right before the count (新增学位 is not 学位). */
const NAME_VERBS = /(新增|新建|新招收|新招聘|招聘|招收|培养|发展|选派|资助|新创)$/;
const MAX_NAME = 20;

function clean(text: string): string {
  return text.replace(/[“”"《》「」()（）\s]/g, '').replace(/[比较](?:\d{4}年|上年|去年|上一年)|同比|环比/g, '');
}

/** Words before a figure without the adverbs that open them and the verbs that link them to it. */
export function trimName(words: string): string {
  let name = clean(words);
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(LINKING, '').replace(LEADING, '');
  }
  return name;
}

function nameBefore(pre: string): string {
  let name = clean(pre);
  const lastSeparator = Math.max(name.lastIndexOf('、'), name.lastIndexOf(','));
  if (lastSeparator >= 0 && name.length - lastSeparator > 2) name = name.slice(lastSeparator + 1);
  name = trimName(name);
  return name.length > MAX_NAME ? name.slice(-MAX_NAME) : name;
}

function nameAfter(post: string): string {
  // A post that opens with a link (、预约教研28场次) belongs to the next figure: the noun is before this one.
  if (/^[、,和与及]/.test(post)) return '';
  // A bracket right after the unit is a note on it (5万名（人次）, 3200人次（含线上）), not the thing counted.
  let name = clean(post.replace(/^\s*\([^)]*\)/, '')).replace(/^(?:[的了共]|以上|以下|以内)+/, '');
  const end = NOUN_END.exec(name.slice(2));
  if (end) name = name.slice(0, end.index + 2);
  name = name.replace(/(?:工作|活动|任务|目标)$/, '');
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME) : name;
}

/**
 * The indicator's name from the words before (`pre`, from the clause's start) and after (`post`, to
 * its end) the figure; `subject` when the figure itself names what it counts (零事故, a list of schools).
 */
export function indicatorName(pre: string, post: string, unit: string, subject?: string): string {
  const before = nameBefore(pre);
  if (subject !== undefined) return `${before.length + subject.length <= MAX_NAME ? before : ''}${subject}`;
  const after = MEASURES.has(unit) ? '' : nameAfter(post);
  if (after.length >= 2) {
    const verb = NAME_VERBS.exec(clean(pre));
    return verb && !after.startsWith(verb[1]!) ? `${verb[1]}${after}` : after;
  }
  return before.length >= 2 ? before : nameAfter(post);
}

/** A change with no name of its own (同比增长7.2%) is the change of what the figure before named. */
const CHANGE_ONLY = /^(?:提高|提升|增加|增长|降低|下降|减少)了?$/;
/** A deed with no name of its own (其中新增12所) counts the thing the figure before counted. */
const DEED_ONLY = /^(?:新增|新建|建成|完成|招聘|招收|培训|培养|认定|评选)$/;
/** The verbs a name of a count opens with, and 累计: what is left is the thing counted. */
const DEED_LEAD = /^(?:累计)?(?:新增|新建|改扩建|建成|完成|招聘|招收|培训|培养|认定|评选|建设|创建)*/;

/**
 * A name that is a verb alone, completed from the name of the figure before it in the same
 * sentence (`previous`): 教育经费投入 … 同比增长 → 教育经费投入增长; 累计建成示范校 … 新增 → 新增示范校.
 */
export function completeName(name: string, previous: string | undefined): string {
  if (previous === undefined || previous === '') return name;
  if (CHANGE_ONLY.test(name)) return `${previous}${name}`;
  const thing = previous.replace(DEED_LEAD, '');
  if (DEED_ONLY.test(name) && thing !== '') return `${name}${thing}`;
  return name;
}
