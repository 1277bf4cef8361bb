import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../domain/settings.ts';
import { fillPlan } from './own-export.ts';

describe('fillPlan', () => {
  it('fills empty fields and keeps what the user wrote', () => {
    const user = { ...defaultSettings().user, name: 'Already Here' };
    const plan = fillPlan({ name: 'From Export', position: 'Analyst at Sorrel', field: '  ' }, user);
    expect(plan).toEqual([
      { key: 'name', value: 'From Export', fills: false },
      { key: 'position', value: 'Analyst at Sorrel', fills: true },
    ]);
  });
});
