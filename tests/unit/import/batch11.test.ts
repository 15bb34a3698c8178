// The rules the eleventh held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then). Four of its
// eight pages were news reports announcing 民生实事 with no formal title line: the importer takes the
// title and the year as a reader does (the sentence naming the plan, the lead's year), says so, and
// still refuses what holds no plan.
import { describe, expect, it } from 'vitest';
import { ImportError, importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('batch 11 (fixerd): a notice handing out tasks, a table with cells split by spaces, numbers in Chinese', () => {
  describe('a notice that hands out the tasks themselves, 目标任务责任分解给你们, in Traditional characters (shishi-notice-2025)', () => {
    const page = [
      '- 發布機構:石獅市人民政府辦公室',
      '- 標題:石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知',
      '- 備注/文號:獅政辦〔2025〕1號',
      '各鎮人民政府、街道辦事處,石獅高新技術產業開發區管委會,市直各單位,上級駐石有關單位,市屬有關國有企業:',
      '2025年是“十四五”規劃的收官之年,也是為“十五五”發展打好基礎的關鍵之年。市八屆人大四次會議審議通過的《政府工作報告》,確定了2025年全市經濟社會發展主要目標任務,對2025年市政府工作作出了總體部署。為進一步明確任務、夯實責任,確保全年各項目標任務圓滿完成,現將2025年市《政府工作報告》目標任務責任分解給你們,請各單位認真對照任務,細化措施,抓好落實。有關事項通知如下:',
      '一、提高認識,壓實責任。2025年市《政府工作報告》是做好政府各項工作的指導性文件,是經市八屆人大四次會議審議通過的“法定作業”,各鎮(街道)、各部門要切實提高思想認識,主動認領、對號入座,確保各項目標任務不折不扣完成。',
      '二、細化措施,合力推進。各鎮(街道)、各部門要對照目標,細化任務分解,加強分工協作,形成狠抓落實的強大合力。對涉及宏觀指標性的任務,各牽頭單位要加強監測和分析,及時向市政府提出相應措施建',
    ].join('\n');

    it('is refused as notice-only, naming the tasks its 標題 line hands out (was: a plan of items 一、 and 二、)', () => {
      expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2025年市〈政府工作報告〉目標任務責任分解' } });
    });

    it('the same notice followed by its tasks imports them, not its requirements', () => {
      const plan = [page.replace(/提出相應措施建$/, '提出相應措施建議。'), '石獅市人民政府辦公室', '2025年1月24日', '2025年市《政府工作報告》目標任務責任分解', '1.地區生產總值增長6%左右。(牽頭單位:市發改局)'].join('\n');
      expect(importedItems(plan).map((i) => i.id)).toEqual(['1']);
    });
  });
  describe('a progress table copied with one space between cells (cq-district-2025)', () => {
    const page = [
      '您当前的位置:首页>政务公开>政府信息公开目录>政府工作报告执行情况',
      '',
      '《2025年区政府工作报告目标任务上半年推进情况汇总表》',
      '',
      '时间:2025-09-19 来源:政府办',
      '【字体: 打印',
      '2025年区政府工作报告目标任务上半年推进情况汇总表',
      '序号 目标任务 责任单位 上半年推进情况',
      '一、经济社会发展主要预期目标',
      '1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。',
      '2 第一产业增加值增长5%。 区农业农村委',
      '区林业局',
      '区供销联社',
      '区畜牧业发展中心',
      '第一产业增加值同比增长3.4%。',
      '3 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。',
      '二、重点工作',
      '(一)以创建国家高新区为抓手,更大力度推动科技创新',
      '10 实施高能级创新平台建设行动,启动创建国家高能级科技型企业孵化器。 区科技局 全面启动国家高新区创建工作,对升级国家高新区“门槛”指标、定量指标、定性指标进行深入梳理和自评;汇编升级国家高新区申报资料。',
      '11 加快推进智能网联新能源汽车零部件产业发展行动计划。 区经济信息委 智能网联新能源汽车',
    ].join('\n');

    it('takes the headline that is one book title with a year for the title (was: "no title line found")', () => {
      const r = importPlan(page);
      expect(r.plan.title).toBe('2025年区政府工作报告目标任务上半年推进情况汇总表');
      expect(r.plan.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    });

    it('reads each line as a row cut at its spaces, units one a line joining their row, the progress column left out', () => {
      expect(importedItems(page).map((i) => [i.id, i.departments, i.targets.map(([k, t, u]) => `${k} ${t}${u}`)])).toEqual([
        ['1', ['区发展改革委'], ['level 6%']],
        ['2', ['区农业农村委', '区林业局', '区供销联社', '区畜牧业发展中心'], ['level 5%']],
        ['3', ['区经济信息委'], ['level 3.5%']],
        ['10', ['区科技局'], []],
        ['11', ['区经济信息委'], []],
      ]);
      // The headings between the rows stay headings: 一、 and 二、 with (一) under it.
      expect(importPlan(page).plan.sections.map((s) => s.id)).toEqual(['一', '二']);
    });

    it('leaves a line of words with spaces alone when its first word is no 序号 or a word is no header word', () => {
      const prose = page.replace('序号 目标任务 责任单位 上半年推进情况', '序号 目标任务 由以下单位 负责');
      expect(importedItems(prose, 2025).map((i) => i.id)).not.toContain('1');
    });
  });

  describe('a 民生实事 list handed out by a notice, one cell per line (yangxian-2024)', () => {
    const head = [
      '洋政發〔2024〕8號',
      '洋縣人民政府',
      '關于印發洋縣2024年十大民生實事項目的通知',
      '各鎮人民政府、街道辦事處,縣政府各工作部門、直屬事業單位,市管單位:',
      '《洋縣2024年十大民生實事項目》已經洋縣第十八屆人民代表大會第三次會議投票表決通過,現印發給你們,請相關單位精心組織實施,確保按時完成。',
      '附件:洋縣2024年十大民生實事項目清單',
      '洋縣人民政府',
      '2024年4月2日',
      '附件:',
      '|',
      '洋縣2024年十大民生實事項目清單 |',
      '||||||',
      '|',
      ...['序號', '項目名稱', '建設地點', '建設時間', '2024年建設內容', '年度投資金額 (萬元)', '責任單位'].map((c) => `${c} |`),
    ];
    const row = (cells: string[]) => ['|', ...cells.map((c) => `${c} |`)];
    const page = [
      ...head,
      ...row(['3', '洋縣2024年老舊小區改造項目', '洋州街道', '2024', '實施西苑小區、金鑫二小區、宏昌小區三所老舊小區房屋功能改善和周邊配套基礎設施。', '1360', '住建局']),
      ...row(['4', '2024年農村公路生命安全防護工程', '槐樹關鎮龍亭鎮', '2024', '在龍亭鎮實施農村公路生命防護工程31.656公里、在槐樹關鎮實施農村公路生命防護工程87.2公里,基本實現鎮域主干道相關路段、鄰水臨崖危險路段安防工程全覆蓋。', '3000', '交通局']),
      ...row(['5', '高標準農田建設項目', '謝村鎮', '2024', '實施田塊整治500畝,修復堰塘1座、建設機電井7座、農橋5座、灌溉渠道50公里;新建田間道路38公里、農田林網241公里,種植桂花、紫薇等苗木8000株;實施土壤培肥、田間監測3萬畝,布設耕地質量監測點30處。', '4930', '農業農村局']),
    ].join('\n');
    const items = () => importedItems(page);

    it('takes the list the notice hands out, 項目 + 清單, for the title (was: the name the notice gives it)', () => {
      expect(importPlan(page).plan.title).toBe('洋縣2024年十大民生實事項目清單');
      // A title under the notice that only restates the name keeps it.
      expect(importPlan(page.replace('洋縣2024年十大民生實事項目清單 |', '洋縣2024年十大民生實事項目 |')).plan.title).toBe('洋縣2024年十大民生實事項目');
    });

    it('counts 三所 after the three names it stands for (was: no target)', () => {
      expect(items().find((i) => i.id === '3')?.targets.map(([k, t, u]) => [k, t, u])).toEqual([['at_least', 3, '所']]);
      // Two names and 三所 say something else: no count read from them.
      const two = page.replace('西苑小區、金鑫二小區、宏昌小區三所', '西苑小區、宏昌小區等三所');
      expect(importedItems(two).find((i) => i.id === '3')?.targets).toEqual([]);
    });

    it('reads 基本實現…全覆蓋 as hedged, no milestone (was: a 100 % milestone); 實現…全覆蓋 still is one', () => {
      expect(items().find((i) => i.id === '4')?.targets.map(([k, t, u]) => [k, t, u])).toEqual([
        ['at_least', 31.656, '公里'],
        ['at_least', 87.2, '公里'],
      ]);
      const whole = importedItems(page.replace('基本實現鎮域', '實現鎮域')).find((i) => i.id === '4');
      expect(whole?.targets.map(([k]) => k)).toEqual(['at_least', 'at_least', 'milestone']);
    });

    it('reads every count of the row, plants in 株 among them', () => {
      const five = items().find((i) => i.id === '5');
      expect(five?.departments).toEqual(['農業農村局']);
      expect(five?.targets.map(([, t, u]) => `${t}${u}`)).toEqual(['500畝', '1座', '7座', '5座', '50公里', '38公里', '241公里', '8000株', '30000畝', '30處']);
    });
  });
});

describe('no title line: the lead sentence naming the 民生实事 gives the title and the year (gangu-2022, shexian-2025)', () => {
  const gangu = [
    '![](/Files261/BeyondPic/2021-11/28/20211128012956703.jpg)',
    '11月28日,甘谷縣第十八屆人民代表大會第一次會議在甘谷大劇院隆重開幕,孫忠平代表縣人民政府向大會作政府工作報告。報告指出,2022年縣政府將繼續優先保障民生投入,重點抓好10件民生實事:',
    '(1)全面建成投運引洮二期配套城鄉供水工程,讓54.13萬群眾喝上甘甜的洮河水。',
    '(2)落實高校畢業生進企業進基層就業政策,新增城鎮就業5500人以上。',
  ].join('\n');
  const shexian = [
    '(涉县融媒体中心)在涉县第十八届人民代表大会第五次会议闭幕式上通过县人大代表票选表决县政府2025年度十件民生实事项目 正式出炉!',
    '一、2025年村内基础设施提升工程',
    '在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏,惠及17个乡镇(街道办),全力补齐农村基础设施短板。',
    '二、2025年农村饮水维修养护工程',
    '维修更换农村37处的机泵、阀门,有效改善9万人口的饮水安全问题,进一步提高供水保证率。',
  ].join('\n');

  it('joins the year, the body named beside it and the plan named after the verbs (2022年縣政府…10件民生實事), as written', () => {
    const r = importPlan(gangu);
    expect(r.plan.title).toBe('2022年縣政府10件民生實事');
    expect(r.plan.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(r.hints.map((h) => h.code)).toContain('imp_titleFromLead');
    expect(r.hints.find((h) => h.code === 'imp_titleFromLead')?.params).toMatchObject({ title: '2022年縣政府10件民生實事', year: 2022, line: 2 });
    expect(importedItems(gangu).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('keeps the words as they run on when the body, the year and the plan stand together (县政府2025年度十件民生实事项目)', () => {
    const r = importPlan(shexian);
    expect(r.plan.title).toBe('县政府2025年度十件民生实事项目');
    expect(r.plan.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(importedItems(shexian).map((i) => i.id)).toEqual(['一', '二']);
  });

  it('takes no date of the page for the year, and asks for --period when the lead names no year', () => {
    const undated = gangu.replace('2022年縣政府', '縣政府');
    expect(() => importPlan(undated)).toThrow(ImportError);
    expect(() => importPlan(undated)).toThrow(/--period/);
    // 2024年2月28日 is the day the page was published, not the plan's year.
    expect(() => importPlan(['2024年2月28日 9:59,县政府召开会议,将抓好十件民生实事:', '1.新建学校2所。', '2.改造道路5公里。'].join('\n'))).toThrow(/--period/);
    expect(importPlan(undated, { year: 2022 }).plan.period.start).toBe('2022-01-01');
  });

  it('still refuses a notice that holds no plan', () => {
    const notice = readFixture('real/changqing-notice-2021.txt');
    expect(() => importPlan(notice)).toThrow(expect.objectContaining({ detail: expect.objectContaining({ key: 'imp_noticeOnly' }) }));
  });
});

describe('a headline naming the 为民办实事 with no year: the title as written, the year from the lead (wuzhou-2024)', () => {
  const page = [
    '梧州市政府工作報告確定了2024年將籌措資金60億元以上,聚焦群眾的“急難愁盼”,實施“一老一小”惠民、城市更新惠民、交通出行惠民、便民服務等為民辦實事“十大”工程,集中力量抓好辦成一批群眾可感可及的實事。',
    '下面,我們一起來看看',
    '今年市本級為民辦實事“十大”工程',
    '計劃項目主要實施內容',
    '一、科教惠民工程(項目6個,其中基建工程類5個、“小而美”事項類1個)。主要是新建(改擴建)幼兒園35所、義務教育學校113所、職業學校2所、普通高中8所,新增基礎教育學位供給7800個以上。',
  ].join('\n');

  it('prefers the headline naming the 实事 to a sub-heading naming a 计划, and dates it by the lead', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('今年市本級為民辦實事“十大”工程');
    expect(r.plan.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(r.hints.find((h) => h.code === 'imp_yearFromLead')?.params).toMatchObject({ year: 2024, line: 1 });
  });

  it('leaves a title with 20xx to fill in asking for --period (a template, not a page of one year)', () => {
    expect(() => importPlan(['xx市总工会20xx年工作要点', '2023年,全市工会工作的总体要求是:团结动员职工。', '1.强化政治引领。(责任单位:办公室)'].join('\n'))).toThrow(/--period/);
  });
});

describe('each item number alone on its line over a heading (tangxia-2024)', () => {
  const page = [
    '2024年塘厦镇政府十件民生实事出炉',
    ' ',
    '据了解,2024年政府民生实事项目涵盖了社会治理、民生保障、优化教育、公共服务、人居环境等多个方面。具体安排如下:',
    ' ',
    '1',
    ' ',
    '切实筑牢安全防线',
    ' ',
    '重点推进平安出租屋建设,创建1567栋平安出租屋;积极推进平安企业建设,创建150家以上。',
    ' ',
    '2',
    ' ',
    '兜牢民生保障底线',
    ' ',
    '开展关心关爱残疾人“三个一百”工程。',
  ].join('\n');

  it('reads the bare 1 after a sentence, over a short heading, with a bare 2 to come, as item 1', () => {
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
    expect(importPlan(page).plan.sections[0]?.items[0]?.title).toBe('切实筑牢安全防线');
    expect(items[0]?.targets.map(([kind, target, unit]) => [kind, target, unit])).toContainEqual(['at_least', 1567, '栋']);
  });

  it('keeps a viewer page number that cuts a sentence, and a lone 1 with no 2 after it, out of the items', () => {
    const cut = ['2024年工作要点', '1.推进平安出租屋建设,创建1567栋平安', '1', '出租屋。', '2.推进平安企业建设。'].join('\n');
    expect(importedItems(cut).map((i) => i.id)).toEqual(['1', '2']);
    const lone = page.split('\n').slice(0, 10).join('\n') + '\n3.开展残疾人工程。';
    expect(importedItems(lone).map((i) => i.id)).toEqual(['3']);
  });
});

/** The targets of one item's text, as [kind, target, unit]. */
const targetsOf = (text: string, year: number) =>
  (importedItems(text, year)[0]?.targets ?? []).map(([kind, target, unit]) => [kind, target, unit]);

describe('a numbered heading over its paragraph is a line of its own (shexian-2025, tangxia-2024)', () => {
  const page = [
    '2025年十件民生实事',
    '六、中小学幼儿园扩优提质工程',
    '对全县17所乡(镇)中心幼儿园全面提档升级,主要包括优化提升室内外活动场地,高标准配备幼儿自主游戏所需器械及设施。',
  ].join('\n');

  it('names the item by its heading and reads the paragraph from its own start (对全县17所…提档升级)', () => {
    expect(importPlan(page).plan.sections[0]?.items[0]?.title).toBe('中小学幼儿园扩优提质工程');
    expect(targetsOf(page, 2025)).toEqual([['at_least', 17, '所']]);
  });

  it('runs a line a page broke mid-sentence on into the next', () => {
    const broken = ['2025年工作要点', '1.加快老旧小区整治改造', '开工。'].join('\n');
    expect(importPlan(broken).plan.sections[0]?.items[0]?.title).toBe('加快老旧小区整治改造开工');
  });
});

describe('counts of a news page’s 民生实事 (batch 11)', () => {
  it('reads a count whose clause goes on with 并 / 及其他 (硬化道路10万平方米并安装太阳能路灯1000盏)', () => {
    const text = ['2025年十件民生实事', '一、2025年村内基础设施提升工程', '在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏,惠及17个乡镇(街道办),全力补齐农村基础设施短板。'].join('\n');
    expect(targetsOf(text, 2025)).toEqual([
      ['at_least', 100000, '平方米'],
      ['at_least', 1000, '盏'],
    ]);
    const pipes = ['2025年十件民生实事', '五、排水管网建设与改造工程', '主要铺设雨水管网345米,铺设污水管网348米及其他附属设施,进一步提升二中北路雨污水收集排放能力。'].join('\n');
    expect(targetsOf(pipes, 2025)).toEqual([
      ['at_least', 345, '米'],
      ['at_least', 348, '米'],
    ]);
  });

  it('takes who benefits for no target (受益群众5万人), nor a subsidy’s sum (培訓補貼1950萬元)', () => {
    const grid = ['2025年十件民生实事', '三、城乡电网改造升级工程', '改造规模10千伏线路8.46公里,受益群众5万人。'].join('\n');
    expect(targetsOf(grid, 2025)).toEqual([['at_least', 8.46, '公里']]);
    const gangu = ['2022年縣政府10件民生實事', '(4)落實“雨露計劃”培訓補貼1950萬元,城鎮及農村婦女“兩癌”免費檢查5300人。'].join('\n');
    expect(targetsOf(gangu, 2022)).toEqual([['at_least', 5300, '人']]);
  });

  it('reads a count with 的 before what the task is done to (完成20万人次的宣传培训, 维修更换农村37处的机泵), not a size', () => {
    const text = ['2024年十件民生实事', '1.加强消防宣传培训,全年完成20万人次的宣传培训。'].join('\n');
    expect(targetsOf(text, 2024)).toEqual([['at_least', 200000, '人次']]);
    const water = ['2025年十件民生实事', '二、2025年农村饮水维修养护工程', '维修更换农村37处的机泵、阀门,有效改善9万人口的饮水安全问题。'].join('\n');
    expect(targetsOf(water, 2025)).toEqual([['at_least', 37, '处']]);
    const size = ['2025年十件民生实事', '1.建设2000平方米的社区活动中心。'].join('\n');
    expect(targetsOf(size, 2025)).toEqual([]);
  });

  it('reads a sum per head and month as a standard set, a level, and the next of its list too', () => {
    const text = [
      '2024年十件民生实事',
      '2.进一步提高社会救助标准,将困难群众最低生活保障标准提升至每人每月1260元,特困人员供养标准、低保边缘家庭认定标准同步提升至每人每月2016元、1890元。',
    ].join('\n');
    expect(targetsOf(text, 2024)).toEqual([
      ['level', 1260, '元'],
      ['level', 2016, '元'],
      ['level', 1890, '元'],
    ]);
  });

  it('reads a count after 对全市/对全县 and the scope, then what is done to them (4500名學生實施…), and 促进…就业300人', () => {
    const text = ['2024年為民辦實事', '一、科教惠民工程。對全市義務教育階段4500名學生實施“營養改善計劃”。'].join('\n');
    expect(targetsOf(text, 2024)).toEqual([['at_least', 4500, '名']]);
    const jobs = ['2024年為民辦實事', '二、就業社保惠民工程。促進高校畢業生等就業重點群體就業300人。'].join('\n');
    expect(targetsOf(jobs, 2024)).toEqual([['at_least', 300, '人']]);
  });

  it('reads 棟 and 盏 as measure words (改造老舊小區10棟)', () => {
    const text = ['2022年縣政府10件民生實事', '(6)加快姚莊片區城市更新,改造老舊小區10棟。'].join('\n');
    expect(targetsOf(text, 2022)).toEqual([['at_least', 10, '棟']]);
  });
});

describe('a viewer’s page number after a heading cut with its clause left open (wuzhou-2024 copied from a viewer)', () => {
  it('drops the 5、 standing between 其中基建工程類3個、 and the rest of the heading, no item 5', () => {
    const page = [
      '2024年為民辦實事“十大”工程',
      '四、文化體育惠民工程(項目4個,其中基建工程類3個、',
      '5、',
      '“小而美”事項類1個)。主要是建設蒼海體育公園、新地體育公園等4個項目;完成農村電影公益放映10332場。',
      '五、旅游服務便民工程(項目6個)。新建遊客中心2個。',
    ].join('\n');
    expect(importedItems(page).map((i) => i.id)).toEqual(['四', '五']);
  });
});

// Other published pages of the same kind (the pages corpus: langao.gov.cn, gdsx.gov.cn, yuanjiang.gov.cn), tried
// to check the rules above are no fit to batch 11's four pages only.
describe('more news pages of voted 民生实事: the same rules, other wordings', () => {
  it('takes ①–⑩ for the items when they are the only numbering (岚皋县 2023)', () => {
    const page = [
      '4月1日,岚皋县第十九届人民代表大会第二次会议第二次全体会议召开。大会通报了我县2023年民生实事项目人大代表票决结果,到底是哪十大民生实事项目呢?',
      '经县人大代表票决,岚皋县2023年十大民生实事涉及民生保障、教育医疗、城市提升等各方面,分别包括:',
      '①岚皋县村级医保服务能力提升工程;',
      '②岚皋县中小学及幼儿园校舍提升改造工程;',
      '③岚皋县农村敬老院供养服务设施改造提升项目;',
    ].join('\n');
    const r = importPlan(page);
    expect(r.plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '3']);
  });

  it('keeps 的 and a count in 个 between the year and the plan (县政府2021年度的十个民生实事项目)', () => {
    const page = [
      '今天上午,在县十五届人大六次会议举行的第三次全体会议上,与会的174代表以票决的方式从12件候选民生项目中选出了年政府十大民生实事项目。',
      '被列为县政府2021年度的十个民生实事项目,涉及交通出行、医疗卫生、公共教育、环境治理、公共安全等方面。',
      '1.新建23公里碧道。',
      '2.新建3所公办幼儿园。',
    ].join('\n');
    expect(importPlan(page).plan.title).toBe('县政府2021年度的十个民生实事项目');
  });

  it('drops the colon of a line that introduces the list from the title (沅江市人民政府2023年民生实事项目:)', () => {
    const page = [
      '沅江市第十八届人民代表大会第二次会议于2022年12月21日依法票决产生了沅江市人民政府2023年民生实事项目,现将票决结果公告如下:',
      '沅江市人民政府2023年民生实事项目:',
      '1.中心城区水环境综合治理;',
      '2.“三线一站”新型电力系统建设;',
    ].join('\n');
    const r = importPlan(page);
    expect(r.plan.title).toBe('沅江市人民政府2023年民生实事项目');
    expect(r.plan.period.start).toBe('2023-01-01');
  });

  it('drops the exclamation mark a headline ends on (2023年十件民生实事项目出炉!)', () => {
    const page = ['2023年十件民生实事项目出炉!', '经县人大代表票决,十件民生实事分别包括:', '1.新建3所公办幼儿园。', '2.改造农村公路100公里。'].join('\n');
    expect(importPlan(page).plan.title).toBe('2023年十件民生实事项目出炉');
  });

  it('dates 今年 by the page’s date when nothing else names the year (汕头, ZAKER 2023-01-08), and says so', () => {
    const page = [
      'ZAKER汕头 2023-01-08',
      '【看得见的平安 摸得见的幸福】让老百姓拥有更多获得感幸福感安全感 今年十件民生实事出炉',
      '',
      '记者从会上了解到,今年票决产生的民生实事项目包括:一、推进 100 个老旧小区改造;二、提升生活垃圾转运处理设施;三、加强农村基础设施建设;四、提高低保及特困人员、困难老人、孤儿、残疾人保障水平;五、提高全市优生优育服务水平;六、建设市域全民健康信息综合平台;七、强化学校校内课后服务;八、加强青年人才、新市民和低收入家庭住房保障;九、实施中心城区停车改善工程;十、开展城中村市容环境秩序综合整治。',
    ].join('\n');
    const r = importPlan(page);
    expect(r.plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(r.hints.find((h) => h.code === 'imp_yearFromDate')?.params).toMatchObject({ year: 2023, line: 1 });
    expect(importedItems(page).map((i) => i.id)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    // Without 今年 the page's date says nothing of the plan's year.
    expect(() => importPlan(page.replace(/今年/g, ''))).toThrow(/--period/);
  });

  it('names the line of the sentence it took the year from, in a lead joined over several lines', () => {
    const page = [
      '上海今年为民办实事项目发布',
      '安排十方面32项,聚焦老小旧远,回应民生关切',
      '2023年上海市为民办实事项目7日发布,共安排十方面32项。',
      '1.建设30家智慧养老院。',
      '2.新增500张困难重残养护床位。',
    ].join('\n');
    expect(importPlan(page).hints.find((h) => h.code === 'imp_yearFromLead')?.params).toMatchObject({ year: 2023, line: 3 });
  });
});
