// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../domain/settings.ts';
import { Availability, minutesError } from './Availability.tsx';
import { timeChoices } from './TimeSelect.tsx';

afterEach(cleanup);

function setup() {
  let settings = defaultSettings('Europe/Berlin');
  const edit = vi.fn((change: (s: Settings) => Settings) => {
    settings = change(settings);
  });
  const view = render(<Availability availability={settings.availability} edit={edit} />);
  return { edit, view, current: () => settings };
}

describe('Availability', () => {
  it('keeps a window whose end is before its start out of the settings, and says why', () => {
    const { edit, current } = setup();
    const ends = screen.getAllByLabelText('To');
    fireEvent.change(ends[0]!, { target: { value: '09:00' } });
    expect(screen.getByText(/The end must be after the start/)).toBeTruthy();
    expect(ends[0]!.getAttribute('aria-invalid')).toBe('true');
    // The broken Monday row is left out; the other four are kept.
    expect(edit).toHaveBeenCalledTimes(1);
    expect(current().availability.windows.map((w) => w.day)).toEqual([2, 3, 4, 5]);
  });

  it('adds and removes windows', () => {
    const { current } = setup();
    fireEvent.click(screen.getByRole('button', { name: '+ Add a window' }));
    expect(current().availability.windows).toHaveLength(6);
    expect(current().availability.windows[5]).toEqual({ day: 6, start: '10:00', end: '12:00' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Monday 10:00–12:00' }));
    expect(current().availability.windows.map((w) => w.day)).toEqual([2, 3, 4, 5, 6]);
  });

  it('saves a meeting length only when it is a sensible number of minutes', () => {
    const { current } = setup();
    const input = screen.getByLabelText('Meeting length (minutes)');
    fireEvent.input(input, { target: { value: '2' } });
    expect(current().availability.meetingMinutes).toBe(20);
    fireEvent.input(input, { target: { value: '30' } });
    expect(current().availability.meetingMinutes).toBe(30);
    expect(minutesError('')).toMatch(/whole number/);
    expect(minutesError('300')).toMatch(/Between/);
  });

  it('lists times in half hours, written in the page’s clock style, keeping an off-grid value', () => {
    setup();
    const start = screen.getAllByLabelText('From')[0] as HTMLSelectElement;
    expect(start.tagName).toBe('SELECT');
    expect(start.options).toHaveLength(48);
    expect(start.value).toBe('10:00');
    expect(timeChoices('09:10')).toContain('09:10');
    expect(timeChoices('09:10')).toHaveLength(49);
    expect(timeChoices('bad')).toHaveLength(48);
  });

  it('previews three concrete times', () => {
    setup();
    expect(screen.getByTestId('slot-preview').querySelectorAll('li')).toHaveLength(3);
  });
});
