// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { syntheticContacts } from '../store/bench-data.ts';
import { ContactList } from './ContactList.tsx';

describe('ContactList', () => {
  it('puts only a window of 30,000 contacts in the DOM, sized for all of them', () => {
    const contacts = syntheticContacts(30_000, { seed: 5 });
    const { container } = render(
      <ContactList contacts={contacts} selectedId={contacts[1]!.id} onOpen={() => undefined} label="Contacts" />,
    );
    const rows = container.querySelectorAll('button.cc-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    const ul = container.querySelector('ul')!;
    expect(ul.style.paddingBottom).toBe(`${(30_000 - rows.length) * 52}px`);
  });

  it('shows the new contacts in the rows it has when the list changes (a keystroke)', () => {
    const all = syntheticContacts(200, { seed: 6 });
    const names = (el: Element) => [...el.querySelectorAll('.cc-row-name')].map((n) => n.textContent);
    const props = { selectedId: all[198]!.id, onOpen: () => undefined, label: 'Contacts' };
    const { container, rerender } = render(<ContactList contacts={all} {...props} />);
    const fewer = all.filter((_, i) => i % 3 === 0).reverse();
    rerender(<ContactList contacts={fewer} {...props} />);
    expect(names(container)).toEqual(fewer.slice(0, names(container).length).map((c) => c.captured!.name));
    const items = [...container.querySelectorAll('li')];
    expect(items.every((li) => li.getAttribute('aria-setsize') === String(fewer.length))).toBe(true);
    expect(items.map((li) => li.getAttribute('aria-posinset'))).toEqual(items.map((_, i) => String(i + 1)));
    const current = container.querySelectorAll('[aria-current="true"]');
    // Contact 198 is first now (it was out of the window before).
    expect([...current].map((b) => b.querySelector('.cc-row-name')?.textContent)).toEqual([all[198]!.captured!.name]);
    rerender(<ContactList contacts={all.slice(0, 2)} {...props} />);
    expect(names(container)).toEqual(all.slice(0, 2).map((c) => c.captured!.name));
  });

  it('marks the first name, and only it, for the bench to time the first list painted', () => {
    const contacts = syntheticContacts(40, { seed: 7 });
    const { container } = render(
      <ContactList contacts={contacts} selectedId={null} onOpen={() => undefined} label="Contacts" />,
    );
    const marked = [...container.querySelectorAll('[elementtiming]')];
    expect(marked.map((e) => [e.getAttribute('elementtiming'), e.textContent])).toEqual([
      ['contact-list', contacts[0]!.captured!.name],
    ]);
  });
});
