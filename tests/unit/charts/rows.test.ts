import { describe, expect, it } from 'vitest';
import { rankRows, rowsWithData, seriesByYear, yearAxis } from '../../../src/lib/charts/rows';
import {
  compareSetup,
  groupColumn,
  shownYear,
  topNote,
  wholeAreaFilters,
  yearsWithReports
} from '../../../src/lib/ui/compare';
import { outcomeValue } from '../../../src/lib/ui/review';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import type { AggregateRow } from '../../../src/lib/queries/types';

// Sums as the aggregate query returns them, with the 平潭综合实验区 permits of the corpus.
const PINGTAN: AggregateRow[] = [
  { year: 2021, reports: 1, permits: 2293, permits__n: 1 },
  { year: 2022, reports: 1, permits: 10690, permits__n: 1 },
  { year: 2023, reports: 1, permits: 2629, permits__n: 1 },
  { year: 2025, reports: 1, permits: 2418, permits__n: 1 }
];

describe('year axis', () => {
  it('keeps a missing year as a gap', () => {
    const years = yearAxis(PINGTAN);
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(seriesByYear(PINGTAN, years, 'permits')).toEqual([2293, 10690, 2629, null, 2418]);
  });

  it('a year whose reports left the cell blank is null, not 0', () => {
    const rows: AggregateRow[] = [
      { year: 2019, reports: 2, fees_wan: 0, fees_wan__n: 0 },
      { year: 2021, reports: 2, fees_wan: 13.6145, fees_wan__n: 1 }
    ];
    expect(seriesByYear(rows, yearAxis(rows), 'fees_wan')).toEqual([null, null, 13.6145]);
  });

  it('no rows, no years', () => {
    expect(yearAxis([])).toEqual([]);
  });
});

describe('ranking', () => {
  it('orders by the total of the measures, ties by name, and drops rows without data', () => {
    const rows: AggregateRow[] = [
      { agency: '乙局', reports: 1, penalties: 19, penalties__n: 1, coercions: 0, coercions__n: 1 },
      { agency: '甲局', reports: 1, penalties: 1282, penalties__n: 1, coercions: 42, coercions__n: 1 },
      { agency: '丙局', reports: 1, penalties: 0, penalties__n: 0, coercions: 0, coercions__n: 0 },
      { agency: '丁局', reports: 1, penalties: 10, penalties__n: 1, coercions: 9, coercions__n: 1 }
    ];
    const measures = ['penalties', 'coercions'];
    const ranked = rankRows(rowsWithData(rows, measures), measures, (r) => String(r.agency));
    // 丁局 and 乙局 both total 19: the tie goes by name.
    expect(ranked.map((r) => r.agency)).toEqual(['甲局', '丁局', '乙局']);
  });
});

describe('comparison setup', () => {
  it('sums agency-scope reports by default and lists jurisdiction reports apart', () => {
    const s = compareSetup(NO_FILTERS, new URLSearchParams('by=county&at=2023'));
    expect(s.by).toBe('county');
    expect(s.year).toBe(2023);
    expect(s.sumFilters.scopes).toEqual(['agency']);
    expect(s.showJurisdiction).toBe(true);
  });

  it('never mixes scopes: both chosen still sums agency only', () => {
    const s = compareSetup({ ...NO_FILTERS, scopes: ['agency', 'jurisdiction'] }, new URLSearchParams());
    expect(s.sumFilters.scopes).toEqual(['agency']);
    expect(s.by).toBe('agency');
  });

  it('only jurisdiction chosen compares jurisdiction reports and lists nothing apart', () => {
    const s = compareSetup({ ...NO_FILTERS, scopes: ['jurisdiction'] }, new URLSearchParams('at=20x3'));
    expect(s.sumFilters.scopes).toEqual(['jurisdiction']);
    expect(s.jurisdictionOnly).toBe(true);
    expect(s.showJurisdiction).toBe(false);
    expect(s.year).toBeNull();
  });

  it('shows the year asked for when it has reports, else the latest that has', () => {
    const rows: AggregateRow[] = [...PINGTAN, { year: 2024, reports: 0, permits: null, permits__n: 0 }];
    const years = yearsWithReports(rows);
    expect(years).toEqual(PINGTAN.map((r) => Number(r.year)));
    expect(yearsWithReports(null)).toEqual([]);
    const asked = (at: string) => compareSetup(NO_FILTERS, new URLSearchParams(`at=${at}`));
    expect(shownYear(asked('2022'), years)).toBe(2022);
    expect(shownYear(asked('2024'), years)).toBe(years.at(-1));
    expect(shownYear(compareSetup(NO_FILTERS, new URLSearchParams()), [])).toBeNull();
  });

  it('groups by body or district, and asks whole-area reports for one year apart', () => {
    expect(groupColumn('agency')).toBe('agency_id');
    expect(groupColumn('county')).toBe('county');
    const f = wholeAreaFilters({ ...NO_FILTERS, city: '洛阳市', scopes: ['agency'] }, 2023);
    expect(f).toEqual({ ...NO_FILTERS, city: '洛阳市', scopes: ['jurisdiction'], yearFrom: 2023, yearTo: 2023 });
  });
});

describe('review outcomes', () => {
  it('litigation adds direct suits and suits after review (淮安市人民政府 2024)', () => {
    const row: AggregateRow = {
      reports: 1,
      suit_direct_corrected: 4,
      suit_after_review_corrected: 1,
      suit_direct_total: 26,
      suit_after_review_total: 20,
      review_total: 351
    };
    expect(outcomeValue(row, 'suit', 'corrected')).toBe(5);
    expect(outcomeValue(row, 'suit', 'total')).toBe(46);
    expect(outcomeValue(row, 'review', 'total')).toBe(351);
  });
});

describe('topNote', () => {
  it('says how many of how many a ranking chart shows, only when it leaves some out', () => {
    expect(topNote(20, 156, 'zh')).toBe('图中显示数值最大的 20 个，共 156 个；完整数据见下表。');
    expect(topNote(20, 156, 'en')).toBe('The chart shows the 20 largest of 156; the table below has all of them.');
    expect(topNote(12, 12, 'zh')).toBeNull();
  });
});
