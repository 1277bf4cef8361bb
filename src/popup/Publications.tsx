// A researcher's top three publications in the person card: most cited first,
// then the most recent (what a student would ask a researcher about).
import type { Publication } from '../domain/profile.ts';

export function topPublications(pubs: Publication[], n = 3): Publication[] {
  return [...pubs]
    .sort((a, b) => (b.citations ?? -1) - (a.citations ?? -1) || Number(b.year ?? 0) - Number(a.year ?? 0))
    .slice(0, n);
}

export function Publications(props: { publications: Publication[] }) {
  const top = topPublications(props.publications);
  if (!top.length) return null;
  return (
    <div class="publications" data-testid="publications">
      <p class="small muted">
        Top publications{props.publications.length > top.length ? ` (of ${props.publications.length})` : ''}
      </p>
      <ol class="publication-list small">
        {top.map((p) => (
          <li key={`${p.title}|${p.year}`}>
            <span class="publication-title">{p.title}</span>
            <span class="muted">
              {[p.venue, p.year, p.citations != null ? `cited ${p.citations}×` : null].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
