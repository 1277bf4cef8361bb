// The default messages in German: "Sie" throughout, "Guten Tag Vorname Nachname," (the
// neutral form when the profile does not say "Frau" or "Herr"), the text after the salutation
// starting in lower case, and "Mit freundlichen Grüßen" without a comma, as German letters do.

import type { Templates } from '../domain/settings.ts';
import { NAMES, SIGN } from './defaults-shared.ts';

const HELLO = 'Guten Tag{{#if contact.name}} {{contact.name}}{{/if}},';

export const DEFAULT_TEMPLATES_DE: Templates = {
  coldEmail: {
    subject:
      '{{#if introducer}}Auf Empfehlung von {{introducer.name}}{{else}}{{meeting.minutes}} Minuten für ein Gespräch über Ihre Arbeit?{{/if}}',
    body: `${HELLO}

{{#if introducer}}{{introducer.name}}{{#if introducer.relation}} ({{introducer.relation}}){{/if}} hat mir empfohlen, mich bei Ihnen zu melden. Mein Name ist{{else}}mein Name ist{{/if}} {{user.name}}{{#if user.position}}, ich bin {{user.position}}{{/if}}.{{#if user.pitch}} {{user.pitch}}{{/if}}

{{#if contact.highlight}}{{contact.highlight}} {{/if}}Ich würde gern erfahren, {{learn}}{{#if user.field}}, denn ich orientiere mich gerade in Richtung {{user.field}}{{/if}}.

{{#if slots}}
Hätten Sie {{meeting.minutes}} Minuten Zeit für ein Telefonat oder einen Videoanruf? Mir würde jeder dieser Termine passen:
{{#each slots}}
- {{item.label}}
{{/each}}
Gern richte ich mich auch nach einem Termin, der Ihnen besser passt.
{{else}}
Hätten Sie in den nächsten Wochen {{meeting.minutes}} Minuten Zeit für ein Telefonat oder einen Videoanruf, zu einem Zeitpunkt, der Ihnen passt?
{{/if}}

Es geht mir nicht um eine Stelle, sondern darum, von Ihren Erfahrungen zu lernen.

Mit freundlichen Grüßen
${SIGN}`,
  },
  connectionNote: {
    subject: '',
    body: `${HELLO} {{#if introducer}}{{introducer.name}} hat mir empfohlen, mich bei Ihnen zu melden. Ich bin{{else}}ich bin{{/if}} {{user.name}}{{#if user.position}}, {{user.position}}{{/if}}{{#if user.field}}, und orientiere mich in Richtung {{user.field}}{{/if}}. {{#if contact.highlight}}{{contact.highlight}} {{/if}}Hätten Sie {{meeting.minutes}} Minuten für ein Gespräch?{{#if learn}} Ich würde gern erfahren, {{learn}}.{{/if}} Vielen Dank!`,
  },
  introRequest: {
    subject:
      '{{#if target.person}}Könnten Sie mich mit {{target.person}} bekannt machen?{{else}}Könnten Sie mir einen Kontakt bei {{target.company | contact.company | "Ihrer Organisation"}} vermitteln?{{/if}}',
    body: `${HELLO}

ich hoffe, es geht Ihnen gut. {{#if user.field}}Ich orientiere mich gerade in Richtung {{user.field}}{{else}}Ich orientiere mich gerade beruflich neu{{/if}} und würde gern verstehen, wie die Arbeit bei {{target.company | contact.company | "Ihrer Organisation"}} aussieht. {{#if target.person}}Wären Sie bereit, mich per E-Mail mit {{target.person}} bekannt zu machen?{{else}}Gibt es dort jemanden, der für ein kurzes Gespräch offen wäre, und würden Sie uns per E-Mail miteinander bekannt machen?{{/if}} Ich würde um {{meeting.minutes}} Minuten per Telefon oder Video bitten, um mehr über die Arbeit dort zu erfahren, nicht um nach einer Stelle zu fragen.

Falls es hilft, hier ein kurzer Absatz zum Weiterleiten:

---
{{user.name}}{{#if user.position}} ist {{user.position}} und{{/if}} orientiert sich in Richtung {{user.field | "Ihres Fachgebiets"}}. {{user.firstName | user.name}} würde sich über {{meeting.minutes}} Minuten per Telefon oder Video freuen, um mehr über Ihre Arbeit{{#if target.company}} bei {{target.company}}{{/if}} zu erfahren. Es geht ums Lernen, nicht um eine Bewerbung.{{#if user.email}} E-Mail: {{user.email}}{{/if}}
---

Vielen Dank und herzliche Grüße
${SIGN}`,
  },
  thankYou: {
    subject: 'Vielen Dank für das Gespräch',
    body: `${HELLO}

vielen Dank, dass Sie sich{{#if meeting.when}} {{meeting.when}}{{/if}} Zeit für ein Gespräch mit mir genommen haben. {{#if takeaway}}Ein Gedanke geht mir seitdem nicht aus dem Kopf: {{takeaway}}{{else}}Ihr Werdegang hat mir viele neue Einblicke gegeben.{{/if}}

{{#if suggested}}
Danke auch für den Hinweis auf ${NAMES('suggested', 'und')}. Ich werde mich melden und Ihnen berichten, wie es gelaufen ist.

{{/if}}
Herzliche Grüße
${SIGN}`,
  },
  followUp: {
    subject: 'Neuigkeiten seit unserem Gespräch',
    body: `${HELLO}

{{#if meeting.when}}wir haben {{meeting.when}} miteinander gesprochen{{else}}unser Gespräch ist schon eine Weile her{{/if}}, und ich wollte {{#if met}}Ihnen erzählen, was aus Ihren Empfehlungen geworden ist.{{else}}{{#if news}}Ihnen kurz berichten, was es Neues gibt.{{else}}mich einfach einmal melden: Unser Gespräch ist mir in Erinnerung geblieben.{{/if}}{{/if}}

{{#if met}}
{{#each met}}
- Ich habe {{item.name}} getroffen{{#if item.outcome}}: {{item.outcome}}{{/if}}
{{/each}}

{{/if}}
{{#if notMet}}
Mit ${NAMES('notMet', 'und')} habe ich noch nicht sprechen können, hoffe aber, dass es bald klappt.

{{/if}}
{{#if news}}
Bei mir gibt es Neues: {{news}}

{{/if}}
Nochmals vielen Dank für Ihren Rat{{#if suggested}} und dafür, dass Sie mich mit den richtigen Leuten in Kontakt gebracht haben{{/if}}.

Herzliche Grüße
${SIGN}`,
  },
};
