/** Save bytes or text as a file from the browser: a Blob, an object URL and a temporary link. */
export function downloadFile(name: string, content: Uint8Array | string, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
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
