import { describe, expect, it } from 'vitest';
import { filtersToWhere } from '../../../src/lib/filters/sql';
import { NO_FILTERS } from '../../../src/lib/filters/types';

describe('filtersToWhere', () => {
  it('is TRUE with no parameters when nothing is filtered', () => {
    expect(filtersToWhere(NO_FILTERS)).toEqual({ sql: 'TRUE', params: [] });
  });

  it('binds every value as a parameter, in placeholder order', () => {
    const where = filtersToWhere({
      ...NO_FILTERS,
      yearFrom: 2021,
      yearTo: 2023,
      province: '河南省',
      county: '孟津区',
      levels: ['county', 'township'],
      origins: ['real'],
      q: '人社'
    });
    expect(where.params).toEqual([2021, 2023, '河南省', '孟津区', 'county', 'township', 'real', '人社']);
    expect(where.sql.split('?').length - 1).toBe(where.params.length);
    expect(where.sql).toBe(
      'year >= ? AND year <= ? AND province = ? AND county_current = ? AND level IN (?, ?) AND origin IN (?) AND contains(lower(agency), lower(?))'
    );
  });

  it('never puts a value into the SQL text', () => {
    const evil = "x'; DROP TABLE reports; --";
    const where = filtersToWhere({ ...NO_FILTERS, province: evil, city: evil, county: evil, q: evil });
    expect(where.sql).not.toContain('DROP');
    expect(where.sql).not.toContain("'");
    expect(where.params).toEqual([evil, evil, evil, evil]);
  });

  it('qualifies columns with a safe alias and refuses an unsafe one', () => {
    expect(filtersToWhere({ ...NO_FILTERS, yearFrom: 2020 }, 'r').sql).toBe('r.year >= ?');
    expect(() => filtersToWhere(NO_FILTERS, 'r; DROP')).toThrow();
  });
});
