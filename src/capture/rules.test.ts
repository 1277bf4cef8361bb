// The general rules behind the page classes of issue 12, on minimal markup:
// they must hold on any layout, not only on the fixtures that motivated them.
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../domain/profile.ts';
import { shown, txt } from './dom.ts';
import { line } from './finish/raw.ts';
import { parseHtml } from './fixtures.ts';
import { normalize } from './normalize.ts';

const doc = (body: string) => parseHtml(`<html><body>${body}</body></html>`, 'https://example.org/');

describe('text inside players, dialogs and screen-reader-only controls is never profile text', () => {
  it.each([
    ['<audio><p>Your browser does not support audio.</p></audio>'],
    ['<video><p>Video unavailable</p></video>'],
    ['<dialog><p>Close</p></dialog>'],
    ['<div role="dialog"><p>Beginning of dialog window.</p></div>'],
    ['<div role="alertdialog"><p>Are you sure?</p></div>'],
    ['<div aria-modal="true"><p>Sign in to continue</p></div>'],
    ['<div class="video-js"><p>This is a modal window.</p></div>'],
    ['<p class="vjs-control-text">Play</p>'],
    ['<span class="sr-only">Opens in a new tab</span>'],
  ])('%s', (inert) => {
    const d = doc(`<section id="card">${inert}<p>Hydrologist</p></section>`);
    expect(line(txt(d.getElementById('card')))).toBe('Hydrologist');
    expect(shown(d, 'p').map((p) => line(txt(p)))).toEqual(['Hydrologist']);
  });
});

describe('normalize: the current title', () => {
  const base = () => ({ ...emptyProfile('https://example.org/', 'generic'), headline: 'Hydrology, rivers, maps' });
  const pos = (title: string, current: boolean) => ({
    title,
    company: 'Fjordwater',
    location: null,
    start: '2020',
    end: current ? null : '2021',
    current,
    description: null,
  });

  it.each(['PhD', 'Ph.D.', 'MSc', 'MSc (Hydrology)', 'MBA', 'Dr.'])('a degree (%s) is not a title', (t) => {
    const p = normalize({ ...base(), current: { title: t, company: 'Skarvik' } });
    expect(p.current).toEqual({ title: null, company: 'Skarvik' });
  });

  it('a title that mentions a degree stays', () => {
    const p = normalize({ ...base(), current: { title: 'PhD Programme Coordinator', company: null } });
    expect(p.current?.title).toBe('PhD Programme Coordinator');
  });

  it('the headline repeated as the title gives way to the first listed position', () => {
    const p = normalize({
      ...base(),
      current: { title: 'Hydrology, rivers, maps', company: 'Fjordwater' },
      experience: [pos('River Engineer', false)],
    });
    expect(p.current).toEqual({ title: 'River Engineer', company: 'Fjordwater' });
  });

  it('a running position wins over any title a layer guessed', () => {
    const p = normalize({
      ...base(),
      current: { title: 'Hydrology, rivers, maps', company: null },
      experience: [pos('Hydrologist', true)],
    });
    expect(p.current).toEqual({ title: 'Hydrologist', company: 'Fjordwater' });
  });
});
