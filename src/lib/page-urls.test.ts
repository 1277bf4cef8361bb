import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dashboardPath, meetingPath, optionsPath, PAGES } from './page-urls.ts';

describe('extension page paths', () => {
  it('opens the dashboard plain, on a contact, or on a reminder', () => {
    expect(dashboardPath()).toBe('src/dashboard/index.html');
    expect(dashboardPath(null)).toBe('src/dashboard/index.html');
    expect(dashboardPath('c1')).toBe('src/dashboard/index.html?contact=c1');
    expect(dashboardPath('c1', 'r1')).toBe('src/dashboard/index.html?contact=c1&reminder=r1');
  });

  it('encodes every id, so a hostile one cannot add parameters', () => {
    const path = dashboardPath('a&reminder=x#y', 'r/1 ?');
    expect(new URL(path, 'chrome-extension://id/').searchParams.getAll('reminder')).toEqual(['r/1 ?']);
    expect(new URL(path, 'chrome-extension://id/').searchParams.get('contact')).toBe('a&reminder=x#y');
    expect(new URL(meetingPath('i&j'), 'chrome-extension://id/').searchParams.get('interview')).toBe('i&j');
    expect(meetingPath('i1')).toBe('src/meeting/index.html?interview=i1');
  });

  it('names pages that exist, the settings page among them', () => {
    expect(optionsPath()).toBe('src/options/index.html');
    for (const path of Object.values(PAGES)) expect(existsSync(path), path).toBe(true);
  });
});
