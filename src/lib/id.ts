// Random ids for records. Extension pages and the service worker all have Web Crypto.
export function newId(): string {
  return crypto.randomUUID();
}
