import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters/types';
import {
  BODY_KINDS,
  filtersFromSearchParams,
  filtersToSearchParams,
  LEVELS,
  ORIGINS,
  SCOPES
} from '../../../src/lib/filters/url';

const parse = (query: string): Filters => filtersFromSearchParams(new URLSearchParams(query));
const write = (f: Partial<Filters>, keep?: string): string =>
  filtersToSearchParams({ ...NO_FILTERS, ...f }, keep === undefined ? undefined : new URLSearchParams(keep)).toString();

describe('filtersToSearchParams', () => {
  it('writes nothing for the defaults', () => {
    expect(write({})).toBe('');
    expect(write({ q: '   ', levels: [], province: '' })).toBe('');
  });

  it('writes only what differs from the defaults, with the short keys', () => {
    expect(write({ yearFrom: 2023, yearTo: 2023 })).toBe('y=2023');
    expect(write({ yearFrom: 2021, yearTo: 2023, levels: ['county', 'city'], origins: ['demo'] })).toBe(
      'y=2021-2023&level=city%2Ccounty&origin=demo'
    );
    expect(write({ province: '河南省', city: '洛阳市', county: '孟津区', scopes: ['agency'] })).toBe(
      new URLSearchParams({ prov: '河南省', city: '洛阳市', county: '孟津区', scope: 'agency' }).toString()
    );
    expect(write({ yearFrom: 2021 })).toBe('y=2021-');
    expect(write({ yearTo: 2020 })).toBe('y=-2020');
  });

  it("keeps a view's own keys and replaces stale filter keys from `keep`", () => {
    expect(write({ yearFrom: 2022, yearTo: 2022 }, 'by=county&metric=permits&y=2019&q=old')).toBe(
      'by=county&metric=permits&y=2022'
    );
  });
});

describe('filtersFromSearchParams', () => {
  it('reads years as a single year, a range, or an open range', () => {
    expect(parse('y=2023')).toMatchObject({ yearFrom: 2023, yearTo: 2023 });
    expect(parse('y=2021-2023')).toMatchObject({ yearFrom: 2021, yearTo: 2023 });
    expect(parse('y=2023-2021')).toMatchObject({ yearFrom: 2021, yearTo: 2023 });
    expect(parse('y=2021-')).toMatchObject({ yearFrom: 2021, yearTo: null });
    expect(parse('y=-2020')).toMatchObject({ yearFrom: null, yearTo: 2020 });
  });

  it('ignores malformed and unknown values instead of trusting them', () => {
    for (const y of ['abc', '20x1', '1066', '2021-20', '-', '2021--2023', '2021 OR 1=1']) {
      expect(parse(`y=${encodeURIComponent(y)}`), y).toMatchObject({ yearFrom: null, yearTo: null });
    }
    expect(parse('level=foo,county,,CITY,county').levels).toEqual(['county']);
    expect(parse('origin=REAL,fake').origins).toEqual([]);
    expect(parse('kind=department,government').bodyKinds).toEqual(['government', 'department']);
    expect(parse('scope=jurisdiction;DROP').scopes).toEqual([]);
    expect(parse(`q=${'长'.repeat(101)}`).q).toBe('');
    expect(parse('prov=%20%20&county=').province).toBeNull();
    expect(parse('unknown=1&by=county')).toEqual(NO_FILTERS);
  });

  it('round-trips every valid filter set through the URL', () => {
    const text = fc.option(
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
      { nil: null }
    );
    const year = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null });
    const subset = <T extends string>(values: readonly T[]) =>
      fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));
    const filters = fc
      .record({
        yearFrom: year,
        yearTo: year,
        province: text,
        city: text,
        county: text,
        levels: subset(LEVELS),
        scopes: subset(SCOPES),
        bodyKinds: subset(BODY_KINDS),
        origins: subset(ORIGINS),
        q: text.map((t) => t ?? '')
      })
      .filter((f) => f.yearFrom === null || f.yearTo === null || f.yearFrom <= f.yearTo);
    fc.assert(
      fc.property(filters, (f) => {
        const url = new URL(`https://example.org/permits?${filtersToSearchParams(f).toString()}`);
        expect(filtersFromSearchParams(url.searchParams)).toEqual(f);
      })
    );
  });
});
