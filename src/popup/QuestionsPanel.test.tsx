// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EIGHT_POSITIONS, SPARSE_PERSON } from '../drafting/sample-people.ts';
import { SAMPLE_SETTINGS } from '../drafting/samples.ts';
import { QuestionsPanel } from './QuestionsPanel.tsx';

const panel = (profile: typeof SPARSE_PERSON) =>
  render(
    <QuestionsPanel
      profile={profile}
      settings={SAMPLE_SETTINGS}
      stored={{ plan: [], morePages: 0, planTouched: false }}
      onPlan={() => {}}
      onMore={() => {}}
    />,
  );

afterEach(cleanup);

describe('QuestionsPanel', () => {
  it('says when the profile was thin', () => {
    const { queryByTestId } = panel(SPARSE_PERSON);
    expect(queryByTestId('thin-profile')?.textContent).toMatch(/says little about them/);
  });

  it('says nothing of the kind for a rich profile, and shows the fact each idea comes from', () => {
    const { queryByTestId, container } = panel(EIGHT_POSITIONS);
    expect(queryByTestId('thin-profile')).toBeNull();
    const bases = [...container.querySelectorAll('.cc-check-hint')].map((b) => b.textContent);
    expect(bases.length).toBeGreaterThanOrEqual(6);
    expect(bases.every((b) => b?.startsWith('From the profile: '))).toBe(true);
  });
});
