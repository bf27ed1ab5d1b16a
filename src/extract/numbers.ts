/** Numbers as Chinese documents write them: 1,350, 97.05, 两, 十, 三十九, 一百, 百 (余), 三分之二. */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below ten thousand (十 is 10, 百 is 100, 三十九 is 39), or NaN. */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined) return NaN; // 二三: a list of digits, not a number
      digit = DIGITS[ch]!;
    } else if (ch in POWERS) {
      total += (digit ?? 1) * POWERS[ch]!;
      digit = undefined;
    } else return NaN;
  }
  return total + (digit ?? 0);
}

/** An Arabic or Chinese numeral (1,350 and 97.05; 两, 十, 一百), or NaN. */
export function numberValue(text: string): number {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  return chineseNumber(text);
}

/** 万 and 亿 multiply what comes before (5万 is 50,000); 千 after an Arabic numeral too (8千). */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** A number as the dataset writes it: no exponent, no float noise (0.1 + 0.2), at most four decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}
