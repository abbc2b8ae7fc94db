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

  it('shows NULL as a dash and keeps every digit', () => {
    expect(cellText(null)).toBe('—');
    expect(cellText(13.6145)).toBe('13.6145');
    expect(cellText(-3)).toBe('-3');
    expect(isNumberColumn('fees_wan')).toBe(true);
    expect(isNumberColumn('year')).toBe(false);
    expect(isNumberColumn('agency')).toBe(false);
  });
});
