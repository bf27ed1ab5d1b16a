// 2,851 regions, as many as China has at county level: a few real ones the tests ask for
// by name, code and parent, and the rest made up (their names never hold 东丽 or 天津,
// their codes start with 7, 8 or 9 as no real one does), each group of them under a made-up province and city.
import type { PickerRegion } from '../../demo/region-search.js';

export const REGION_COUNT = 2851;

const real = (code: string, name: string, nameEn: string, ...parents: string[]): PickerRegion => ({ key: code, code, name, nameEn, parents });

/** Tianjin's sixteen districts, in code order. */
export const TIANJIN: readonly PickerRegion[] = [
  ['120101', '和平区', 'Heping District'],
  ['120102', '河东区', 'Hedong District'],
  ['120103', '河西区', 'Hexi District'],
  ['120104', '南开区', 'Nankai District'],
  ['120105', '河北区', 'Hebei District'],
  ['120106', '红桥区', 'Hongqiao District'],
  ['120110', '东丽区', 'Dongli District'],
  ['120111', '西青区', 'Xiqing District'],
  ['120112', '津南区', 'Jinnan District'],
  ['120113', '北辰区', 'Beichen District'],
  ['120114', '武清区', 'Wuqing District'],
  ['120115', '宝坻区', 'Baodi District'],
  ['120116', '滨海新区', 'Binhai New Area'],
  ['120117', '宁河区', 'Ninghe District'],
  ['120118', '静海区', 'Jinghai District'],
  ['120119', '蓟州区', 'Jizhou District'],
].map(([code, name, en]) => ({ ...real(code!, name!, en!, '天津市'), parentsEn: ['Tianjin'] }));

const OTHERS: readonly PickerRegion[] = [
  real('110101', '东城区', 'Dongcheng District', '北京市'),
  real('110105', '朝阳区', 'Chaoyang District', '北京市'),
  real('110112', '通州区', 'Tongzhou District', '北京市'),
  real('130102', '长安区', '', '石家庄市', '河北省'),
  real('130104', '桥西区', '', '石家庄市', '河北省'),
  real('140302', '城区', 'Chengqu', '阳泉市', '山西省'),
  real('220104', '朝阳区', 'Chaoyang District', '长春市', '吉林省'),
  real('350502', '鲤城区', 'Licheng District', '泉州市', '福建省'),
  real('370405', '台儿庄区', 'Taierzhuang District', '枣庄市', '山东省'),
  real('620102', '城关区', 'Chengguan District', '兰州市', '甘肃省'),
];

/** Characters the made-up names are built of: none of 东, 丽, 天 or 津, nor 朝, 城, 河 or 北. */
const SYLLABLES = '安平宁和新兴永丰华阳山长清泉江湖溪岭林云龙凤德康乐福寿金石桥沙台青春明光泰';

function madeUp(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  return a + b;
}

/** The real regions first (Tianjin's, then the others), then made-up ones: ten counties a city, ten cities a province. */
export function manyRegions(): PickerRegion[] {
  const regions: PickerRegion[] = [...TIANJIN, ...OTHERS];
  for (let i = 0; regions.length < REGION_COUNT; i++) {
    const province = Math.floor(i / 100);
    const city = Math.floor(i / 10) % 10;
    const code = `${70 + province}${String(city + 1).padStart(2, '0')}${String((i % 10) + 1).padStart(2, '0')}`;
    regions.push({
      key: code,
      code,
      name: `${madeUp(i)}${i % 3 === 0 ? '县' : '区'}`,
      nameEn: i % 2 ? '' : `County ${i}`,
      parents: [`${madeUp(province * 10 + city + 7)}市`, `${madeUp(province + 300)}省`],
    });
  }
  return regions;
}
