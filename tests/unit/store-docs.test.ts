// The store's privacy answers (docs/store/privacy.md) must say what the README says and what the
// manifest asks for: the same permissions, each justified, and the same "nothing leaves" claims.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const privacy = readFileSync('docs/store/privacy.md', 'utf8');
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { permissions: string[] };

/** The permissions named in the first column of a markdown table's rows ("| `a`, `b` | why |"). */
function tablePermissions(text: string, heading: string): string[] {
  const section = text.split(heading)[1]?.split(/\n## /)[0] ?? '';
  return section
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .flatMap((l) => [...(l.split('|')[1] ?? '').matchAll(/`([\w.]+)`/g)].map((m) => m[1]!))
    .sort();
}

describe('store privacy answers', () => {
  it('justify exactly the manifest’s permissions, as the README does', () => {
    const wanted = [...manifest.permissions].sort();
    expect(tablePermissions(privacy, '## Permission justifications')).toEqual(wanted);
    expect(tablePermissions(readme, '## Permissions, and why')).toEqual(wanted);
  });

  it('make the README’s claims: no requests, no analytics, no remote code, local IndexedDB, no host access', () => {
    for (const claim of [/no network requests/i, /no analytics/i, /remote code/i, /IndexedDB/, /`coffee-chat`/]) {
      expect(readme).toMatch(claim);
      expect(privacy).toMatch(claim);
    }
    expect(readme).toMatch(/No host permissions/);
    expect(privacy).toMatch(/Host permissions: none/);
    expect(privacy).toMatch(/data_collection_permissions: \{ required: \["none"\] \}/);
  });
});
