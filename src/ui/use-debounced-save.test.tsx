// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useDebouncedSave } from './use-debounced-save.ts';

let setValue: (v: string) => void = () => {};
function Harness(props: { saved: string[]; enabled?: boolean; initial?: string }) {
  const [value, set] = useState(props.initial ?? 'start');
  setValue = set;
  useDebouncedSave(value, (v) => void props.saved.push(v), 300, props.enabled ?? true);
  return <p data-testid="value">{value}</p>;
}

/** Lets Preact render a state change, without giving it the frame it runs effects after. */
async function rendered(text: string, container: Element): Promise<void> {
  for (let i = 0; i < 20 && container.textContent !== text; i++) await Promise.resolve();
  expect(container.textContent).toBe(text);
}

afterEach(cleanup);

describe('useDebouncedSave', () => {
  it('saves a change a moment after it stops, once', async () => {
    const saved: string[] = [];
    render(<Harness saved={saved} />);
    setValue('one');
    setValue('two');
    await waitFor(() => expect(saved).toEqual(['two']), { timeout: 2000 });
  });

  it('does not save the value it was given to start with', async () => {
    const saved: string[] = [];
    const { container } = render(<Harness saved={saved} />);
    dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 400));
    expect(container.textContent).toBe('start');
    expect(saved).toEqual([]);
  });

  it('saves a change made just before the page closes, before any effect has run', async () => {
    const saved: string[] = [];
    const { container } = render(<Harness saved={saved} />);
    setValue('ticked');
    await rendered('ticked', container);
    // The popup closes within the frame: no timer, no effect, only pagehide.
    dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['ticked']);
    // And the timer that follows does not save it twice.
    await new Promise((r) => setTimeout(r, 400));
    expect(saved).toEqual(['ticked']);
  });

  it('while disabled (still loading), changes are the starting point, not edits', async () => {
    const saved: string[] = [];
    const { rerender, container } = render(<Harness saved={saved} enabled={false} />);
    setValue('loaded');
    await rendered('loaded', container);
    rerender(<Harness saved={saved} enabled />);
    dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual([]);
    setValue('edited');
    await rendered('edited', container);
    dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['edited']);
  });
});
