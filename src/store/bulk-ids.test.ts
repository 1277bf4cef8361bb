import { describe, expect, it } from 'vitest';
import { bulkId } from './bulk-ids.ts';

describe('bulkId', () => {
  it('gives distinct lower-case version-4 UUIDs, as crypto.randomUUID does', () => {
    const ids = Array.from({ length: 5_000 }, bulkId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
