/**
 * The applications view's tables: which columns each one shows and how a cell reads, in one
 * language. Pure: rows and labels in, columns out (no component state), so they test without a page.
 */
import { countOf, valueOf } from '../../charts/rows';
import { translate, type Lang, type MessageKey } from '../../i18n/index';
import { formatValue } from '../../metrics/format';
import { CARRY_OUT_RATE, DISCLOSURE_RATE, DISCLOSURE_RATE_STRICT } from '../../metrics/derived';
import { OUTCOME_REPORTS, TOTAL_ONLY_REPORTS } from '../../queries/applications';
import { missingBodies, type CoverageRow } from '../../queries/review';
import type { AggregateRow } from '../../queries/types';
import { appColumn } from '../../schema/columns';
import { ratioColumns } from '../review';
import type { Column } from '../table';
import { groupCount, OUTCOME_GROUPS, outcomeTotal, type RefusalReason } from './shape';

/** The three rates of the view: 公开率 under both definitions and the carry-over rate. */
export const RATES = [DISCLOSURE_RATE, DISCLOSURE_RATE_STRICT, CARRY_OUT_RATE];
export const NEW_TOTAL = appColumn('new', 'total');
export const OUTCOME_TOTAL = appColumn('outcome_total', 'total');

/** A count field of a row of sums (reports in the outcome mix, reports left out); 0 for no row. */
export function fieldOf(row: AggregateRow | undefined, key: string): number {
  return Number(row?.[key] ?? 0);
}

/** Formatting and labels in one language. */
export class ColumnText {
  constructor(readonly lang: Lang) {}
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.lang, key, params);
  }
  count(v: number | null): string {
    return formatValue(v, 'count', this.lang);
  }
  pct(v: number | null): string {
    return formatValue(v, 'ratio', this.lang);
  }
  groupNames(): string[] {
    return OUTCOME_GROUPS.map((g) => this.t(`applications.group.${g.id}` as MessageKey));
  }
}

/** Reports left out of the outcome mix for filling only （七）总计: a column only when there are some. */
export function leftOutColumns<R extends AggregateRow>(rows: readonly R[], text: ColumnText): Column<R>[] {
  if (!rows.some((r) => fieldOf(r, TOTAL_ONLY_REPORTS) > 0)) return [];
  return [
    {
      key: TOTAL_ONLY_REPORTS,
      label: text.t('applications.leftOutColumn'),
      numeric: true,
      cell: (r) => text.count(fieldOf(r, TOTAL_ONLY_REPORTS))
    }
  ];
}

/** Bodies summed and bodies of the area without a report that year. */
export function coverageColumns<R extends AggregateRow>(
  coverageOf: (row: R) => CoverageRow | undefined,
  text: ColumnText
): Column<R>[] {
  return [
    { key: 'bodies', label: text.t('review.bodies'), numeric: true, cell: (r) => String(r.reports) },
    {
      key: 'missing',
      label: text.t('review.missing'),
      numeric: true,
      cell: (r) => text.count(missingBodies(coverageOf(r)))
    }
  ];
}

function yearColumn(text: ColumnText): Column<AggregateRow> {
  return { key: 'year', label: text.t('col.year'), cell: (r) => String(r.year) };
}

/** Name of the body or district a row sums. */
export function nameColumn(label: string, nameOf: (row: AggregateRow) => string): Column<AggregateRow> {
  return { key: 'name', label, cell: nameOf };
}

/** Applicant types over years, with the bodies summed each year. */
export function applicantTrendColumns(
  applicantColumns: readonly string[],
  applicantNames: readonly string[],
  coverageOf: (row: AggregateRow) => CoverageRow | undefined,
  text: ColumnText
): Column<AggregateRow>[] {
  const reported = (r: AggregateRow, c: string): string => (countOf(r, c) > 0 ? text.count(valueOf(r, c)) : '—');
  return [
    yearColumn(text),
    ...applicantColumns.map((c, i) => ({
      key: c,
      label: applicantNames[i],
      numeric: true,
      cell: (r: AggregateRow) => reported(r, c)
    })),
    { key: NEW_TOTAL, label: text.t('col.total'), numeric: true, cell: (r) => reported(r, NEW_TOTAL) },
    ...coverageColumns(coverageOf, text)
  ];
}

/** Applicant types of one year per body or district; `extras` after the total (a district's coverage). */
export function applicantCompareColumns(
  name: Column<AggregateRow>,
  applicantColumns: readonly string[],
  applicantNames: readonly string[],
  extras: readonly Column<AggregateRow>[],
  text: ColumnText
): Column<AggregateRow>[] {
  return [
    name,
    ...applicantColumns.map((c, i) => ({
      key: c,
      label: applicantNames[i],
      numeric: true,
      cell: (r: AggregateRow) => text.count(valueOf(r, c))
    })),
    { key: NEW_TOTAL, label: text.t('col.total'), numeric: true, cell: (r) => text.count(valueOf(r, NEW_TOTAL)) },
    ...extras
  ];
}

/** The outcome groups as count (share), the outcome total and the reports in the mix. */
function outcomeColumns(text: ColumnText): Column<AggregateRow>[] {
  const names = text.groupNames();
  return [
    ...OUTCOME_GROUPS.map((g, i) => ({
      key: g.id,
      label: names[i],
      numeric: true,
      cell: (r: AggregateRow) => {
        const n = outcomeTotal(r);
        const c = groupCount(r, g);
        return n > 0 ? `${text.count(c)} (${text.pct(c / n)})` : text.count(c);
      }
    })),
    {
      key: OUTCOME_TOTAL,
      label: text.t('applications.outcomes'),
      numeric: true,
      cell: (r) => text.count(outcomeTotal(r))
    },
    {
      key: OUTCOME_REPORTS,
      label: text.t('applications.outcomeReports'),
      numeric: true,
      cell: (r) => text.count(fieldOf(r, OUTCOME_REPORTS))
    }
  ];
}

/** The outcome mix over years. */
export function outcomeTrendColumns(rows: readonly AggregateRow[], text: ColumnText): Column<AggregateRow>[] {
  return [yearColumn(text), ...outcomeColumns(text), ...leftOutColumns(rows, text)];
}

/** The outcome mix of one year per body or district. */
export function outcomeCompareColumns(
  name: Column<AggregateRow>,
  rows: readonly AggregateRow[],
  text: ColumnText
): Column<AggregateRow>[] {
  return [name, ...outcomeColumns(text), ...leftOutColumns(rows, text)];
}

/** The rates with their fractions (n), greyed under the small-sample mark. */
export function rateColumns<R extends AggregateRow | undefined>(text: ColumnText): Column<R>[] {
  return ratioColumns<R>(RATES, {
    lang: text.lang,
    smallMark: text.t('review.smallNMark'),
    fractionLabel: `${text.t('review.numerator')} / ${text.t('review.denominator')} (n)`
  });
}

function carryColumns(text: ColumnText): Column<AggregateRow>[] {
  const carried = (key: 'carried_in' | 'carried_out', label: MessageKey): Column<AggregateRow> => ({
    key,
    label: text.t(label),
    numeric: true,
    cell: (r) => text.count(valueOf(r, appColumn(key, 'total')))
  });
  return [carried('carried_in', 'applications.carriedIn'), carried('carried_out', 'applications.carriedOut')];
}

/** Rates, carry-over and left-out reports: over years (`name` null) or per body or district. */
export function rateTableColumns(
  name: Column<AggregateRow> | null,
  rows: readonly AggregateRow[],
  text: ColumnText
): Column<AggregateRow>[] {
  return [
    name ?? yearColumn(text),
    ...rateColumns<AggregateRow>(text),
    ...carryColumns(text),
    ...leftOutColumns(rows, text)
  ];
}

export function refusalColumns(text: ColumnText): Column<RefusalReason>[] {
  return [
    { key: 'reason', label: text.t('applications.reason'), cell: (r) => r.label },
    { key: 'count', label: text.t('applications.count'), numeric: true, cell: (r) => text.count(r.count) },
    { key: 'share', label: text.t('applications.share'), numeric: true, cell: (r) => text.pct(r.share) }
  ];
}

/** Whole-area (jurisdiction) reports: received and the rates, never added to the sums. */
export function wholeAreaColumns(text: ColumnText): Column<AggregateRow>[] {
  return [
    nameColumn(text.t('col.name'), (r) => String(r.agency ?? r.agency_id ?? '')),
    {
      key: NEW_TOTAL,
      label: text.t('applications.received'),
      numeric: true,
      cell: (r) => text.count(valueOf(r, NEW_TOTAL))
    },
    ...rateColumns<AggregateRow>(text)
  ];
}
