import type { Lang } from './index.js';

// The import parser (pure, tested in English) words its warnings and hints in English, with the
// document's own text in quotes. For a Chinese user the command renders them through this
// table; tests/cli/import.test.ts checks that every warning the seed and the layout fixtures
// produce comes out in Chinese.
const ZH: [RegExp, string][] = [
  [/^item (\S+): no 责任单位 found; departments left empty$/, '事项 $1:未找到责任单位,departments 留空,请补填'],
  [/^item (\S+): (\d+) units, only the first 200 kept$/, '事项 $1:有 $2 个单位,只保留前 200 个'],
  [/^item (\S+): text longer than (\d+) characters, cut$/, '事项 $1:正文超过 $2 字,已截断'],
  [/^item (\S+): relative change not imported as a target: (.*)$/, '事项 $1:相对变化(增长、压减等),未作为指标导入:$2'],
  [/^item (\S+): approximate value not imported as a target: (.*)$/, '事项 $1:约数,未作为指标导入:$2'],
  [/^item (\S+): number too large, not imported: (.*)$/, '事项 $1:数值过大,未导入:$2'],
  [/^item (\S+): not a number, not imported as a target: (.*)$/, '事项 $1:目标值不是数字,未作为指标导入(如需跟踪请手工填写 target):$2'],
  [/^item (\S+): possible target not imported \(the sentence goes on\): (.*)$/, '事项 $1:可能是指标但句子未完,未导入:$2'],
  [/^item (\S+): condition, not imported as a target: (.*)$/, '事项 $1:条件性表述,未作为指标导入:$2'],
  [/^item (\S+): deadline (\S+) is outside the plan period, not used(: .*)?$/, '事项 $1:期限 $2 不在计划期内,未使用$3'],
  [/^item (\S+): unreadable deadline$/, '事项 $1:无法识别的期限'],
  [/^item (\S+): could not read the deadline (.*)$/, '事项 $1:无法识别期限 $2'],
  [/^item (\S+): not a valid (?:month|date): (.*)$/, '事项 $1:无效的日期 $2'],
  [/^item (\S+) has no text; not imported$/, '事项 $1 没有正文,未导入'],
  [/^alias (.*)=(.*) not used: (".*") does not appear in the document$/, '别名 $1=$2 未使用:文中没有 $3'],
  [/^units (".*") and (".*"): one name contains the other; if they are the same unit, pass --alias (.*)$/, '单位 $1 与 $2 名称互相包含;如为同一单位,请加 --alias $3'],
  [/^section (\S+) at line (\d+) appears twice; its id is now (\S+)$/, '第 $2 行的部分 $1 重复出现,编号改为 $3'],
  [/^item numbers restart under each heading: .*$/, '各部分下的事项重新编号:事项编号改为 部分-事项(如 二-3)'],
  [/^title: (".*") -> (".*") \(the year filled in\)$/, '标题:$1 -> $2(已填入年份)'],
  [/^no title line found; using (".*")$/, '未找到标题行,使用 $1'],
  [/^section (\S+) (".*") has no numbered items; not imported$/, '部分 $1 $2 没有编号事项,未导入'],
  [/^sub-section titles .* are folded into the titles of their items$/, '小标题((一)……)已并入其下事项的标题'],
  [/^not imported \(text before the first item\): (.*)$/, '未导入(第一项之前的文字):$1'],
  [/^not part of any item: (.*)$/, '不属于任何事项:$1'],
  // Why a file cannot be imported at all.
  [/^no numbered items found: .*$/, '未找到编号事项:应为含 "1." / "1、" 事项或 "一、" 部分的计划文本,或含 序号/工作任务/责任单位 表头的表格'],
  [/^no numbered items with text found$/, '未找到有正文的编号事项'],
  [/^cannot tell the plan year: no title line found; .*$/, '无法确定计划年度:未找到标题行;请用 --period YYYY 指定年份'],
  [/^cannot tell the plan year: the title (".*") has no 4-digit year; .*$/, '无法确定计划年度:标题 $1 中没有四位年份;请用 --period YYYY 指定年份'],
  [/^(.*) is an old Word or Excel file .*$/, '$1 是旧版 Word/Excel 文件(.doc/.xls):请在 Word/Excel/WPS 中另存为 .docx 或 .xlsx 后再导入'],
  [/^(.*) is a PDF: .*$/, '$1 是 PDF 文件:本工具读取 .docx、.xlsx、.csv、.html 和文本;请另存为 .docx 或复制其中文字'],
  [/^(.*) is an RTF file: .*$/, '$1 是 RTF 文件:请另存为 .docx 后再导入'],
  [/^(.*) is a damaged zip file \((.*)\): .*$/, '$1 是损坏的 zip 文件($2):请重新另存为 .docx 或 .xlsx'],
  [/^(.*) is a zip file but neither a Word \.docx nor an Excel \.xlsx$/, '$1 是 zip 压缩文件,但不是 Word(.docx)也不是 Excel(.xlsx)'],
  [/^the Word file has no document body .*$/, 'Word 文件中没有正文(word/document.xml)'],
  [/^the input (?:is|looks) binary .*$/, '输入是二进制数据,不是文本文件'],
];

export function importMessage(lang: Lang, message: string): string {
  if (lang !== 'zh') return message;
  for (const [re, zh] of ZH) if (re.test(message)) return message.replace(re, zh);
  return message;
}
