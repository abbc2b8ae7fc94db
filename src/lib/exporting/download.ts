/** Save bytes, text or a Blob as a file from the browser: an object URL and a temporary link. */
export function downloadFile(name: string, content: Uint8Array | string | Blob, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `nianbao-reports-2024-06-01.csv`: the table and today's date. */
export function downloadName(table: string, extension: 'csv' | 'parquet', now = new Date()): string {
  return `nianbao-${table}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** A file name from a title (a chart's, a table's): characters that file systems refuse become `_`. */
export function titleFileName(title: string, extension: 'png' | 'csv', fallback = 'nianbao'): string {
  const base = title
    // Control characters are refused by file systems too.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || fallback}.${extension}`;
}
