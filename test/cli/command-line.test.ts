// The edu-progress command as an analyst runs it: built as `npm run build:cli` builds it, run in Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = new URL('../..', import.meta.url).pathname;
let dir: string;
let cli: string;

beforeAll(() => {
  // Inside node_modules, so that the bundle finds d3-dsv as an installed package would.
  mkdirSync(join(repo, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(join(repo, 'node_modules/.cache/edu-progress-cli-'));
  cli = join(dir, 'edu-progress.js');
  // The build script, with its output sent here: the same bundle a user's npx runs.
  execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { build } from 'esbuild';
    await build({ entryPoints: ['${repo}src/cli/edu-progress.ts'], outfile: '${cli}', bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  `], { cwd: repo });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], lang = 'en_US.UTF-8') =>
  spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, LANG: lang, LC_ALL: '' } });

describe('edu-progress (the command line)', () => {
  it('packs a dataset and checks the pack, saying so and exiting 0', () => {
    const out = join(dir, 'pack');
    const packed = run(['pack', 'data/indicators.csv', out]);
    expect(packed.status).toBe(0);
    expect(packed.stdout).toMatch(/^Packed 201 rows into 4 region files and 147 indicator files in /);
    expect(packed.stderr).toMatch(/Reading: 201 rows/);
    const checked = run(['pack', '--check', out], 'zh_CN.UTF-8');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('数据包完好');
  }, 60_000);

  it('lists located problems in the terminal\'s language, exits 1 and writes nothing', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'region,year,indicator,kind,value\n东丽区,2022,x,target,80%\n');
    const result = run(['pack', bad, join(dir, 'never')], 'zh_CN.UTF-8');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('第 2 行第 5 列：');
    expect(result.stderr).toContain('没有写出任何文件');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  }, 60_000);

  it('extracts a draft from a document: the CSV on stdout, a summary line on stderr in the terminal\'s language', () => {
    const doc = join(dir, 'plan.txt');
    writeFileSync(doc, '青湖区2024年教育工作要点\n\n1.学前教育。新增学前学位800个，普惠率由80%提高到85%，新建幼儿园1-2所。\n');
    const result = run(['extract', doc, '--reference', 'data/indicators.csv', '--themes', 'data/themes.csv']);
    expect(result.status).toBe(0);
    const [header, ...lines] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^\ufeffregion_code,region,.*,source_en,confidence,reason$/);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain(',preschool,new_preschool_places,新增学前学位,个,target,800,,higher,青湖区2024年教育工作要点,第1条,');
    expect(result.stderr).toBe('青湖区2024年教育工作要点: 4 draft rows (3 targets, 0 actuals, 1 baselines), 0 of low confidence to check first.\n');
    expect(run(['extract', doc], 'zh_CN.UTF-8').stderr).toContain('提取 4 行草稿（目标 3、实际 0、基线 1）');
  }, 60_000);

  it('shows the usage and exits 2 when extract is given no document, an unknown option or a missing file', () => {
    expect(run(['extract']).status).toBe(2);
    const unknown = run(['extract', 'a.txt', '--wrong']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('edu-progress extract <document>');
    const missing = run(['extract', 'nowhere.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('No such file');
  }, 60_000);

  it('shows its usage and exits 2 for a command it does not know or a missing file', () => {
    expect(run(['--help']).status).toBe(0);
    const wrong = run(['unpack']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Unknown command or option: unpack');
    expect(run(['pack', 'nowhere.csv', join(dir, 'x')]).stderr).toContain('No such file');
  }, 60_000);
});
