// The rules the twenty-second held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

describe('a section of the work over prose alone is an item, target or not (district-culture-2023, a 区文旅局 要点)', () => {
  const page = [
    '区文化和旅游局2023年工作要点',
    '2023年,是“十四五”规划中坚之年,XX区文化和旅游工作将以宣传贯彻党的XX大为主线,紧紧围绕“两区一堡”及“南北转型”战略要求,强化文旅赋能。',
    '一、高举旗帜,以党的XX大精神引领工作方向',
    '落实好局党组工作,深入学习宣传贯彻中国共产党第二十次全国代表大会精神,认真研究新思想、新观点、新论断,一以贯之抓好全局党员领导干部的学习,以党的XX大精神统领全局工作。',
    '二、保障供给,丰富优质多样公共文化产品',
    '1.创新开展公共文旅服务活动。持续举办好“市民文化节”“XX文化艺术季”“XX乡村艺术节”“金小博”“金文讲坛”等群文活动和赛事活动。',
    '2.创新文化供给新模式。落实文化“百千万”工程,建设本土文艺指导员资源库,以需求为导向,实施精准化配送。',
  ].join('\n');

  it('一、 over its paragraph is item 一, and 1. and 2. beside it are qualified by their section, 二-1, 二-2 (was: 一 reported as an empty section)', () => {
    expect(importedItems(page, 2023).map((i) => i.id)).toEqual(['一', '二-1', '二-2']);
  });

  it('a section that frames the plan (总体要求, Traditional 總體思路) over prose with no target is still no item', () => {
    expect(importedItems(page.replace('一、高举旗帜,以党的XX大精神引领工作方向', '一、总体要求'), 2023).map((i) => i.id)).toEqual(['1', '2']);
    expect(importedItems(page.replace('一、高举旗帜,以党的XX大精神引领工作方向', '一、總體思路'), 2023).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('a line that only says who answers for the section (总负责。 under a leader\'s heading, longwan-2023) is no item', () => {
    const led = page.replace('一、高举旗帜,以党的XX大精神引领工作方向', '一、夏禹桨区长牵头重点工作').replace(/落实好局党组工作.*统领全局工作。/, '总负责。');
    expect(importedItems(led, 2023).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('items run together on one line after a sentence\'s end (shiyan-emergency-2022, a 市应急管理局 要点)', () => {
  const page = [
    '十堰市应急管理局2022年工作要点',
    '一、大力推动体制机制改革',
    '(一)推动应急体系“十四五”规划落地实施。抓好规划宣传解读、责任分解工作,明确各年度重点任务。加强督办检查,将规划编制及落实情况纳入2022年全市安全生产、消防和防灾减灾救灾责任目标考核、安全生产巡查内容。(二)完善“三委三部”运行机制。推动市县调整做实应急管理委员会,进一步健全完善统一指挥、专常兼备、反应灵敏、上下联动、平战结合的应急管理体制。',
  ].join('\n');

  it('(二) after 内容。 on the line opening on (一) starts item 二 (was: one item 一 holding both)', () => {
    expect(importedItems(page, 2022).map((i) => i.id)).toEqual(['一', '二']);
    expect(importedItems(page.replace(/。\(二\)/, '。 (二)'), 2022).map((i) => i.id)).toEqual(['一', '二']);
  });

  it('so does one on the rest of (一)\'s paragraph after a page break (a viewer\'s copy, - 2 - between)', () => {
    expect(importedItems(page.replace('宣传解读、', '宣传解读、\n- 2 -\n'), 2022).map((i) => i.id)).toEqual(['一', '二']);
  });

  it('a mark that does not go on from the one in force, (三) after (一), or one after a comma, is the text\'s', () => {
    expect(importedItems(page.replace('(二)完善', '(三)完善'), 2022).map((i) => i.id)).toEqual(['一']);
    expect(importedItems(page.replace('内容。(二)完善', '内容,(二)完善'), 2022).map((i) => i.id)).toEqual(['一']);
  });
});
