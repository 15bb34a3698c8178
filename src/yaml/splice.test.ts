import { describe, expect, it } from 'vitest';
import { spliceReading } from './splice.js';

const PATH = ['sections', 0, 'items', 0, 'targets', 0];
const head = (target: string) => `sections:
  - id: 一
    title: 维权服务
    items:
      - id: "3"
        title: 法律援助   # 年度重点
        targets:
${target}
  - id: 二
    title: 其他
    items: []
`;

describe('spliceReading: one reading in, every other byte as it was', () => {
  it('after the last reading of a flow-style list, in its style', () => {
    const before = head(`          - id: "3.1"
            metric: 办理法律援助案件
            target: 100
            progress:
              - { date: 2026-03-31, value: 20, by: 法律工作部 }   # 一季度
`);
    const after = spliceReading(before, PATH, { date: '2026-06-30', value: 45, note: '半年 "统计"' });
    expect(after).toBe(before.replace('   # 一季度\n', '   # 一季度\n              - { date: 2026-06-30, value: 45, note: 半年 "统计" }\n'));
  });

  it('after the last reading of a block-style list, in its style', () => {
    const before = head(`          - id: "3.1"
            target: 100
            progress:
              - date: 2026-03-31
                value: 20
`);
    const after = spliceReading(before, PATH, { date: '2026-06-30', value: 45 });
    expect(after).toBe(before.replace('                value: 20\n', '                value: 20\n              - date: 2026-06-30\n                value: 45\n'));
  });

  it('a first reading starts the progress list under the target', () => {
    const before = head(`          - id: "3.1"
            target: 100
            unit: 件
`);
    const after = spliceReading(before, PATH, { date: '2026-06-30', value: 45 });
    expect(after.replace(before.split('            unit: 件\n')[0]!, '').startsWith('            unit: 件\n            progress:\n')).toBe(true);
    expect(after).toContain('- { date: 2026-06-30, value: 45 }');
    expect(after.endsWith("  - id: 二\n    title: 其他\n    items: []\n")).toBe(true);
  });

  it('keeps CRLF line breaks', () => {
    const before = head(`          - id: "3.1"
            progress:
              - { date: 2026-03-31, value: 20 }
`).replace(/\n/g, '\r\n');
    const after = spliceReading(before, PATH, { date: '2026-06-30', value: 45 });
    expect(after).toBe(before.replace('value: 20 }\r\n', 'value: 20 }\r\n              - { date: 2026-06-30, value: 45 }\r\n'));
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses a path that names no mapping', () => {
    expect(() => spliceReading(head('          - id: "3.1"\n'), ['sections', 0, 'items', 5, 'targets', 0], { date: '2026-06-30', value: 1 })).toThrow(/no mapping/);
  });
});
