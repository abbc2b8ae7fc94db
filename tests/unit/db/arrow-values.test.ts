import { describe, expect, it } from 'vitest';
import { arrowToRows, decimalToNumber, type ArrowTableLike } from '../../../src/lib/db/arrow-values';

describe('decimalToNumber', () => {
  it('places the decimal point by scale without binary rounding on the way', () => {
    expect(decimalToNumber('136145000', 6)).toBe(136.145);
    expect(decimalToNumber('136145', 4)).toBe(13.6145);
    expect(decimalToNumber('5', 6)).toBe(0.000005);
    expect(decimalToNumber('-1250', 2)).toBe(-12.5);
    expect(decimalToNumber('0', 6)).toBe(0);
    expect(decimalToNumber('466400', 0)).toBe(466400);
  });
});

describe('arrowToRows', () => {
  it('turns BigInt, decimals and dates into plain numbers and YYYY-MM-DD', () => {
    const table: ArrowTableLike = {
      schema: {
        fields: [
          { name: 'n', type: { typeId: 2 } },
          { name: 'fee', type: { typeId: 7, scale: 6 } },
          { name: 'day', type: { typeId: 8 } },
          { name: 'name', type: { typeId: 5 } }
        ]
      },
      toArray: () => [
        { toJSON: () => ({ n: 12n, fee: { toString: () => '13614500' }, day: Date.UTC(2024, 0, 31), name: '孟津区' }) },
        { toJSON: () => ({ n: null, fee: null, day: null, name: null }) }
      ]
    };
    expect(arrowToRows(table)).toEqual([
      { n: 12, fee: 13.6145, day: '2024-01-31', name: '孟津区' },
      { n: null, fee: null, day: null, name: null }
    ]);
  });
});
