// Derives each browser's manifest from the one top-level manifest.json.
// Firefox MV3 has no service worker background: it runs `background.scripts`
// as an event page, and needs a gecko id to keep IndexedDB and storage across restarts.

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'coffee-chat@coffee-chat.local';

// biome-ignore lint/suspicious/noExplicitAny: the manifest is plain JSON shaped by crxjs' own types
type Manifest = Record<string, any>;

/** Test-only host access: lets the Firefox smoke test capture without a click it cannot simulate. */
export const SMOKE_HOST_PERMISSIONS = ['https://www.linkedin.com/*'];

/** `version`: package.json's, the one version of a release (manifest.json carries none). */
export function manifestFor(base: Manifest, target: Target, opts: { smoke?: boolean; version: string }): Manifest {
  const m: Manifest = { ...structuredClone(base), version: opts.version };
  if (opts.smoke) m.host_permissions = [...SMOKE_HOST_PERMISSIONS];
  if (target === 'chrome') return m;
  m.background = { scripts: [base.background.service_worker], type: 'module' };
  m.browser_specific_settings = {
    // "none": Firefox shows users that the extension collects and transmits nothing.
    gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    // Firefox for Android reads data_collection_permissions from 142 on.
    gecko_android: { strict_min_version: '142.0' },
  };
  delete m.minimum_chrome_version;
  return m;
}
