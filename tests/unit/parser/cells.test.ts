import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/lib/parser/cells';
import { normalizeText } from '../../../src/lib/parser/normalize';

const cell = (s: string) => parseCell(normalizeText(s).text);
const valueOf = (s: string) => {
  const v = cell(s);
  return v.kind === 'number' ? v.value : v.kind;
};

describe('parseCell', () => {
  it('reads blanks and blank markers as blank', () => {
    for (const s of ['', ' ', '/', '-', '—', '——', '无', '－']) expect(valueOf(s)).toBe('blank');
  });

  it('drops a note in brackets, half- or full-width', () => {
    expect(valueOf('22（其中修订 16 件）')).toBe(22);
    expect(valueOf('22(其中修订16件)')).toBe(22);
    expect(valueOf('22件')).toBe(22);
  });

  it('keeps signs', () => {
    expect(valueOf('+1036')).toBe(1036);
    expect(valueOf('-8')).toBe(-8);
  });

  it('keeps up to six decimals', () => {
    expect(valueOf('13.6145')).toBe(13.6145);
    expect(valueOf('24252.311082')).toBe(24252.311082);
    expect(valueOf('0.12345678')).toBe(0.123457);
  });

  it('reads full-width digits and thousands separators', () => {
    expect(valueOf('１０４５')).toBe(1045);
    expect(valueOf('447,228')).toBe(447228);
  });

  it('reports money units', () => {
    expect(cell('251000元')).toMatchObject({ kind: 'number', value: 251000, unit: 'yuan' });
    expect(cell('25.1万元')).toMatchObject({ kind: 'number', value: 25.1, unit: 'wan' });
    expect(cell('25.1')).toMatchObject({ kind: 'number', unit: null });
  });

  it('marks plain integers as digit runs that may hide several cells', () => {
    expect(cell('640020470')).toMatchObject({ digits: '640020470' });
    expect(cell('-8')).toMatchObject({ digits: null });
    expect(cell('24252.311082')).toMatchObject({ digits: null, decimal: { int: '24252', frac: '.311082' } });
  });

  it('reads words as text', () => {
    expect(valueOf('信息内容')).toBe('text');
  });
});
