// The placeholders a template may use, listed from drafting's own schema so the list can
// never name something the parser would reject.
import { DRAFT_SCHEMA } from '../drafting/index.ts';
import { PLACEHOLDER_MEANING } from './template-chips.ts';

const MEANING = PLACEHOLDER_MEANING;

export function PlaceholderReference() {
  const names = Object.keys(DRAFT_SCHEMA).filter((k) => MEANING[k] !== undefined);
  return (
    <details class="reference">
      <summary>All placeholders and the template syntax</summary>
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
