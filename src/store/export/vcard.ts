// Contacts as vCard 4.0 (RFC 6350): CRLF lines folded at 75 octets, values escaped.
import { type Contact, displayValue } from '../../domain/contact.ts';
import { foldLine } from '../../lib/fold-lines.ts';

// Every line break, a lone CR included: a raw CR would end the content line on import.
export function escapeValue(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n?|\n/g, '\\n');
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function card(c: Contact): string[] {
  const name = displayValue(c, 'name') ?? c.email ?? c.profileUrl ?? 'Unnamed';
  const parts = name.trim().split(/\s+/);
  const family = parts.length > 1 ? parts.pop()! : '';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:coffee-chat:${escapeValue(c.id)}`,
    `FN:${escapeValue(name)}`,
    `N:${escapeValue(family)};${escapeValue(parts.join(' '))};;;`,
  ];
  const company = displayValue(c, 'company');
  const title = displayValue(c, 'title');
  if (company) lines.push(`ORG:${escapeValue(company)}`);
  if (title) lines.push(`TITLE:${escapeValue(title)}`);
  if (c.email) lines.push(`EMAIL;TYPE=work:${escapeValue(c.email)}`);
  if (c.profileUrl) lines.push(`URL:${c.profileUrl}`);
  const location = displayValue(c, 'location');
  if (location) lines.push(`ADR;LABEL="${location.replace(/["\\]/g, '')}":;;;${escapeValue(location)};;;`);
  if (c.tags.length) lines.push(`CATEGORIES:${c.tags.map(escapeValue).join(',')}`);
  if (c.notes) lines.push(`NOTE:${escapeValue(c.notes)}`);
  lines.push(`REV:${stamp(c.updatedAt)}`, 'END:VCARD');
  return lines;
}

export function contactsToVcard(contacts: Contact[]): string {
  return (
    contacts
      .flatMap(card)
      .map((l) => foldLine(l))
      .join('\r\n') + '\r\n'
  );
}
