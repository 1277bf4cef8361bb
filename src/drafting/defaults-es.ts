// The default messages in Spanish: "usted" throughout, "Buenos días, Nombre Apellido:" (the
// salutation takes a colon; "Estimado/a" would need a gender the profile does not give), and
// opening ¿ ¡ marks.

import type { Templates } from '../domain/settings.ts';
import { NAMES, SIGN } from './defaults-shared.ts';

const HELLO = '{{#if contact.name}}Buenos días, {{contact.name}}:{{else}}Buenos días:{{/if}}';
const BYE = `Un cordial saludo,
${SIGN}`;

export const DEFAULT_TEMPLATES_ES: Templates = {
  coldEmail: {
    subject:
      '{{#if introducer}}De parte de {{introducer.name}}{{else}}¿{{meeting.minutes}} minutos para hablar de su trabajo?{{/if}}',
    body: `${HELLO}

{{#if introducer}}{{introducer.name}}{{#if introducer.relation}} ({{introducer.relation}}){{/if}} me sugirió que me pusiera en contacto con usted. {{/if}}Me llamo {{user.name}}{{#if user.position}} y soy {{user.position}}{{/if}}.{{#if user.pitch}} {{user.pitch}}{{/if}}

{{#if contact.highlight}}{{contact.highlight}} {{/if}}Me encantaría saber {{learn}}{{#if user.field}}, ya que me estoy orientando hacia {{user.field}}{{/if}}.

{{#if slots}}
¿Tendría {{meeting.minutes}} minutos para una llamada o videollamada? Cualquiera de estos horarios me vendría bien:
{{#each slots}}
- {{item.label}}
{{/each}}
Si le viene mejor otro momento, dígamelo y me adapto.
{{else}}
¿Tendría {{meeting.minutes}} minutos para una llamada o videollamada en las próximas semanas, cuando mejor le venga?
{{/if}}

No le escribo para pedirle trabajo, sino con la esperanza de aprender de su experiencia.

Muchas gracias de antemano.

${BYE}`,
  },
  connectionNote: {
    subject: '',
    body: `{{#if contact.name}}Buenos días, {{contact.name}}.{{else}}Buenos días.{{/if}} {{#if introducer}}{{introducer.name}} me sugirió que le escribiera. {{/if}}Soy {{user.name}}{{#if user.position}}, {{user.position}}{{/if}}{{#if user.field}}, y me estoy orientando hacia {{user.field}}{{/if}}. {{#if contact.highlight}}{{contact.highlight}} {{/if}}¿Tendría {{meeting.minutes}} minutos para una llamada?{{#if learn}} Me encantaría saber {{learn}}.{{/if}} ¡Gracias!`,
  },
  introRequest: {
    subject:
      '{{#if target.person}}¿Podría presentarme a {{target.person}}?{{else}}¿Podría ponerme en contacto con alguien de {{target.company | contact.company | "su organización"}}?{{/if}}',
    body: `${HELLO}

Espero que se encuentre bien. {{#if user.field}}Me estoy orientando hacia {{user.field}}{{else}}Estoy explorando un nuevo rumbo profesional{{/if}} y me gustaría entender cómo se trabaja en {{target.company | contact.company | "su organización"}}. {{#if target.person}}¿Le importaría presentarme a {{target.person}} por correo electrónico?{{else}}¿Hay alguien allí que aceptara una breve conversación? ¿Le importaría ponernos en contacto por correo electrónico?{{/if}} Le pediría {{meeting.minutes}} minutos por teléfono o videollamada para conocer su trabajo, no para pedir empleo.

Por si le resulta útil, aquí tiene un breve párrafo que puede reenviar:

---
{{user.name}}{{#if user.position}} es {{user.position}} y{{/if}} se está orientando hacia {{user.field | "su ámbito"}}. A {{user.firstName | user.name}} le encantaría hablar {{meeting.minutes}} minutos con usted, por teléfono o videollamada, sobre su trabajo{{#if target.company}} en {{target.company}}{{/if}}. Se trata de aprender, no de pedir empleo.{{#if user.email}} Correo: {{user.email}}{{/if}}
---

Muchas gracias,
${SIGN}`,
  },
  thankYou: {
    subject: 'Gracias por su tiempo',
    body: `${HELLO}

Muchas gracias por dedicarme su tiempo{{#if meeting.when}} {{meeting.when}}{{/if}}. {{#if takeaway}}Hay una idea a la que sigo dando vueltas: {{takeaway}}{{else}}Aprendí mucho al escuchar su trayectoria.{{/if}}

{{#if suggested}}
Gracias también por sugerirme hablar con ${NAMES('suggested', 'y')}. Me pondré en contacto y le contaré cómo me va.

{{/if}}
${BYE}`,
  },
  followUp: {
    subject: 'Novedades desde nuestra conversación',
    body: `${HELLO}

{{#if meeting.when}}Hablamos {{meeting.when}}{{else}}Ha pasado un tiempo desde nuestra conversación{{/if}} y quería {{#if met}}contarle qué resultó de sus sugerencias.{{else}}{{#if news}}compartir con usted algunas novedades.{{else}}saludarle: nuestra conversación se me ha quedado grabada.{{/if}}{{/if}}

{{#if met}}
{{#each met}}
- Me reuní con {{item.name}}{{#if item.outcome}}: {{item.outcome}}{{/if}}
{{/each}}

{{/if}}
{{#if notMet}}
Todavía no he podido reunirme con ${NAMES('notMet', 'y')}, pero espero hacerlo pronto.

{{/if}}
{{#if news}}
Mis novedades: {{news}}

{{/if}}
Gracias de nuevo por sus consejos{{#if suggested}} y por ponerme en contacto con las personas adecuadas{{/if}}.

${BYE}`,
  },
};
