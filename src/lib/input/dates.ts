/** `2022-02-08 16:34`, `2020年1月20日`, `2020/1/20` → ISO `YYYY-MM-DD`; undefined when not a date. */
export function toIsoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** A date stated in page text: `发布时间：2020-01-20`, `发布日期: 2020年1月31日`. */
export const PUBLISHED_IN_TEXT =
  /(?:发布|公开|成文)(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})/;
