// Saving a file the extension made, without any network: a Blob, an object URL and a
// temporary <a download>. The URL is revoked after the click has been handled.
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
