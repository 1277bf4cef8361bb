// Saving a file the extension made, without any network: a Blob, an object URL and a
// temporary <a download>. The URL is revoked after the click has been handled.
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  downloadBlob(filename, new Blob([text], { type }), doc);
}

/** The same for a file already made as a Blob (the JSON backup, written in pieces). */
export function downloadBlob(filename: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-11-26", for file names that sort by date. */
export function dateStamp(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
