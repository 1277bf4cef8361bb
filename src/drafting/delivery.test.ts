import { describe, expect, it } from 'vitest';
import {
  clipboardText,
  gmailComposeLink,
  MAILTO_MAX_LENGTH,
  mailtoFits,
  mailtoLink,
  outlookComposeLink,
  TRUNCATION_NOTE,
} from './delivery.ts';

const draft = {
  to: 'ana.lima@example.org',
  subject: 'A 20-minute chat? (via Bo & Co)',
  body: 'Hi Ana,\n\nLine two + more; 50% sure.\nÜber 東京 👩‍💻',
};

describe('mailtoLink', () => {
  it('percent-encodes with %20 for spaces and CRLF line breaks', () => {
    const link = mailtoLink(draft);
    expect(link).toBe(
      'mailto:ana.lima@example.org?subject=A%2020-minute%20chat%3F%20(via%20Bo%20%26%20Co)' +
        '&body=Hi%20Ana%2C%0D%0A%0D%0ALine%20two%20%2B%20more%3B%2050%25%20sure.%0D%0A%C3%9Cber%20%E6%9D%B1%E4%BA%AC%20%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB',
    );
    expect(link).not.toContain('+');
    const url = new URL(link);
    expect(decodeURIComponent(url.search.split('&body=')[1]!)).toBe(draft.body.replace(/\n/g, '\r\n'));
  });

  it('encodes odd characters in addresses, keeps "@", joins several with commas', () => {
    expect(mailtoLink({ to: ['a+b@example.org', ' c@example.org '], subject: '', body: '' })).toBe(
      'mailto:a%2Bb@example.org,c@example.org?',
    );
    expect(mailtoLink({ subject: 'Hi', body: 'x' })).toBe('mailto:?subject=Hi&body=x');
  });

  it('keeps CRLF from CRLF input and does not double it', () => {
    expect(mailtoLink({ subject: '', body: 'a\r\nb\rc' })).toBe('mailto:?body=a%0D%0Ab%0D%0Ac');
  });

  it('stays within the practical length limit by shortening the body with a note', () => {
    const long = { ...draft, body: 'Paragraph with words 😀 東京.\n'.repeat(200) };
    const link = mailtoLink(long);
    expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const body = decodeURIComponent(link.split('&body=')[1]!);
    expect(body.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(body.startsWith('Paragraph with words 😀 東京.\r\n')).toBe(true);
    expect(body).not.toContain('\uFFFD');
    expect(mailtoFits(long)).toBe(false);
    expect(mailtoFits(draft)).toBe(true);
  });
});

describe('web compose links', () => {
  it('Gmail', () => {
    const link = gmailComposeLink(draft);
    const u = new URL(link);
    expect(u.origin + u.pathname).toBe('https://mail.google.com/mail/');
    expect(u.searchParams.get('view')).toBe('cm');
    expect(u.searchParams.get('to')).toBe('ana.lima@example.org');
    expect(u.searchParams.get('su')).toBe(draft.subject);
    expect(u.searchParams.get('body')).toBe(draft.body);
    expect(link).toContain('su=A%2020-minute');
  });

  it('Outlook, work and personal', () => {
    const work = new URL(outlookComposeLink(draft));
    expect(work.origin + work.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(work.searchParams.get('subject')).toBe(draft.subject);
    expect(work.searchParams.get('body')).toBe(draft.body);
    expect(outlookComposeLink(draft, { personal: true })).toMatch(
      /^https:\/\/outlook\.live\.com\/mail\/deeplink\/compose\?to=/,
    );
  });

  it('also respect a length limit', () => {
    const long = { ...draft, body: 'x '.repeat(10_000) };
    expect(gmailComposeLink(long).length).toBeLessThanOrEqual(8000);
    expect(outlookComposeLink(long, {}, 3000).length).toBeLessThanOrEqual(3000);
  });
});

describe('clipboardText', () => {
  it.each([
    [{ subject: 'Hello', body: 'a\r\nb' }, 'Subject: Hello\n\na\nb'],
    [{ subject: '  ', body: 'note only' }, 'note only'],
  ])('%j', (d, out) => expect(clipboardText(d)).toBe(out));
});
