// Ask the browser not to evict our data under storage pressure. Extensions with the
// "unlimitedStorage" permission are persistent anyway; elsewhere this may show a prompt
// (Firefox) or be decided silently (Chromium). Never fails the caller.
let asked: Promise<boolean> | null = null;

export function requestPersistence(): Promise<boolean> {
  asked ??= (async () => {
    try {
      const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
      if (!storage?.persist) return false;
      if (await storage.persisted?.()) return true;
      return await storage.persist();
    } catch {
      return false;
    }
  })();
  return asked;
}
