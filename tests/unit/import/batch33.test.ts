// The rules the thirty-third held-out batch asked for (专项 实施方案 and policy lists), each on lines of the real
// published text it came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

/** guangdong-graduates-2024's lines as published: a 行动方案 with no title line, 一、目标任务 framing it. */
const GUANGDONG_GRADUATES = [
  '为深入贯彻党中央、国务院关于做好高校毕业生就业工作的决策部署,认真落实省委、省政府有关工作要求,做好2024年高校毕业生就业创业工作,助力全省高质量发展,制定本行动方案。',
  '一、目标任务',
  '以习近平新时代中国特色社会主义思想为指导,深入贯彻党中央、国务院关于促进高校毕业生等青年就业决策部署,落实省委“1310”具体部署,把高校毕业生就业作为就业工作重中之重,坚持市场导向和政府促进并重、政策激励和服务助力并举、整体推进和重点帮扶并行,千方百计挖渠道、优服务、兜底线、强保障,努力确保高校毕业生就业水平总体稳定。',
  '二、主要措施',
  '(一)市场岗位拓展行动',
  '1.强化民营企业拓岗激励。出台支持民营经济壮大发展政策措施,实施“百城万企”民企高校携手促就业行动,对吸纳高校毕业生的市场主体按规定落实小微企业社保补贴等扶持政策。(完成时限:持续推进。责任部门:省教育厅、省财政厅、省人力资源社会保障厅、省市场监管局、省税务局、省工商联按职责分工负责)',
  '2.加大政府高校访企拓岗力度。深入开展高校书记校长访企拓岗促就业专项行动,压实各高校“两个100”走访任务。继续开展“人社局长千企行”活动,每市走访民营企业不少于100家,对贡献岗位的企业在毕业生引进、就业服务等方面给予重点支持。(完成时限:2024年8月。责任部门:省教育厅、省人力资源社会保障厅、各普通高等学校按职责分工负责)',
].join('\n');

describe('一、目标任务 over prose naming no number frames the plan (guangdong-graduates-2024)', () => {
  it('its prose is no item, so the measures keep their own numbers 1, 2 (was: item 一, then 二-一-1, 二-一-2)', () => {
    expect(importedItems(GUANGDONG_GRADUATES, 2024).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('the section is reported as holding no items', () => {
    const r = importPlan(GUANGDONG_GRADUATES, { year: 2024 });
    expect(r.warnings.some((w) => w.code === 'imp_sectionEmpty' && w.params?.title === '目标任务')).toBe(true);
  });

  it('a task under 二、目标任务 with a number of its own stays an item (xingning-business-2020)', () => {
    const page = [
      '一、总体要求',
      '以习近平新时代中国特色社会主义思想为指导,按照提升治理体系和治理能力现代化的要求,贯彻落实《优化营商环境条例》,坚持问题导向,对标国内先进水平。',
      '二、目标任务',
      '2020年底,城区开办企业、获得电力、登记财产、纳税、获得用水、获得用气、政务环境等特色指标力争进入市内前列。力争城区营商环境总体水平进入全市先进行列。',
      '(一)开办企业。开办企业0.5个工作日内完成。简化登记手续,配合自治区落实市场主体住所(经营场所)申报承诺制度改革。',
    ].join('\n');
    expect(importedItems(page, 2020)).toEqual([{ id: '一', departments: [], targets: [['at_most', 0.5, '个工作日', undefined]] }]);
  });
});
