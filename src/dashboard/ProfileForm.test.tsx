// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact.ts';
import { newContact } from '../store/records.ts';
import { ProfileForm } from './ProfileForm.tsx';

const contact = (profileUrl: string | null): Contact => ({
  ...newContact({ profileUrl, edits: { name: '<img src=x onerror="window.__pwned=1">Ada' } }, 1),
  id: 'c1',
});

describe('ProfileForm', () => {
  it('links an http(s) profile address', () => {
    const { container } = render(<ProfileForm contact={contact('https://www.linkedin.com/in/ada-demo/')} />);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://www.linkedin.com/in/ada-demo/');
  });

  // A restored backup can carry any string as the profile address (found by the hostile-page test).
  it.each([
    'javascript:window.__pwned=1',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'not a url',
  ])('never makes %j a link', (url) => {
    const { container } = render(<ProfileForm contact={contact(url)} />);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect((container.querySelector('#pf-name') as HTMLInputElement).value).toBe(
      '<img src=x onerror="window.__pwned=1">Ada',
    );
  });
});
