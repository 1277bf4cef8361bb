// The placeholders a template may use, listed from drafting's own schema so the list can
// never name something the parser would reject.
import { DRAFT_SCHEMA } from '../drafting/index.ts';

const MEANING: Record<string, string> = {
  'user.name': 'your name',
  'user.firstName': 'your first name',
  'user.email': 'your email',
  'user.position': 'who you are now (after “I’m”)',
  'user.field': 'the field you are exploring',
  'user.background': 'your background',
  'user.goals': 'what you want to learn',
  'user.pitch': 'your pitch',
  'user.signature': 'your signature',
  'contact.name': 'their name',
  'contact.firstName': 'their first name',
  'contact.company': 'their organisation',
  'contact.title': 'their job title',
  'contact.highlight': 'a sentence about something specific in their profile',
  'introducer.name': 'who suggested you get in touch',
  'introducer.relation': 'how you know the introducer',
  'meeting.minutes': 'your meeting length',
  'meeting.when': '"yesterday", "in March": when you met',
  learn: 'what you would like to hear from them',
  slots: 'times you offer; each has item.label',
  takeaway: 'the first line of your takeaways',
  suggested: 'people they suggested; item.name',
  met: 'suggested people you met; item.name, item.outcome',
  notMet: 'suggested people not met yet; item.name',
  news: 'your own news',
  'target.company': 'the organisation you want an intro to',
  'target.person': 'the person you want an intro to',
};

export function PlaceholderReference() {
  const names = Object.keys(DRAFT_SCHEMA).filter((k) => MEANING[k] !== undefined);
  return (
    <details class="reference">
      <summary>Placeholders and syntax</summary>
      <ul class="syntax small">
        <li>
          <code>{'{{contact.firstName | "there"}}'}</code> the first of these that has a value
        </li>
        <li>
          <code>{'{{#if introducer}}…{{else}}…{{/if}}'}</code> only when it has a value (also <code>#unless</code>)
        </li>
        <li>
          <code>{'{{#each slots}}- {{item.label}}{{/each}}'}</code> once per item; <code>loop.first</code>,{' '}
          <code>loop.last</code>
        </li>
        <li>
          <code>{'{{! a note to yourself }}'}</code> is left out; <code>{'\\{{'}</code> prints two braces
        </li>
      </ul>
      <dl class="placeholders small">
        {names.map((n) => (
          <div key={n}>
            <dt>
              <code>{n}</code>
            </dt>
            <dd>{MEANING[n]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
