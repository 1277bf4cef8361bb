// Every message of the informational-interview cycle, rendered from the user's template
// when they changed it (and it parses), else from the shipped default.

import type { DraftLanguage } from '../domain/language.ts';
import { type MessageKind, type MessageTemplate, ownTemplates, type Settings } from '../domain/settings.ts';
import { countGraphemes } from '../lib/graphemes.ts';
import { type DraftContext, draftVars } from './context.ts';
import { DEFAULT_TEMPLATES_IN } from './defaults.ts';
import { LANGUAGE_WORDS } from './language-words.ts';
import { shorterHooks } from './note-hooks.ts';
import { CONNECTION_NOTE_LIMIT, CONNECTION_NOTE_LIMIT_PREMIUM, shortenEmail, shortenNote } from './shorten.ts';
import { parseTemplate, renderTemplate, type Template, type TemplateError, type TemplateVars } from './template.ts';

export type { DraftContext } from './context.ts';
export { COLD_EMAIL_WORD_LIMIT, CONNECTION_NOTE_LIMIT, CONNECTION_NOTE_LIMIT_PREMIUM, countWords } from './shorten.ts';

/** The characters LinkedIn allows in this user's invitation note: 200, or 300 with Premium. */
export function connectionNoteLimit(settings: Pick<Settings, 'linkedInPremium'>): number {
  return settings.linkedInPremium ? CONNECTION_NOTE_LIMIT_PREMIUM : CONNECTION_NOTE_LIMIT;
}

export interface Draft {
  subject: string;
  body: string;
}

/** Characters as a person counts them: "👩‍💻" is one, "東京" is two. */
export function countCharacters(text: string): number {
  return countGraphemes(text);
}

/** The template in force for `kind` in `lang`, and the errors of the user's version if it was set aside. */
export function resolveTemplate(
  kind: MessageKind,
  settings: Settings,
  lang: DraftLanguage = 'en',
): {
  subject: Template;
  body: Template;
  errors: TemplateError[];
} {
  const parseBoth = (t: MessageTemplate) => [parseTemplate(t.subject), parseTemplate(t.body)] as const;
  const own = ownTemplates(settings, lang)[kind];
  const shipped = DEFAULT_TEMPLATES_IN[lang][kind];
  if (own) {
    const [s, b] = parseBoth(own);
    if (s.ok && b.ok) return { subject: s.template, body: b.template, errors: [] };
    const errors = [...(s.ok ? [] : s.errors), ...(b.ok ? [] : b.errors)];
    const [ds, db] = parseBoth(shipped);
    if (ds.ok && db.ok) return { subject: ds.template, body: db.template, errors };
  }
  const [ds, db] = parseBoth(shipped);
  if (!ds.ok || !db.ok) throw new Error(`default ${lang} ${kind} template does not parse`); // a bug in defaults.ts
  return { subject: ds.template, body: db.template, errors: [] };
}

/** Removes what empty placeholders leave behind: double spaces, space before punctuation, extra blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/(\S) {2,}/g, '$1 ')
        .replace(/ +([,.!?])(?=\s|$)/g, '$1')
        .trimEnd(),
    )
    .join('\n')
    .replace(/(?<![.])\.\.(?![.])/g, '.') // "… B.V." + "." → one full stop; "..." stays
    .replace(/^\s*\n/, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Whether the body in force wraps its "what I'd love to learn" sentence in {{#if learn}}, so an
 * empty `learn` removes the sentence rather than leaving "I'd love to hear ." (a user's own
 * template may not).
 */
function guardsLearn(kind: MessageKind, settings: Settings, lang: DraftLanguage): boolean {
  const own = ownTemplates(settings, lang)[kind];
  const ownInForce = own && parseTemplate(own.subject).ok && parseTemplate(own.body).ok;
  const body = ownInForce ? own.body : DEFAULT_TEMPLATES_IN[lang][kind].body;
  return /\{\{#if learn\}\}[\s\S]*\{\{learn\}\}[\s\S]*\{\{\/if\}\}/.test(body) && body.split('{{learn}}').length === 2;
}

export function renderDraft(
  kind: MessageKind,
  settings: Settings,
  vars: TemplateVars,
  lang: DraftLanguage = 'en',
): Draft {
  const t = resolveTemplate(kind, settings, lang);
  return {
    subject: tidy(renderTemplate(t.subject, vars)).replace(/\s*\n\s*/g, ' '),
    body: tidy(renderTemplate(t.body, vars)),
  };
}

export function draftMessage(kind: MessageKind, ctx: DraftContext): Draft {
  const vars = draftVars(kind, ctx);
  const lang = ctx.language ?? 'en';
  const render = (v: TemplateVars) => renderDraft(kind, ctx.settings, v, lang);
  const { shortLearn } = LANGUAGE_WORDS[lang];
  if (kind === 'connectionNote') {
    const hook = String((vars.contact as { highlight?: unknown }).highlight ?? '');
    return shortenNote(render, vars, {
      limit: connectionNoteLimit(ctx.settings),
      shortLearn,
      shorterHooks: shorterHooks(hook, ctx.contact.title, ctx.contact.company, lang),
      dropLearn: guardsLearn(kind, ctx.settings, lang),
    });
  }
  if (kind === 'coldEmail') return shortenEmail(render, vars, undefined, shortLearn);
  return render(vars);
}
