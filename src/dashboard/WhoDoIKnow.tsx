// "Who do I know at…": a company (current and former staff) or a field (title, headline,
// tags), then an intro-request draft to the person chosen.
import { useMemo, useState } from 'preact/hooks';
import { type Contact, displayValue } from '../domain/contact.ts';
import type { Settings } from '../domain/settings.ts';
import type { ContactSearch } from '../store/contact-list.ts';
import { DraftPanel } from './DraftPanel.tsx';

interface Props {
  search: ContactSearch | null;
  byId: Map<string, Contact>;
  settings: Settings | null;
}

export function WhoDoIKnow({ search, byId, settings }: Props) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const hits = useMemo(() => {
    const q = query.trim();
    if (!search || q.length < 2) return [];
    const seen = new Set<string>();
    const out: { id: string; why: string; company?: string }[] = [];
    for (const h of search.whoDoIKnowAt(q, { includePast: true, limit: 50 })) {
      seen.add(h.contactId);
      out.push({ id: h.contactId, why: `${h.current ? 'Works at' : 'Worked at'} ${h.company}`, company: h.company });
    }
    for (const h of search.search(q, { limit: 50 })) {
      // A field is someone's title or a tag the user gave them; a school or a past employer is not.
      const c = byId.get(h.id);
      if (!seen.has(h.id) && c && (h.fields.includes('title') || h.fields.includes('tags'))) {
        out.push({
          id: h.id,
          why: [displayValue(c, 'title'), displayValue(c, 'company')].filter(Boolean).join(' at '),
        });
      }
    }
    return out.filter((h) => byId.has(h.id)).slice(0, 50);
  }, [query, search, byId]);
  const contact = chosen ? byId.get(chosen) : undefined;
  // A company search asks for an introduction there; a field search, at the person's own company.
  const target = hits.find((h) => h.id === chosen)?.company;

  return (
    <div class="stack">
      <div class="cc-field">
        <label for="cc-who">Company or field</label>
        <input
          id="cc-who"
          type="search"
          value={query}
          placeholder="e.g. Fernlake Labs, or data science"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setChosen(null);
          }}
        />
      </div>
      {!search && (
        <p role="status" class="muted">
          Preparing search…
        </p>
      )}
      {search && query.trim().length >= 2 && (
        <p role="status" class="muted small">
          {hits.length
            ? `${hits.length} ${hits.length === 1 ? 'person' : 'people'}`
            : 'Nobody yet. Import your connections on the options page to find more.'}
        </p>
      )}
      <ul class="cc-plain stack">
        {hits.map((h) => {
          const c = byId.get(h.id)!;
          return (
            <li key={h.id} class="spread">
              <span>
                <strong>{displayValue(c, 'name') ?? 'Unnamed'}</strong> <span class="muted small">{h.why}</span>
              </span>
              <button type="button" class="btn" aria-pressed={chosen === h.id} onClick={() => setChosen(h.id)}>
                Draft intro request
              </button>
            </li>
          );
        })}
      </ul>
      {contact && settings && (
        <section class="card stack" aria-label="Intro request draft">
          <DraftPanel
            contact={contact}
            settings={settings}
            inputs={{ interviews: [], outcomes: [], introducer: null }}
            suggested="introRequest"
            kinds={['introRequest']}
            targetCompany={target}
            idPrefix="intro"
          />
        </section>
      )}
    </div>
  );
}
