import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/core/fold.js';

describe('foldWidth', () => {
  it('folds full-width ASCII and the ideographic space wherever they stand, and leaves the rest', () => {
    expect(foldWidth('７．４')).toBe('7.4');
    expect(foldWidth('2026／11／５')).toBe('2026/11/5');
    expect(foldWidth('法律工作部　ＡＢ１２％（二）')).toBe('法律工作部 AB12%(二)');
    expect(foldWidth('增长１０％')).toBe('增长10%');
  });
  it('gives text with nothing to fold back unchanged', () => {
    for (const s of ['', '7.4', '职工服务中心', '服务职工 1200 人次', '三']) expect(foldWidth(s)).toBe(s);
  });
});
