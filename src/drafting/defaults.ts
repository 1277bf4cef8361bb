// The messages as shipped. `settings.templates` holds only the ones a user changed, so an
// improvement here reaches everyone who kept the default. Written for plain-text email:
// block tags sit on their own lines (the parser removes those lines), and sentences are
// built so that names and organisations are never inflected.

import type { DraftLanguage } from '../domain/language.ts';
import type { Templates } from '../domain/settings.ts';
import { DEFAULT_TEMPLATES_DE } from './defaults-de.ts';
import { DEFAULT_TEMPLATES_ES } from './defaults-es.ts';
import { DEFAULT_TEMPLATES_FR } from './defaults-fr.ts';
import { NAMES as NAMES_IN, SIGN } from './defaults-shared.ts';

const HELLO = 'Hi {{contact.firstName | contact.name | "there"}},';
const NAMES = (list: string) => NAMES_IN(list, 'and');

export const DEFAULT_TEMPLATES: Templates = {
  coldEmail: {
    subject:
      '{{#if introducer}}{{introducer.name}} suggested I get in touch{{else}}A {{meeting.minutes}}-minute chat about your work?{{/if}}',
    body: `${HELLO}

{{#if introducer}}{{introducer.name}}{{#if introducer.relation}}, {{introducer.relation}},{{/if}} suggested I get in touch with you. {{/if}}I'm {{user.name}}{{#if user.position}}, {{user.position}}{{/if}}.{{#if user.pitch}} {{user.pitch}}{{/if}}

{{#if contact.highlight}}{{contact.highlight}} {{/if}}I'd love to hear {{learn}}{{#if user.field}}, as I'm exploring {{user.field}}{{/if}}.

{{#if slots}}
Would you have {{meeting.minutes}} minutes for a phone or video call? Any of these times would work for me:
{{#each slots}}
- {{item.label}}
{{/each}}
Or suggest a time that suits you better.
{{else}}
Would you have {{meeting.minutes}} minutes for a phone or video call in the coming weeks, at a time that suits you?
{{/if}}

I'm not asking about jobs, only hoping to learn from your experience.

Thank you,
${SIGN}`,
  },
  connectionNote: {
    subject: '',
    body: `${HELLO} {{#if introducer}}{{introducer.name}} suggested I reach out. {{/if}}I'm {{user.name}}{{#if user.position}}, {{user.position}}{{/if}}{{#if user.field}}, exploring {{user.field}}{{/if}}. {{#if contact.highlight}}{{contact.highlight}} {{/if}}Would you have {{meeting.minutes}} minutes for a call?{{#if learn}} I'd love to hear {{learn}}.{{/if}} Thank you!`,
  },
  introRequest: {
    subject:
      '{{#if target.person}}Could you introduce me to {{target.person}}?{{else}}Could you introduce me to someone at {{target.company | contact.company | "your organisation"}}?{{/if}}',
    body: `${HELLO}

I hope you're well. I'm exploring {{user.field | "a new direction"}} and would love to learn how things work at {{target.company | contact.company | "your organisation"}}. {{#if target.person}}Would you be willing to introduce me to {{target.person}} by email?{{else}}Is there someone there who might be open to a short conversation, and would you be willing to introduce us by email?{{/if}} I'd ask for {{meeting.minutes}} minutes by phone or video, to learn about their work, not to ask about jobs.

In case it helps, here is a short paragraph you could forward:

---
{{user.name}}{{#if user.position}} is {{user.position}} and{{/if}} is exploring {{user.field | "a move into your field"}}. {{user.firstName | user.name}} would be grateful for {{meeting.minutes}} minutes by phone or video to hear about your work{{#if target.company}} at {{target.company}}{{/if}}. This is about learning, not a job request.{{#if user.email}} Email: {{user.email}}{{/if}}
---

Thank you so much,
${SIGN}`,
  },
  thankYou: {
    subject: 'Thank you for your time{{#if meeting.when}} {{meeting.when}}{{/if}}',
    body: `${HELLO}

Thank you for taking the time to talk with me{{#if meeting.when}} {{meeting.when}}{{/if}}. {{#if takeaway}}The point I keep coming back to: {{takeaway}}{{else}}I learned a lot from hearing about your path.{{/if}}

{{#if suggested}}
Thank you as well for suggesting I speak with ${NAMES('suggested')}. I'll get in touch and let you know how it goes.

{{/if}}
Best wishes,
${SIGN}`,
  },
  followUp: {
    subject: 'An update since we spoke',
    body: `${HELLO}

It has been a while since we spoke{{#if meeting.when}} {{meeting.when}}{{/if}}, and I wanted to {{#if met}}let you know what came of your suggestions.{{else}}{{#if news}}share some news.{{else}}say hello: our conversation has stayed with me.{{/if}}{{/if}}

{{#if met}}
{{#each met}}
- I met {{item.name}}{{#if item.outcome}}: {{item.outcome}}{{/if}}
{{/each}}

{{/if}}
{{#if notMet}}
I haven't yet managed to meet ${NAMES('notMet')}, but I still hope to.

{{/if}}
{{#if news}}
My own news: {{news}}

{{/if}}
Thank you again for your advice{{#if suggested}} and for pointing me to the right people{{/if}}.

Best wishes,
${SIGN}`,
  },
};

/** The shipped templates in each draft language. */
export const DEFAULT_TEMPLATES_IN: Record<DraftLanguage, Templates> = {
  en: DEFAULT_TEMPLATES,
  fr: DEFAULT_TEMPLATES_FR,
  de: DEFAULT_TEMPLATES_DE,
  es: DEFAULT_TEMPLATES_ES,
};
