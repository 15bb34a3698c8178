import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, sampleText, tempPlans } from '../helpers.js';

// A plan saved by a Windows editor as "Unicode" without its byte-order mark was called a binary
// file; it is text in UTF-16, and the clerk needs to hear that and how to save it as UTF-8.
const be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('a plan saved as UTF-16 without a byte-order mark', () => {
  it.each([
    ['UTF-16LE', Buffer.from(sampleText(), 'utf16le')],
    ['UTF-16BE', be(sampleText())],
  ])('%s: says what it is and how to save it, in the user\'s language, and leaves the file alone', async (order, bytes) => {
    const { dir, file } = tempPlans();
    writeFileSync(file, bytes);
    const zh = await runCli(['progress', '7.4', '--value', '900'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(`plans/union-2026.yaml:1:1: plans/union-2026.yaml 是 UTF-16 编码(${order},不带字节顺序标记 BOM),不是 UTF-8:请另存为 UTF-8(记事本:另存为,编码选 UTF-8;或 iconv -f ${order} -t UTF-8)\n`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const en = await runCli(['validate', '--format', 'json'], { cwd: dir });
    const problems = (JSON.parse(en.stdout) as { problems: { code: string; line: number; message: string }[] }).problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'encoding', line: 1, message: expect.stringContaining(`is UTF-16 (${order}, without a byte-order mark), not UTF-8: save it as UTF-8`) as string })]);
  });

  it('a binary file with NUL bytes on both sides stays a binary file', async () => {
    const { dir, file } = tempPlans();
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 251))));
    const r = await runCli(['list'], { cwd: dir });
    expect(r.stderr).toMatch(/is a binary file \(it contains NUL bytes\), not a plan\n$/);
  });
});
