import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { width, wrap } from '../../src/render/text.js';
import { runCli, SAMPLE, SEED, sampleText, tempPlans } from '../helpers.js';

// A line may break between Chinese characters, at a space, or between a number or a Latin word
// and Chinese text; never inside a number (2,000 · 95.5% · 10,000) or a Latin word (5G, WeChat,
// e-learning). `plan list` at 60 columns printed 培训职工10,00 | 0人次.

interface Sample {
  sections: { items: { title: string; text?: string }[] }[];
}
const sample = parse(readFileSync(SAMPLE, 'utf8')) as Sample;
const titles = sample.sections.flatMap((s) => s.items.map((i) => i.title));
const texts = sample.sections.flatMap((s) => s.items.map((i) => i.text ?? ''));
// Lines of the seed that hold a number or a Latin word (the published plan as scraped).
const seedLines = readFileSync(SEED, 'utf8').split('\n').filter((l) => /[0-9A-Za-z]/.test(l) && /[\u4e00-\u9fff]/.test(l));
const MIXED = ['全年举办职工技能竞赛2,000场次以上', '推进5G网络和千兆光网进企业进车间', '开展 Women in Tech 女职工技能提升行动', '建设WeChat小程序和App服务平台', '培训职工10,000人次,完成率达到95.5%以上', '搭建职工教育培训平台(含 e-learning 课程)'];

const WORD = /[!-~]+/g;

/** The words of a text that no line may cut (those narrower than the line). */
function cutWords(text: string, lines: string[], w: number): string[] {
  const joined = lines.join('\n');
  return [...text.matchAll(WORD)].map((m) => m[0]).filter((word) => width(word) <= w && !joined.includes(word));
}

describe('wrapping keeps numbers and Latin words whole', () => {
  it.each([
    ['sample titles', titles],
    ['sample item texts', texts],
    ['seed lines', seedLines],
    ['mixed titles', MIXED],
  ])('%s, at every width from 6 to 40', (_name, all) => {
    expect(all.length).toBeGreaterThan(3);
    for (const text of all) {
      for (let w = 6; w <= 40; w++) {
        const lines = wrap(text, w);
        for (const l of lines) expect(width(l), `${w}: ${lines.join('|')}`).toBeLessThanOrEqual(w);
        expect(lines.join('').replace(/ /g, ''), `${w}`).toBe(text.replace(/ /g, ''));
        expect(cutWords(text, lines, w), `${w}: ${lines.join('|')}`).toEqual([]);
      }
    }
  });

  it('breaks between Chinese characters, at spaces, never after an opening quote', () => {
    expect(wrap('培训职工10,000人次,完成率达到95.5%以上', 13)).toEqual(['培训职工', '10,000人次,完', '成率达到95.5%', '以上']);
    expect(wrap('开展 Women in Tech 女职工技能提升行动', 18)).toEqual(['开展 Women in Tech', '女职工技能提升行动']);
    expect(wrap('建设WeChat小程序和App服务平台', 12)).toEqual(['建设WeChat小', '程序和App服', '务平台']);
    expect(wrap('开展“产业工人队伍建设改革年”活动', 6)).toEqual(['开展', '“产业', '工人队', '伍建设', '改革', '年”活', '动']);
  });
});

/** The characters of a line between display columns [from, to). */
function columns(line: string, from: number, to: number): string {
  let at = 0;
  let out = '';
  for (const ch of line) {
    if (at >= from && at < to) out += ch;
    at += width(ch);
  }
  return out.trim();
}

describe('plan list in a 60, 80 and 120 column terminal', () => {
  it.each([60, 80, 120])('at %i columns, titles of the sample and titles mixing Chinese with numbers and English wrap whole', async (cols) => {
    let text = sampleText();
    const replaced = titles.slice(0, MIXED.length);
    replaced.forEach((title, i) => (text = text.replace(`title: ${title}\n`, `title: ${MIXED[i]!}\n`)));
    const { dir } = tempPlans(text);
    const r = await runCli(['list'], { cwd: dir, tty: true, columns: cols, env: { LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-07-01', NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(cols);
    const header = lines[0]!;
    const from = width(header.slice(0, header.indexOf('标题')));
    const after = header.indexOf('标题') + 2;
    const to = width(header.slice(0, after + header.slice(after).search(/\S/))) - 2;
    // Each row's title lines, joined: the title as written, every word of it on one line.
    const cells: string[][] = [];
    for (const l of lines.slice(1)) {
      if (/^ *\d+ /.test(l)) cells.push([]);
      cells.at(-1)?.push(columns(l, from, to));
    }
    const expected = [...MIXED, ...titles.slice(MIXED.length)];
    expect(cells.map((c) => c.join('').replace(/ /g, ''))).toEqual(expected.map((t) => t.replace(/ /g, '')));
    cells.forEach((c, i) => expect(cutWords(expected[i]!, c, to - from), c.join('|')).toEqual([]));
  });
});
