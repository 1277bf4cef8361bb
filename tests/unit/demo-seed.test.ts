// The demo journey `npm start` seeds: what it writes (through the store's public API, into a
// fresh in-memory database), that it is made up, and that nothing but the launcher can run it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedJourney } from '../../scripts/lib/demo-journey.ts';
import { DEMO_SEED_TRACE } from '../../scripts/lib/demo-seed-trace.ts';
import { displayValue, STAGES } from '../../src/domain/contact.ts';
import {
  allContacts,
  dueReminders,
  listInterviews,
  type ReferralNode,
  referralTree,
} from '../../src/store/repository.ts';
import { freshDb } from '../../src/store/test-util.ts';

const NOW = Date.UTC(2026, 2, 10, 9);

const depth = (n: ReferralNode): number => 1 + Math.max(0, ...n.children.map(depth));
const leaves = (n: ReferralNode): ReferralNode[] => (n.children.length ? n.children.flatMap(leaves) : [n]);

describe('the demo journey', () => {
  it('holds a dozen made-up people at every stage, two meetings held, a 3-level referral chain with a dead end, due reminders and an imported batch', async () => {
    const db = await freshDb();
    const summary = await seedJourney(db, NOW);
    expect(summary.trace).toBe(DEMO_SEED_TRACE);
    const contacts = await allContacts(db);
    expect(contacts).toHaveLength(summary.contacts);
    const own = contacts.filter((c) => !c.importedFrom);
    expect(own.length).toBeGreaterThanOrEqual(10);
    expect(new Set(own.map((c) => c.stage))).toEqual(new Set(STAGES));
    expect(contacts.filter((c) => c.importedFrom?.source === 'linkedin-connections')).toHaveLength(summary.imported);
    expect(summary.imported).toBeGreaterThanOrEqual(4);

    // Clearly fake: example.com addresses only, demo profile links.
    for (const c of contacts) {
      if (c.email) expect(c.email).toMatch(/@example\.com$/);
      expect(c.profileUrl).toMatch(/-demo\/?$/);
    }

    const held = (await Promise.all(own.map((c) => listInterviews(db, c.id))))
      .flat()
      .filter((i) => i.endedAt !== null && i.endedAt < NOW);
    expect(held).toHaveLength(2);
    for (const i of held) {
      expect(i.notes.trim()).not.toBe('');
      expect(i.takeaways.trim()).not.toBe('');
    }

    const root = own.find((c) => c.referredBy === null && own.some((o) => o.referredBy === c.id))!;
    const tree = await referralTree(db, root.id);
    expect(depth(tree)).toBe(4); // the root and three levels under it
    const ends = leaves(tree).map((n) => contacts.find((c) => c.id === n.contactId)!);
    expect(ends.map((c) => c.stage)).toContain('declined'); // the dead end

    const due = await dueReminders(db, NOW);
    expect(due.length).toBeGreaterThanOrEqual(2);
    expect(displayValue(root, 'name')).toBeTruthy();
  });
});

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|mjs|js)$/.test(p) ? [p] : [];
  });
const importers = (module: RegExp) =>
  [...files('src'), ...files('scripts'), ...files('tests')].filter((f) =>
    [
      ...readFileSync(f, 'utf8')
        .replace(/import type [^;]+;/g, '')
        .matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g),
    ].some((m) => module.test(m[1]!)),
  );

describe('the demo seed runs only from npm start and its screenshot mode', () => {
  it('only the launcher loads the seed into a browser', () => {
    expect(importers(/\/demo-seed\.ts$/)).toEqual(['scripts/start.ts']);
  });

  it('the journey is reached only through the launcher’s bundle entry (and this test)', () => {
    expect(importers(/\/demo-journey\.ts$/).sort()).toEqual([
      'scripts/lib/demo-seed-page.ts',
      'tests/unit/demo-seed.test.ts',
    ]);
    expect(importers(/\/demo-seed-page\.ts$/)).toEqual([]); // bundled by path in demo-seed.ts, imported by nobody
  });

  it('no extension code imports anything from scripts/', () => {
    expect(files('src').filter((f) => /from\s+['"](\.\.\/)+scripts\//.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
