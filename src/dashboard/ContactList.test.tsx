// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { syntheticContacts } from '../store/bench-data.ts';
import { ContactList } from './ContactList.tsx';

describe('ContactList', () => {
  it('puts only a window of 30,000 contacts in the DOM, sized for all of them', () => {
    const contacts = syntheticContacts(30_000, { seed: 5 });
    const { container } = render(<ContactList contacts={contacts} selectedId={contacts[1]!.id} onOpen={() => undefined} label="Contacts" />);
    const rows = container.querySelectorAll('button.cc-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    const ul = container.querySelector('ul')!;
    expect(ul.style.paddingBottom).toBe(`${(30_000 - rows.length) * 52}px`);
  });
});
