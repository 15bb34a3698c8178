// The rules the nineteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

describe('labels made of a role, 责任 or 负责, and what they name (chuzhou-2020)', () => {
  const plan = [
    '滁州市人民政府关于2020年市政府重点工作及责任分解的通知',
    '    一、确保完成全年主要预期目标',
    '    1. 地区生产总值增长8%以上。',
    '    牵头负责领导:金力。',
    '    牵头责任单位:市发展改革委。',
    '    协同责任单位:市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等。',
  ].join('\n\n');

  it('牵头负责领导:金力 names the leader; 协同责任单位 the units working with the lead (was: no leader, only the lead unit)', () => {
    const [one] = importedItems(plan);
    expect(one?.leaders).toEqual(['金力']);
    expect(one?.lead).toEqual(['市发展改革委']);
    expect(one?.departments).toEqual(['市发展改革委', '市经信局', '市商务局', '市交通局', '市农业农村局', '滁州经开区管委会', '中新苏滁高新区管委会']);
  });
});

describe('kinds of place one character each listed under one 各: one collective name (chuzhou-2020)', () => {
  const plan = (units: string) => `滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n一、确保完成全年主要预期目标\n1. 财政收入增长8%左右。\n牵头责任单位:市财政局。\n协同责任单位:${units}。`;

  it('协同责任单位:市税务局、滁州海关…等,各县、市、区政府 — 各县市区政府, one unit (was: 各县政府, 各市政府, 各区政府)', () => {
    expect(importedItems(plan('市税务局、滁州海关、市人行等,各县、市、区政府'))[0]?.departments).toEqual(['市财政局', '市税务局', '滁州海关', '市人行', '各县市区政府']);
  });

  it('各乡、镇人民政府 is 各乡镇人民政府 as before; 各区、县(市)政府 (a kind with its gloss) still names two', () => {
    expect(importedItems(plan('各乡、镇人民政府'))[0]?.departments).toEqual(['市财政局', '各乡镇人民政府']);
    expect(importedItems(plan('各区、县(市)政府'))[0]?.departments).toEqual(['市财政局', '各区政府', '各县(市)政府']);
  });
});
