// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CapturedProfile, emptyProfile, type IncompleteSection, type Position } from '../domain/profile.ts';
import { emptyDraft } from '../store/index.ts';
import { PersonCard } from './PersonCard.tsx';

const created = vi.hoisted(() => [] as string[]);
vi.mock('../lib/browser.ts', () => ({
  default: { tabs: { create: async (o: { url: string }) => void created.push(o.url) } },
}));

afterEach(() => {
  cleanup();
  created.length = 0;
});

const URL = 'https://www.linkedin.com/in/mira-tolvane/';
const job = (company: string): Position => ({
  title: 'Engineer',
  company,
  location: null,
  start: '2020',
  end: null,
  current: true,
  description: null,
});

function person(over: Partial<CapturedProfile>, site: CapturedProfile['site'] = 'linkedin'): CapturedProfile {
  return {
    ...emptyProfile(URL, site),
    name: 'Mira Tolvane',
    headline: 'Engineer at Zorbix Labs',
    location: 'Lisbon',
    ...over,
  };
}

const card = (profile: CapturedProfile) =>
  render(
    <PersonCard
      profile={profile}
      draft={emptyDraft()}
      shownValue={(k) => (k === 'name' ? (profile.name ?? '') : '')}
      onFields={() => {}}
    />,
  );
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const counts = (c: Element) => text(c.querySelector('.person-head + p'));

describe('PersonCard counts', () => {
  it('counts no skills on a public LinkedIn page, which never lists them', () => {
    const { container } = card(
      person({
        experience: [job('Zorbix Labs')],
        sources: { name: 'linkedin/top-card', experience: 'linkedin/public' },
      }),
    );
    expect(counts(container)).toBe('1 position · 0 schools');
  });

  it('counts every list on a signed-in LinkedIn page, zeros included', () => {
    const { container } = card(
      person({ experience: [job('Zorbix Labs')], sources: { name: 'linkedin/top-card', experience: 'linkedin/pvs' } }),
    );
    expect(counts(container)).toBe('1 position · 0 schools · 0 skills');
  });

  it('calls Scholar interests research interests and counts nothing Scholar never shows', () => {
    const { container } = card(
      person({ skills: ['Soil ecology', 'Lichens', 'Remote sensing'], sources: { name: 'scholar' } }, 'scholar'),
    );
    expect(counts(container)).toBe('3 research interests');
  });
});

describe('PersonCard missing fields', () => {
  it('says "it" for one field the form can take', () => {
    const { getByTestId } = card(
      person({
        location: null,
        experience: [job('Zorbix Labs')],
        education: [{ school: 'Uni', degree: null, field: null, start: null, end: null }],
      }),
    );
    expect(text(getByTestId('missing'))).toBe('Not found on this page: location. You can fill it in below.');
  });

  it('offers to fill in only what the form has', () => {
    const { getByTestId } = card(person({ headline: null, location: null, experience: [job('Zorbix Labs')] }));
    expect(text(getByTestId('missing'))).toBe(
      'Not found on this page: headline, location, education. You can fill in the location below.',
    );
  });

  it('on an experience list page, sends the user to the main profile, opened in a new tab', () => {
    const { getByTestId, getByRole } = card(
      person({
        headline: null,
        location: null,
        experience: [job('Zorbix Labs')],
        sources: { name: 'linkedin/title', experience: 'linkedin/details' },
      }),
    );
    expect(text(getByTestId('missing'))).toBe(
      'This page is the experience list only. Open the main profile, linkedin.com/in/mira-tolvane/, and capture it to add the headline, location and education. Or fill in the location below.',
    );
    const link = getByRole('link', { name: 'linkedin.com/in/mira-tolvane/' });
    expect(link.getAttribute('href')).toBe(URL);
    fireEvent.click(link);
    expect(created).toEqual([URL]);
  });
});

describe('PersonCard lists shown in part', () => {
  const cut = (section: IncompleteSection['section'], slug = 'mira-tolvane'): IncompleteSection => ({
    section,
    shown: 2,
    hint: `Open linkedin.com/in/${slug}/details/${section}/ and capture it to add the rest.`,
  });

  it('gives one notice for all of them, each list a link built from the profile address', () => {
    const { getAllByTestId, getByRole } = card(
      person({
        experience: [job('Zorbix Labs')],
        incomplete: [cut('experience'), cut('education'), cut('skills', 'elsewhere')],
      }),
    );
    const notices = getAllByTestId('incomplete');
    expect(notices).toHaveLength(1);
    expect(text(notices[0] ?? null)).toBe(
      'Experience, education and skills. The page shows only part of each list. Open each full list and capture it to add the rest: experience list · education list · skills list',
    );
    // The address comes from the captured profile, not from the hint the page's data produced.
    const skills = getByRole('link', { name: 'skills list' });
    expect(skills.getAttribute('href')).toBe(`${URL}details/skills/`);
    fireEvent.click(skills);
    expect(created).toEqual([`${URL}details/skills/`]);
  });

  it('links nothing when the profile address is not a LinkedIn profile', () => {
    const { queryAllByRole, getByTestId } = card({
      ...person({ incomplete: [cut('skills')] }),
      url: 'https://evil.example/in/mira-tolvane/',
    });
    expect(queryAllByRole('link')).toHaveLength(0);
    expect(text(getByTestId('incomplete'))).toMatch(/capture it to add the rest: skills list$/);
  });
});
