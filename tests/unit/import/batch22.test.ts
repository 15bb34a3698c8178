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
