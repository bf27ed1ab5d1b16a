/**
 * The theme of a figure, by keywords against the theme table in use. A theme's own name gives
 * keywords (学前教育 → 学前); a small vocabulary of the field adds the words documents use for it
 * (幼儿园, 普惠 for 学前), keyed by a word of the theme's name, so an analyst's table with other ids
 * and names still gets them where its names say the same.
 */
import type { Theme } from '../data/themes.js';

/** Words of a theme's name → words that documents use for that subject. */
const FIELD_WORDS: Readonly<Record<string, readonly string[]>> = {
  党: ['党员', '党建', '党组织', '入党', '党支部', '党风', '廉政'],
  德育: ['德育', '思政', '文明校园', '三全育人', '红色', '心理', '家庭教育', '班主任'],
  思政: ['思政', '思想政治'],
  体育: ['体质', '体育', '足球', '篮球', '锻炼', '竞赛', '运动', '近视', '视力'],
  美育: ['艺术', '美育', '合唱', '戏曲'],
  劳动: ['劳动'],
  健康: ['健康', '近视', '视力', '卫生', '防控'],
  教学: ['教研', '视导', '听课', '课程', '课标', '教学', '中考', '高考', '精品课', '金课', '学科'],
  学前: ['幼儿', '入园', '普惠', '学前', '保教'],
  义务: ['义务教育', '中小学', '课后服务', '双减', '学位', '集团', '共同体', '小学', '初中', '培训机构'],
  高中: ['高中', '普通高中'],
  职业: ['职业', '职教', '专业', '实训', '证书', '冠名班', '大师工作室', '产教', '中职'],
  特殊: ['特殊教育', '特教', '残疾', '融合教育', '自闭症', '随班就读'],
  终身: ['终身', '老年', '社区教育', '市民', '学习型'],
  教师: ['教师', '校长', '骨干', '名师', '师德', '轮岗', '招聘', '干部', '班主任'],
  安全: ['安全', '事故', '消防', '食品', '应急', '隐患', '欺凌', '防溺水', '明厨亮灶'],
  民生: ['资助', '贷款', '帮扶', '援', '困难', '子女入学', '随迁'],
  服务: ['资助', '帮扶', '援'],
  信息: ['信息化', '智慧', '监控', '网络', '数字', '平台', '电教'],
  治理: ['督导', '督学', '法治', '普法', '建议', '提案', '保密', '泄密', '章程', '政务'],
  保障: ['项目', '经费', '投入', '配套', '预算', '资金', '校舍', '建设'],
};
const NAME_JOINERS = /与|和|及|、|,/;

/** A theme's keywords: the words of its name (two characters or more) and the field's words for them. */
function keywords(theme: Theme): string[] {
  const name = theme.name['zh-CN'];
  const own = name.split(NAME_JOINERS).flatMap((part) => {
    const word = part.replace(/教育$|工作$/, '');
    return word.length >= 2 ? [word] : [];
  });
  const field = Object.entries(FIELD_WORDS).flatMap(([key, words]) => (name.includes(key) ? words : []));
  return [...new Set([...own, ...field])];
}

export interface ThemeChoice {
  readonly id: string;
  readonly keyword: string;
}

/**
 * The theme whose keywords weigh most in the indicator's name (most), its clause and its
 * item's headings (least); ties go to the table's order; no keyword at all, no theme.
 */
export function matchTheme(themes: readonly Theme[], name: string, clause: string, context: string): ThemeChoice | undefined {
  let best: ThemeChoice | undefined;
  let bestScore = 0;
  for (const theme of themes) {
    let score = 0;
    let strongest = '';
    let strongestWeight = 0;
    for (const word of keywords(theme)) {
      const weight = (name.includes(word) ? 4 : 0) + (clause.includes(word) ? 2 : 0) + (context.includes(word) ? 1 : 0);
      score += weight;
      if (weight > strongestWeight) {
        strongest = word;
        strongestWeight = weight;
      }
    }
    if (score > bestScore) {
      best = { id: theme.id, keyword: strongest };
      bestScore = score;
    }
  }
  return best;
}
