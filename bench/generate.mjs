// Deterministic synthetic datasets in the edu-progress format (README "The dataset format"):
// ~2,800 county regions, ten years (2016-2025), 40 indicators over the twelve themes, kinds target/actual.
// Writes bench/.cache/synthetic-<rows>.csv (UTF-8) and synthetic-<rows>.gbk.csv (GBK, via iconv-lite when present).
// Same rows every run: no Math.random, only a fixed stride through the key space and a hash for values.
// Usage: node bench/generate.mjs [rows...]   (default 10000 100000 1000000); skips files that exist.
//        node bench/generate.mjs national     the national file (below), made once.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE = fileURLToPath(new URL('./.cache/', import.meta.url));
export const REGIONS = 2800;
export const YEARS = 10;
export const YEAR0 = 2016;
export const INDICATORS = 40;
const KINDS = ['target', 'actual'];
const THEMES = [
  'party_building', 'moral_education', 'holistic_education', 'teaching_quality', 'preschool', 'compulsory',
  'high_school_vocational', 'special_lifelong', 'teachers', 'safety_services', 'digital', 'governance_funding',
];
const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '山东省', '福建省', '浙江省', '江苏省', '广东省', '四川省', '湖南省', '河南省', '云南省', '甘肃省'];
const UNITS = ['%', '个', '所', '名', '万元', '场', '课时', '项'];

/** The region every bench chart shows: region index 0 (full data for it in every file). */
export const BENCH_REGION = '样例区0000';
export const BENCH_INDICATOR = 'ind_00';

function hash(a, b, c, d) {
  let h = 2166136261 ^ a;
  h = Math.imul(h ^ b, 16777619);
  h = Math.imul(h ^ c, 16777619);
  h = Math.imul(h ^ d, 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

function indicatorInfo(i) {
  const percent = i % 2 === 0;
  return {
    id: `ind_${String(i).padStart(2, '0')}`,
    name: `样例指标${String(i).padStart(2, '0')}${percent ? '达标率' : '数量'}`,
    unit: percent ? '%' : UNITS[1 + (i % (UNITS.length - 1))],
    theme: THEMES[i % THEMES.length],
    direction: i % 10 === 9 ? 'lower' : 'higher',
    percent,
  };
}

function row(r, year, ind, kind) {
  const info = indicatorInfo(ind);
  const code = String(100000 + r * 7);
  const name = `样例区${String(r).padStart(4, '0')}`;
  const parent = `${PROVINCES[r % PROVINCES.length]}样例市${Math.floor(r / 10)}`;
  const y = YEAR0 + year;
  const u = hash(r, year, ind, kind);
  const value = info.percent ? (kind === 0 ? 60 + Math.floor(u * 40) : Math.round((50 + u * 50) * 10) / 10) : Math.floor(5 + u * 1000);
  const doc = kind === 0 ? `${name}${y}年教育工作要点` : `${name}${y}年教育工作总结`;
  const item = `第${1 + ((ind * 3 + year) % 30)}条`;
  const excerpt = `${info.name}${kind === 0 ? '力争达到' : '达到'}${value}${info.unit}`;
  return `${code},${name},${parent},${y},${info.theme},${info.id},${info.name},${info.unit},${KINDS[kind]},${value},,${info.direction},${doc},${item},${excerpt}`;
}

const HEADER = 'region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt';
const PER_REGION = YEARS * INDICATORS * KINDS.length;
const FULL_REGIONS = 3;

function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The CSV text of `rows` rows: regions 0-2 in full, the rest a fixed stride through the remaining keys (no key twice). */
export function datasetText(rows) {
  const lines = [HEADER];
  const decode = (k, regionBase) => {
    const kind = k % 2;
    k = (k - kind) / 2;
    const ind = k % INDICATORS;
    k = (k - ind) / INDICATORS;
    const year = k % YEARS;
    const r = regionBase + (k - year) / YEARS;
    return row(r, year, ind, kind);
  };
  const full = Math.min(rows, FULL_REGIONS * PER_REGION);
  for (let k = 0; k < full; k++) lines.push(decode(k, 0));
  const space = (REGIONS - FULL_REGIONS) * PER_REGION;
  let step = 1_000_003;
  while (gcd(step, space) !== 1) step += 2;
  for (let j = 0, k = 0; j < rows - full; j++, k = (k + step) % space) lines.push(decode(k, FULL_REGIONS));
  return `${lines.join('\n')}\n`;
}

export const SIZES = [10_000, 100_000, 1_000_000];
export const file = (rows, gbk = false) => join(CACHE, `synthetic-${rows}${gbk ? '.gbk' : ''}.csv`);

/** iconv-lite (a transitive dependency) or undefined: Node has no GBK encoder of its own. */
export function iconv() {
  try {
    return createRequire(import.meta.url)('iconv-lite');
  } catch {
    return undefined;
  }
}

export function generate(sizes = SIZES, log = console.log) {
  mkdirSync(CACHE, { recursive: true });
  const encoder = iconv();
  for (const rows of sizes) {
    if (existsSync(file(rows)) && (!encoder || existsSync(file(rows, true)))) continue;
    const t = performance.now();
    const text = datasetText(rows);
    writeFileSync(file(rows), text);
    if (encoder) writeFileSync(file(rows, true), encoder.encode(text, 'gbk'));
    log(`generated ${rows} rows (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB) in ${Math.round(performance.now() - t)} ms${encoder ? ', with a GBK copy' : ', no GBK copy (iconv-lite missing)'}`);
  }
}


// ---------------------------------------------------------------- the national file (issue 12 §3)
// 2,851 county-level regions of 31 provinces (real province codes and names; cities and counties
// with generated two-character names, unique, and codes province 2 digits + city 2 + county 2:
// districts 01-, counties 21-, county-level cities 81-), parent = the city (for the four
// municipalities, the municipality), 150 indicators over the twelve themes, 2016-2025, a target
// and an actual each: 8,553,000 rows, about 1.9 GB of UTF-8. Rows in the order a yearly national
// collection would append them: year, then region, then indicator, target before actual.
// Written as it is made (a few MB at a time) to bench/.cache/national.csv; made again only when
// missing or when what makes its rows changed (national.csv.stamp: a SHA-256 of those tables and functions).
export const NATIONAL_REGIONS = 2851;
export const NATIONAL_INDICATORS = 150;
export const nationalFile = () => join(CACHE, 'national.csv');
/** Where npm run bench packs it (served as /cache/national-pack/). */
export const nationalPack = () => join(CACHE, 'national-pack');
/** What the national benches draw: a gauge of a Tianjin district, as the bundled gauge shows 东丽区 (120110 in both). */
export const NATIONAL_GAUGE = { region: '120110', indicator: 'preschool_02' };
const NATIONAL_HEADER = 'region_code,region,parent,year,theme,indicator_id,indicator,unit,kind,value,value_max,direction,source,source_item,excerpt';

/** Province code, name, counties (close to the real counts, 2,851 in all), cities (0 = a municipality). */
const NATIONAL_PROVINCES = [
  [11, '北京市', 16, 0], [12, '天津市', 16, 0], [13, '河北省', 168, 11], [14, '山西省', 117, 11], [15, '内蒙古自治区', 103, 12],
  [21, '辽宁省', 100, 14], [22, '吉林省', 60, 9], [23, '黑龙江省', 128, 13], [31, '上海市', 16, 0], [32, '江苏省', 96, 13],
  [33, '浙江省', 90, 11], [34, '安徽省', 104, 16], [35, '福建省', 84, 9], [36, '江西省', 100, 11], [37, '山东省', 136, 16],
  [41, '河南省', 157, 17], [42, '湖北省', 103, 13], [43, '湖南省', 122, 14], [44, '广东省', 122, 21], [45, '广西壮族自治区', 111, 14],
  [46, '海南省', 25, 4], [50, '重庆市', 38, 0], [51, '四川省', 183, 21], [52, '贵州省', 88, 9], [53, '云南省', 129, 16],
  [54, '西藏自治区', 74, 7], [61, '陕西省', 107, 10], [62, '甘肃省', 86, 14], [63, '青海省', 44, 8], [64, '宁夏回族自治区', 22, 5],
  [65, '新疆维吾尔自治区', 106, 14],
];
const PLACE_CHARS = '安宁平阳山河江城丰华清林泉源兴新东西南北永长青白石金云龙凤德昌盛和乐福寿泰康庆嘉海湖川岭峰溪桥台沙田原武文明光远定广开瑞化临望崇通荣富隆仁义信建成吉祥';

/**
 * The indicators of each theme: name|unit|low-high (the range of a typical value)|lower (lower is better).
 * 13 a theme; the national file takes 150 of them, theme by theme in turn.
 */
const NATIONAL_INDICATOR_TABLE = {
  party_building: '中小学校党组织书记专职配备率|%|70-100 学校党组织覆盖率|%|85-100 党员教师占比|%|20-45 党支部标准化建设达标率|%|75-100 党建示范校|所|1-12 党员志愿服务活动|场|10-200 教师党员发展|名|5-60 党建品牌创建项目|项|1-15 党风廉政教育覆盖率|%|85-100 意识形态工作责任制落实率|%|90-100 党组织书记培训|人次|20-300 党建带团建队建达标率|%|80-100 党员教师示范岗|个|5-120',
  moral_education: '思政课专职教师配备率|%|70-100 思政名师工作室|个|1-15 中小学德育基地|个|1-20 研学实践活动参与率|%|60-100 心理健康教育专职教师配备率|%|50-100 家长学校覆盖率|%|75-100 少先队活动课开课率|%|85-100 文明校园|所|2-40 思政课示范课|节|5-120 法治副校长配备率|%|80-100 学生心理健康筛查覆盖率|%|80-100 红色教育实践活动|场|10-300 优秀班主任|名|5-80',
  holistic_education: '学生体质健康合格率|%|85-98 学生体质健康优良率|%|40-70 儿童青少年近视率|%|35-60|lower 中小学生肥胖率|%|6-16|lower 校内体育活动每天一小时达标率|%|80-100 艺术课程开足开齐率|%|85-100 劳动教育实践基地|个|1-25 校园足球特色学校|所|2-40 学生艺术展演参与人数|人|200-8000 体育场地向社会开放学校|所|5-120 美育特色学校|所|1-25 劳动教育课时|课时|20-60 视力健康筛查覆盖率|%|85-100',
  teaching_quality: '义务教育质量监测达标率|%|75-98 普通高考本科上线率|%|40-90 学科教研基地|个|1-20 课堂教学改革示范校|所|1-25 作业公示制度落实率|%|80-100 优质课评选获奖|名|5-120 教学成果奖|项|1-20 专职教研员|名|5-80 学业水平考试合格率|%|85-99 课后服务参与率|%|60-98 校本课程开发|门|10-300 集体备课覆盖率|%|80-100 教学视导学校|所|10-150',
  preschool: '学前三年毛入园率|%|85-99 普惠性幼儿园覆盖率|%|75-95 公办园在园幼儿占比|%|40-70 新建改扩建幼儿园|所|1-20 新增学前教育学位|个|90-3000 幼儿园专任教师持证率|%|80-100 省级示范幼儿园|所|1-15 托幼一体化试点园|所|1-12 保教质量评估达标率|%|75-100 学前教育集团|个|1-12 幼儿园大班额比例|%|0-10|lower 普惠性民办园补助资金|万元|50-3000 幼儿园园长培训|人次|20-300',
  compulsory: '九年义务教育巩固率|%|95-100 义务教育优质均衡达标率|%|60-100 义务教育大班额比例|%|0-8|lower 新建中小学校|所|1-15 新增义务教育学位|个|450-9000 随迁子女公办学校就读比例|%|75-98 集团化办学覆盖率|%|40-90 校长教师交流轮岗比例|%|10-25 义务教育标准化学校达标率|%|85-100 控辍保学劝返复学|人|0-40|lower 寄宿制学校改造|所|1-15 课后服务学校覆盖率|%|90-100 学区化管理覆盖率|%|50-100',
  high_school_vocational: '高中阶段毛入学率|%|88-99 新建普通高中|所|0-5 职业院校毕业生就业率|%|85-99 双师型教师占比|%|40-75 产教融合实训基地|个|1-15 中职学生技能大赛获奖|项|2-60 校企合作企业|家|10-200 特色普通高中|所|1-10 选课走班覆盖率|%|60-100 职业技能等级证书获取率|%|50-95 中职学校办学条件达标率|%|70-100 现代学徒制试点专业|个|1-15 高中新课程新教材示范校|所|1-8',
  special_lifelong: '残疾儿童少年义务教育入学率|%|90-99 特殊教育资源教室|个|5-80 送教上门学生|人|10-200 社区教育学习点|个|10-300 老年大学学员|人|300-12000 特殊教育专任教师|名|10-150 融合教育示范校|所|1-15 社区教育参与率|%|30-70 终身学习品牌项目|项|1-20 融合教育资源中心|个|1-8 老年教育参与率|%|10-35 学习型社区|个|2-60 特殊教育学校办学达标率|%|80-100',
  teachers: '中小学教师本科以上学历比例|%|70-98 研究生学历教师比例|%|3-25 骨干教师|名|30-800 新招聘教师|名|20-900 教师全员培训完成率|%|90-100 名校长名师工作室|个|2-40 乡村教师生活补助覆盖率|%|90-100 县管校聘改革覆盖率|%|60-100 高级职称教师比例|%|8-30 师德师风考核合格率|%|95-100 教师继续教育学时|学时|60-120 交流轮岗教师|人|20-600 青年教师培养对象|名|20-400',
  safety_services: '校园安全事故|起|0-6|lower 一键报警覆盖率|%|85-100 专职保安配备率|%|85-100 食堂明厨亮灶覆盖率|%|85-100 学生资助资金|万元|200-9000 资助学生|人次|500-40000 营养改善计划覆盖率|%|80-100 校车安全检查|次|4-60 防溺水教育覆盖率|%|95-100 校园周边环境整治|次|4-80 平安校园达标率|%|85-100 消防应急疏散演练|场|20-600 学生意外伤害保险覆盖率|%|85-100',
  digital: '智慧校园达标率|%|30-90 多媒体教室覆盖率|%|85-100 校园千兆网络覆盖率|%|50-100 数字教育资源|条|500-30000 教师信息技术应用能力提升合格率|%|85-100 智慧课堂示范校|所|1-20 国家智慧教育平台注册率|%|70-100 人工智能教育试点校|所|1-15 在线精品课程|门|5-200 信息化教学能手|名|5-100 教育数据平台接入学校|所|20-400 创客教室|间|2-80 网络安全等级保护达标率|%|70-100',
  governance_funding: '教育经费总投入|万元|20000-400000 生均公用经费|元|600-2500 教育支出占一般公共预算比例|%|12-25 督导评估学校|所|10-300 依法治校示范校|所|1-15 督导问题整改率|%|85-100 学校章程修订完成率|%|80-100 校舍维修改造资金|万元|100-20000 责任督学挂牌督导覆盖率|%|95-100 民办学校年检合格率|%|85-100 教育信访事项按期办结率|%|90-100 政务公开事项|项|20-300 群众教育满意度|%|80-98',
};

/** mulberry32: a small seeded PRNG, the same numbers on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 150 indicators: id (theme_nn), name, unit, theme, direction and the range of a typical value. */
export function nationalIndicators() {
  const byTheme = THEMES.map((theme) => NATIONAL_INDICATOR_TABLE[theme].split(' ').map((spec, n) => {
    const [name, unit, range, lower] = spec.split('|');
    const [low, high] = range.split('-').map(Number);
    return { id: `${theme}_${String(n + 1).padStart(2, '0')}`, name, unit, theme, direction: lower ? 'lower' : 'higher', low, high };
  }));
  return Array.from({ length: NATIONAL_INDICATORS }, (_, i) => byTheme[i % THEMES.length][Math.floor(i / THEMES.length)]);
}

/** The 2,851 regions: code, name, parent (the city), province, and a size that scales counts. */
export function nationalRegions() {
  const random = prng(20160101);
  const used = new Set();
  const placeName = (suffix) => {
    for (;;) {
      const a = PLACE_CHARS[Math.floor(random() * PLACE_CHARS.length)];
      const b = PLACE_CHARS[Math.floor(random() * PLACE_CHARS.length)];
      const name = `${a}${b}${suffix}`;
      if (a !== b && !used.has(`${a}${b}`)) {
        used.add(`${a}${b}`);
        return name;
      }
    }
  };
  const regions = [];
  for (const [code, province, counties, cities] of NATIONAL_PROVINCES) {
    used.add(province.slice(0, 2));
    // Counties shared among the cities by random weights, at least three a city.
    const weights = Array.from({ length: Math.max(cities, 1) }, () => 0.5 + random());
    const sum = weights.reduce((a, b) => a + b, 0);
    const share = weights.map((w) => 3 + Math.floor(((counties - 3 * weights.length) * w) / sum));
    for (let left = counties - share.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) share[i % share.length]++;
    share.forEach((n, c) => {
      const city = cities === 0 ? province : placeName('市');
      const next = { 区: cities === 0 ? 1 : 2, 县: 21, 市: 81 };
      for (let k = 0; k < n; k++) {
        const u = random();
        const kind = cities === 0 || k < 2 || u < 0.3 ? '区' : u < 0.88 ? '县' : '市';
        regions.push({
          code: `${code}${String(c + 1).padStart(2, '0')}${String(next[kind]++).padStart(2, '0')}`,
          name: placeName(kind),
          parent: city,
          size: 0.3 + 1.7 * random() * random(),
        });
      }
    });
  }
  if (regions.length !== NATIONAL_REGIONS) throw new Error(`national regions: ${regions.length}, not ${NATIONAL_REGIONS}`);
  return regions;
}

/** A trend of one indicator across 30 regions: the first 30 counties of 河北省. */
export const nationalTrend = () => ({
  regions: nationalRegions().filter((r) => r.code.startsWith('13')).slice(0, 30).map((r) => r.code),
  indicator: NATIONAL_GAUGE.indicator,
});

const YEARS_NATIONAL = Array.from({ length: YEARS }, (_, i) => YEAR0 + i);
const oneDecimal = (x) => String(Math.round(x * 10) / 10);

/**
 * Rows of one region and year, every indicator, target then actual. Values follow a path per
 * region and indicator: a level in the indicator's range that improves over the years; the
 * target is a round figure a little ahead of it, the actual near it (some miss the target).
 */
function nationalRowsOf(region, r, year, indicators, out) {
  const y = year - YEAR0;
  const plan = `${region.parent}${region.name}${year}年教育工作要点`;
  const report = `${region.parent}${region.name}${year}年教育事业发展统计公报`;
  indicators.forEach((ind, i) => {
    const path = prng((r + 1) * 7919 + i * 104729);
    const level = path();
    const drift = (path() - 0.3) * 0.04;
    const noise = prng((r + 1) * 15485863 + i * 32452843 + y * 49979687)();
    const span = ind.high - ind.low;
    const progress = Math.min(1, Math.max(0, level + drift * y * (ind.direction === 'lower' ? -1 : 1)));
    let target;
    let actual;
    let excerptTarget;
    let excerptActual;
    if (ind.unit === '%') {
      const at = ind.low + span * progress;
      target = Math.min(100, Math.max(0, Math.round(at + (ind.direction === 'lower' ? -1 : 1) * span * 0.05)));
      actual = Math.min(100, Math.max(0, Math.round((at + (noise - 0.5) * span * 0.12) * 10) / 10));
      excerptTarget = ind.direction === 'lower' ? `${ind.name}控制在${target}%以内` : `${ind.name}力争达到${target}%以上`;
      excerptActual = `全年${ind.name}${actual}%`;
    } else {
      const scale = ind.high >= 1000 ? region.size : Math.sqrt(region.size);
      const at = (ind.low + span * progress) * scale;
      target = Math.max(0, Math.round(at * 1.05));
      actual = Math.max(0, Math.round(at * (0.9 + noise * 0.2)));
      excerptTarget = ind.direction === 'lower' ? `${ind.name}不超过${target}${ind.unit}` : `${ind.name}达到${target}${ind.unit}`;
      excerptActual = `全年${ind.name}${actual}${ind.unit}`;
    }
    const head = `${region.code},${region.name},${region.parent},${year},${ind.theme},${ind.id},${ind.name},${ind.unit},`;
    out.push(`${head}target,${target},,${ind.direction},${plan},第${1 + (i % 40)}条,${excerptTarget}`);
    out.push(`${head}actual,${oneDecimal(actual)},,${ind.direction},${report},表${1 + Math.floor(i / 13)},${excerptActual}`);
  });
}

/** Writes the national file a region-year at a time, a few MB per write; returns its size in bytes. */
export function writeNational(path = nationalFile(), log = console.log) {
  mkdirSync(CACHE, { recursive: true });
  const t = performance.now();
  const regions = nationalRegions();
  const indicators = nationalIndicators();
  const part = `${path}.part`;
  const fd = openSync(part, 'w');
  let bytes = writeSync(fd, `${NATIONAL_HEADER}\n`);
  let rows = 0;
  let lines = [];
  for (const year of YEARS_NATIONAL) {
    regions.forEach((region, r) => {
      nationalRowsOf(region, r, year, indicators, lines);
      if (lines.length >= 20_000 || r === regions.length - 1) {
        rows += lines.length;
        bytes += writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    });
  }
  closeSync(fd);
  renameSync(part, path);
  log(`generated the national file: ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e9).toFixed(2)} GB in ${Math.round((performance.now() - t) / 1000)} s`);
  return bytes;
}

/** What the national rows are made from (tables and code): the file is made again when any of it changes. */
function nationalRecipe() {
  const code = [prng, nationalIndicators, nationalRegions, nationalRowsOf, oneDecimal, writeNational].map(String);
  const tables = [NATIONAL_HEADER, NATIONAL_PROVINCES, PLACE_CHARS, NATIONAL_INDICATOR_TABLE, THEMES, YEAR0, YEARS, NATIONAL_INDICATORS];
  return createHash('sha256').update(JSON.stringify([tables, code])).digest('hex');
}

/** The national file, made once: again only when missing or when its recipe changed (national.csv.stamp). */
export function generateNational(log = console.log) {
  const path = nationalFile();
  const stamp = `${path}.stamp`;
  const source = nationalRecipe();
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === source) return path;
  rmSync(stamp, { force: true });
  writeNational(path, log);
  writeFileSync(stamp, source);
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('national')) generateNational();
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  if (sizes.length || !process.argv.includes('national')) generate(sizes.length ? sizes : SIZES);
}
