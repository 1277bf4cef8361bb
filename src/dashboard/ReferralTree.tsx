// Who led to whom, from each first contact. Dead ends (met, no next name) are marked: the
// article's advice is to always leave a conversation with the next name.
import { useEffect, useState } from 'preact/hooks';
import { type Contact, displayValue, STAGE_LABELS } from '../domain/contact.ts';
import { getContact } from '../store/index.ts';
import { allInterviews, allReferrals } from '../store/meetings.ts';
import { type ForestNode, forestIds, referralForest } from './referral-forest.ts';

interface Props {
  version: number;
  onOpen: (id: string) => void;
}

export function ReferralTree({ version, onOpen }: Props) {
  const [state, setState] = useState<{ forest: ForestNode[]; people: Map<string, Contact> } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    (async () => {
      const [referrals, interviews] = await Promise.all([allReferrals(), allInterviews()]);
      const met = new Set(interviews.filter((i) => i.endedAt !== null).map((i) => i.contactId));
      const forest = referralForest(referrals, met);
      const ids = forestIds(forest);
      const people = await Promise.all(ids.map((id) => getContact(id)));
      if (live) setState({ forest, people: new Map(people.filter((c): c is Contact => !!c).map((c) => [c.id, c])) });
    })().catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [version]);

  if (error)
    return (
      <p class="notice notice-error" role="alert">
        Could not build the tree: {error}
      </p>
    );
  if (!state)
    return (
      <p role="status">
        <span class="spinner" aria-hidden="true" /> Building the tree…
      </p>
    );
  if (!state.forest.length) {
    return (
      <div class="card stack" data-testid="tree-empty">
        <p>
          No referrals yet. In a meeting, ask “Who else would you suggest I talk to?”: each name you add in the meeting
          window grows a tree here, like this one.
        </p>
        {/* An example, drawn with the real tree's styles: what the answer to that question builds. */}
        <figure class="cc-tree cc-tree-example" aria-label="Example of a referral tree">
          <ul>
            <li>
              <div class="cc-node">
                <strong>Your first contact</strong> <span class="badge">Met</span>
              </div>
              <ul>
                <li>
                  <div class="cc-node">
                    Someone they suggested <span class="badge">Met</span>
                  </div>
                  <ul>
                    <li>
                      <div class="cc-node">
                        Someone that person suggested <span class="badge">To contact</span>
                      </div>
                    </li>
                  </ul>
                </li>
                <li>
                  <div class="cc-node cc-dead">
                    Another suggestion <span class="badge">Met</span>{' '}
                    <span class="badge cc-dead-badge">Dead end: met, no next name</span>
                  </div>
                </li>
              </ul>
            </li>
          </ul>
          <figcaption class="small muted">An example. Your own tree starts at the people you reach first.</figcaption>
        </figure>
      </div>
    );
  }
  const node = (n: ForestNode) => {
    const c = state.people.get(n.contactId);
    return (
      <li key={n.contactId} data-testid="tree-node" data-dead-end={n.deadEnd ? 'true' : undefined}>
        <div class={`cc-node${n.deadEnd ? ' cc-dead' : ''}`}>
          <button type="button" class="btn-link" onClick={() => onOpen(n.contactId)}>
            {c ? (displayValue(c, 'name') ?? 'Unnamed') : 'Deleted contact'}
          </button>
          {c && <span class="badge">{STAGE_LABELS[c.stage]}</span>}
          {n.deadEnd && <span class="badge cc-dead-badge">Dead end: met, no next name</span>}
        </div>
        {n.children.length > 0 && <ul>{n.children.map(node)}</ul>}
      </li>
    );
  };
  return (
    <div class="cc-tree">
      <p class="muted small">
        Each tree starts at a first contact. Met people who have not suggested anyone yet are marked as dead ends.
      </p>
      <ul aria-label="Referral tree">{state.forest.map(node)}</ul>
    </div>
  );
}
