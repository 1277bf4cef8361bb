// The default messages in French: "vous" throughout (a first contact, or someone the user asks
// a favour of), "Bonjour Prénom Nom," because "Madame/Monsieur" would need a gender the profile
// does not give, and no past participle that would agree with the reader's or the user's gender.

import type { Templates } from '../domain/settings.ts';
import { NAMES, SIGN } from './defaults-shared.ts';

/** French puts a no-break space before ? ! : ; so the mark never starts a line. */
const spaced = (t: Templates): Templates =>
  Object.fromEntries(
    Object.entries(t).map(([k, v]) => [
      k,
      { subject: v.subject.replace(/ ([?!:;])/g, '\u00a0$1'), body: v.body.replace(/ ([?!:;])/g, '\u00a0$1') },
    ]),
  ) as Templates;

const HELLO = 'Bonjour{{#if contact.name}} {{contact.name}}{{/if}},';
const BYE = `Bien cordialement,
${SIGN}`;

export const DEFAULT_TEMPLATES_FR: Templates = spaced({
  coldEmail: {
    subject:
      '{{#if introducer}}De la part de {{introducer.name}}{{else}}Un échange de {{meeting.minutes}} minutes sur votre parcours ?{{/if}}',
    body: `${HELLO}

{{#if introducer}}{{introducer.name}}{{#if introducer.relation}} ({{introducer.relation}}){{/if}} m'a suggéré de prendre contact avec vous. {{/if}}Je m'appelle {{user.name}}{{#if user.position}}, {{user.position}}{{/if}}.{{#if user.pitch}} {{user.pitch}}{{/if}}

{{#if contact.highlight}}{{contact.highlight}} {{/if}}J'aimerais beaucoup savoir {{learn}}{{#if user.field}}, car je m'oriente vers {{user.field}}{{/if}}.

{{#if slots}}
Auriez-vous {{meeting.minutes}} minutes à m'accorder pour un appel ou une visio ? L'un de ces créneaux me conviendrait :
{{#each slots}}
- {{item.label}}
{{/each}}
Je m'adapterai volontiers si un autre moment vous convient mieux.
{{else}}
Auriez-vous {{meeting.minutes}} minutes à m'accorder pour un appel ou une visio dans les semaines à venir, au moment qui vous conviendra ?
{{/if}}

Je ne vous sollicite pas pour un emploi : je souhaite simplement apprendre de votre expérience.

Je vous remercie par avance.

${BYE}`,
  },
  connectionNote: {
    subject: '',
    body: `${HELLO} {{#if introducer}}{{introducer.name}} m'a suggéré de vous écrire. Je suis{{else}}je suis{{/if}} {{user.name}}{{#if user.position}}, {{user.position}}{{/if}}{{#if user.field}}, et je m'oriente vers {{user.field}}{{/if}}. {{#if contact.highlight}}{{contact.highlight}} {{/if}}Auriez-vous {{meeting.minutes}} minutes pour un échange ?{{#if learn}} J'aimerais beaucoup savoir {{learn}}.{{/if}} Merci !`,
  },
  introRequest: {
    subject:
      '{{#if target.person}}Pourriez-vous me présenter à {{target.person}} ?{{else}}Pourriez-vous me mettre en relation avec quelqu\'un chez {{target.company | contact.company | "vous"}} ?{{/if}}',
    body: `${HELLO}

J'espère que vous allez bien. {{#if user.field}}Je m'oriente vers {{user.field}}{{else}}Je réfléchis à une nouvelle orientation{{/if}} et j'aimerais comprendre comment on travaille chez {{target.company | contact.company | "vous"}}. {{#if target.person}}Accepteriez-vous de me présenter à {{target.person}} par e-mail ?{{else}}Y a-t-il quelqu'un qui accepterait un court échange, et pourriez-vous nous mettre en relation par e-mail ?{{/if}} Je demanderais {{meeting.minutes}} minutes par téléphone ou en visio, pour en apprendre davantage sur ce métier, et non pour solliciter un emploi.

Si cela peut vous aider, voici un court paragraphe à transmettre :

---
{{user.name}}{{#if user.position}} est {{user.position}} et{{/if}} s'oriente vers {{user.field | "votre domaine"}}. {{user.firstName | user.name}} aimerait beaucoup échanger {{meeting.minutes}} minutes avec vous, par téléphone ou en visio, sur votre travail{{#if target.company}} chez {{target.company}}{{/if}}. Il s'agit d'apprendre, pas de chercher un emploi.{{#if user.email}} E-mail : {{user.email}}{{/if}}
---

Un grand merci,
${SIGN}`,
  },
  thankYou: {
    subject: 'Merci pour notre échange',
    body: `${HELLO}

Merci d'avoir pris le temps d'échanger avec moi{{#if meeting.when}} {{meeting.when}}{{/if}}. {{#if takeaway}}Une idée me reste en tête : {{takeaway}}{{else}}Votre parcours m'a beaucoup appris.{{/if}}

{{#if suggested}}
Merci aussi de m'avoir suggéré de contacter ${NAMES('suggested', 'et')}. Je prendrai contact et vous tiendrai au courant.

{{/if}}
${BYE}`,
  },
  followUp: {
    subject: 'Des nouvelles depuis notre échange',
    body: `${HELLO}

{{#if meeting.when}}Nous avons échangé {{meeting.when}}{{else}}Notre échange remonte à quelque temps déjà{{/if}}, et je voulais {{#if met}}vous dire ce que vos suggestions ont donné.{{else}}{{#if news}}vous donner de mes nouvelles.{{else}}vous saluer : notre conversation m'est restée en tête.{{/if}}{{/if}}

{{#if met}}
{{#each met}}
- J'ai rencontré {{item.name}}{{#if item.outcome}} : {{item.outcome}}{{/if}}
{{/each}}

{{/if}}
{{#if notMet}}
Je n'ai pas encore pu rencontrer ${NAMES('notMet', 'et')}, mais j'espère toujours le faire.

{{/if}}
{{#if news}}
De mon côté : {{news}}

{{/if}}
Merci encore pour vos conseils{{#if suggested}} et pour vos mises en relation{{/if}}.

${BYE}`,
  },
});
