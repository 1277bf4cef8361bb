// Briefer ways to say the one specific thing about the person, for a connection note over
// LinkedIn's limit: their role at their organisation, their role alone, their organisation
// alone. Each is still about them (not a generic line), and is offered only when it is
// shorter than the one before, so every step of the shortener gains room.

import type { DraftLanguage } from '../domain/language.ts';
import { countGraphemes } from '../lib/graphemes.ts';
import { phrasesFor } from './phrases/index.ts';

export function shorterHooks(
  hook: string,
  title: string | null,
  company: string | null,
  lang: DraftLanguage = 'en',
): string[] {
  // A note that says nothing specific gets nothing added by its shortening.
  if (!hook) return [];
  const H = phrasesFor(lang).highlight;
  const t = title?.trim() || null;
  const c = company?.trim() || null;
  const candidates = [t && c ? H.role(H.roleAt(t, c)) : '', t ? H.role(t) : '', c ? H.org(c) : ''];
  const out: string[] = [];
  let room = countGraphemes(hook);
  for (const line of candidates) {
    const n = countGraphemes(line);
    if (line && n < room) {
      out.push(line);
      room = n;
    }
  }
  return out;
}
