/**
 * The Compare view's table: every ranked entity (small-n ones too) with its value, the n of a ratio,
 * reports and, for areas, the bodies summed, those without a report, the whole-area figure and
 * whether it differs from the sum. Pure: labels in, columns out.
 */
import { translate, type MessageKey } from '../../i18n/index';
import type { MetricInfo } from '../../metrics/catalog';
import { formatValue } from '../../metrics/format';
import { jurisdictionSums, type CompareLevel, type RankedEntity } from '../../queries/compare';
import { differences } from '../../queries/totals';
import type { Column } from '../table';
import { formatOf, jurisdictionValue, type CompareContext } from './charts';
import { LEVEL_LABEL } from './params';

export function rankColumns(ctx: CompareContext, metric: MetricInfo, level: CompareLevel): Column<RankedEntity>[] {
  const tr = (key: MessageKey): string => translate(ctx.lang, key);
  const format = formatOf(metric, ctx.lang);
  const count = (v: number | null): string => formatValue(v, 'count', ctx.lang);
  const cols: Column<RankedEntity>[] = [
    {
      key: 'name',
      label: level === 'body' ? tr('col.name') : tr(LEVEL_LABEL[level]),
      cell: (r) => ctx.labelOf(r.entity.name)
    }
  ];
  if (level === 'body') cols.push({ key: 'county', label: tr('col.county'), cell: (r) => r.entity.county ?? '—' });
  cols.push({
    key: 'value',
    label: metric.short[ctx.lang],
    numeric: true,
    cell: (r) => format(r.value.value),
    flag: (r) => (r.smallN ? tr('compare.smallNMark') : null)
  });
  if (metric.kind === 'ratio') {
    cols.push({
      key: 'n',
      label: tr('compare.colN'),
      numeric: true,
      cell: (r) => `${count(r.value.numerator)} / ${count(r.value.denominator)}`
    });
  }
  cols.push({ key: 'reports', label: tr('col.reports'), numeric: true, cell: (r) => String(r.entity.reports) });
  if (level === 'body') return cols;
  return [
    ...cols,
    { key: 'bodies', label: tr('compare.colBodies'), numeric: true, cell: (r) => String(r.entity.bodies ?? '—') },
    { key: 'missing', label: tr('compare.colMissing'), numeric: true, cell: (r) => String(r.entity.missing ?? '—') },
    {
      key: 'jurisdiction',
      label: tr('compare.colJur'),
      numeric: true,
      cell: (r) => {
        const v = jurisdictionValue(r, metric);
        return v === null ? '—' : format(v);
      }
    },
    {
      key: 'diff',
      label: tr('compare.colDiff'),
      cell: (r) => {
        const whole = jurisdictionSums(r.entity, metric.columns);
        if (!whole) return '—';
        return differences(r.entity.sums, whole, metric.columns).length > 0
          ? tr('compare.differs')
          : tr('compare.same');
      }
    }
  ];
}
