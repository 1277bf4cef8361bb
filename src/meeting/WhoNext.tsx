// Quick entry of the names they suggest: each becomes a contact referred by this person.
import { useEffect, useState } from 'preact/hooks';
import { type Contact, displayValue } from '../domain/contact.ts';
import { failureMessage, getContact, onStoreChange, readFailureMessage } from '../store/index.ts';
import { addReferredPerson, referralsFrom } from '../store/meetings.ts';

export function WhoNext({
  contactId,
  interviewId,
  prompt,
}: {
  contactId: string;
  interviewId: string;
  prompt: boolean;
}) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [people, setPeople] = useState<Contact[]>([]);
  const [error, setError] = useState('');
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    const ac = new AbortController();
    const load = () =>
      referralsFrom(contactId)
        .then(async (all) => {
          const refs = all.filter((r) => r.interviewId === interviewId).sort((a, b) => a.at - b.at);
          const cs = await Promise.all(refs.map((r) => getContact(r.toContactId)));
          if (ac.signal.aborted) return;
          setPeople(cs.filter((c): c is Contact => !!c));
          setLoadError('');
        })
        .catch((e: unknown) => ac.signal.aborted || setLoadError(readFailureMessage('the names suggested so far', e)));
    load();
    onStoreChange((ch) => {
      if (ch.some((c) => c.store === 'referrals' || c.store === 'contacts')) load();
    }, ac.signal);
    return () => ac.abort();
  }, [contactId, interviewId]);

  async function add(e: Event) {
    e.preventDefault();
    if (!name.trim()) return setError('Type a name first.');
    // A double press or a name said twice in the same call is one person.
    const same = (c: Contact) => (displayValue(c, 'name') ?? '').trim().toLowerCase() === name.trim().toLowerCase();
    if (people.some(same)) return setError(`${name.trim()} is already on the list.`);
    try {
      await addReferredPerson({ contactId, interviewId }, url.trim() ? { name, url } : { name }, Date.now());
      setName('');
      setUrl('');
      setError('');
      document.getElementById('mt-next-name')?.focus();
    } catch (err) {
      // The name and link stay in their boxes for another try.
      setError(failureMessage(err));
    }
  }

  return (
    <section class={`card stack${prompt ? ' mt-prompt' : ''}`} aria-labelledby="mt-next-h">
      <h2 id="mt-next-h">Who should I talk to next?</h2>
      {prompt && <p class="mt-prompt-text">The most important question: ask it before you say goodbye.</p>}
      <form class="stack" onSubmit={add}>
        <div>
          <label for="mt-next-name">Name</label>
          <input id="mt-next-name" value={name} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div>
          <label for="mt-next-url">Profile link (optional)</label>
          <input
            id="mt-next-url"
            type="url"
            value={url}
            autoComplete="off"
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </div>
        <div class="row">
          <button type="submit" class="btn">
            Add name
          </button>
          {error && (
            <span role="alert" class="mt-error">
              {error}
            </span>
          )}
        </div>
      </form>
      {loadError && (
        <p role="alert" class="mt-error">
          {loadError}
        </p>
      )}
      {people.length > 0 && (
        <ul class="mt-names" aria-label="Suggested in this meeting" data-testid="referred-names">
          {people.map((p) => (
            <li key={p.id}>{displayValue(p, 'name') ?? 'Unnamed'}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
