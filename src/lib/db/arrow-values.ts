/**
 * Arrow results → plain JS rows. DuckDB hands back BIGINT/HUGEINT as BigInt, DECIMAL as a
 * scaled big-number object and DATE as epoch milliseconds; the dashboard wants numbers and
 * `YYYY-MM-DD`. Typed structurally (not against apache-arrow's classes) because duckdb-wasm
 * bundles its own Arrow version.
 */

/** Arrow type ids (apache-arrow's `Type` enum; stable across versions). */
const TYPE_DECIMAL = 7;
const TYPE_DATE = 8;
const TYPE_TIMESTAMP = 10;

export interface ArrowFieldLike {
  name: string;
  type: { typeId: number; scale?: number };
}

export interface ArrowTableLike {
  schema: { fields: readonly ArrowFieldLike[] };
  toArray(): readonly { toJSON(): Record<string, unknown> }[];
}

export type PlainValue = string | number | boolean | null;

/** An unscaled decimal integer (as text) divided by 10^scale, without binary rounding on the way. */
export function decimalToNumber(unscaled: string, scale: number): number {
  if (scale <= 0) return Number(unscaled);
  const negative = unscaled.startsWith('-');
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(negative ? `-${text}` : text);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function convert(value: unknown, field: ArrowFieldLike): PlainValue {
  if (value === null || value === undefined) return null;
  const { typeId, scale } = field.type;
  if (typeId === TYPE_DECIMAL) return decimalToNumber(String(value), scale ?? 0);
  if (typeId === TYPE_DATE && typeof value === 'number') return isoDate(value);
  if (typeId === TYPE_DATE && value instanceof Date) return isoDate(value.getTime());
  if (typeId === TYPE_TIMESTAMP && typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Lists, structs and maps are not part of the export contract; hand them over as JSON text.
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

export function arrowToRows<Row extends Record<string, unknown>>(table: ArrowTableLike): Row[] {
  const fields = table.schema.fields;
  return table.toArray().map((arrowRow) => {
    const source = arrowRow.toJSON();
    const row: Record<string, PlainValue> = {};
    for (const field of fields) row[field.name] = convert(source[field.name], field);
    return row as Row;
  });
}
