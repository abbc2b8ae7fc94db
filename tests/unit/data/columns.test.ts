import { describe, expect, it } from 'vitest';
import {
  cellText,
  columnsFromParam,
  columnsToParam,
  DEFAULT_COLUMNS,
  isNumberColumn,
  sortFromParam
} from '../../../src/lib/ui/data/columns';

describe('data view columns', () => {
  it('reads dictionary columns from the URL in dictionary order and drops others', () => {
    expect(columnsFromParam('permits,agency,bogus,year')).toEqual(['year', 'agency', 'permits']);
    expect(columnsFromParam(null)).toEqual(DEFAULT_COLUMNS);
    expect(columnsFromParam('bogus')).toEqual(DEFAULT_COLUMNS);
  });

  it('keeps the default set out of the URL and round-trips others', () => {
    expect(columnsToParam([...DEFAULT_COLUMNS].reverse())).toBeNull();
    expect(columnsToParam(['permits', 'agency'])).toBe('agency,permits');
    expect(columnsFromParam(columnsToParam(['fees_wan', 'report_id']))).toEqual(['report_id', 'fees_wan']);
  });

  it('accepts only dictionary sort columns', () => {
    expect(sortFromParam('fees_wan')).toBe('fees_wan');
    expect(sortFromParam('1; DROP')).toBeNull();
  });

  it('shows NULL as a dash and keeps every digit, thousands grouped', () => {
    expect(cellText('permits', null, 'zh')).toBe('—');
    expect(cellText('fees_wan', 13.6145, 'zh')).toBe('13.6145');
    expect(cellText('penalties', -3, 'en')).toBe('-3');
    expect(cellText('permits', 447228, 'zh')).toBe('447,228');
    expect(cellText('fees_wan', 3511.283456, 'en')).toBe('3,511.283456');
    expect(cellText('f19_fee_items_change', -1036, 'zh')).toBe('-1,036');
    expect(cellText('permits', 9007199254740993n, 'zh')).toBe('9,007,199,254,740,993');
    expect(cellText('permits', 999, 'zh')).toBe('999');
    // Not numbers: years, formats and names keep their text.
    expect(cellText('year', 2023, 'zh')).toBe('2023');
    expect(cellText('agency', '12345局', 'zh')).toBe('12345局');
    expect(isNumberColumn('fees_wan')).toBe(true);
    expect(isNumberColumn('year')).toBe(false);
    expect(isNumberColumn('agency')).toBe(false);
  });

  it('names codes as the filters do, in the language shown', () => {
    expect(cellText('scope', 'jurisdiction', 'zh')).toBe('全辖区');
    expect(cellText('scope', 'agency', 'en')).toBe('Own work');
    expect(cellText('origin', 'demo', 'zh')).toBe('演示数据');
    expect(cellText('level', 'county', 'zh')).toBe('县级');
    expect(cellText('body_kind', 'department', 'zh')).toBe('工作部门');
    // An unknown code, and a name that happens to spell one, stay as they are.
    expect(cellText('scope', 'toString', 'zh')).toBe('toString');
    expect(cellText('agency', 'agency', 'zh')).toBe('agency');
  });
});
