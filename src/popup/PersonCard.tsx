import type { ContactFields } from '../domain/contact.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import { type CheckedField, flagsFor } from '../domain/self-check.ts';
import type { PersonDraft } from '../store/index.ts';
import { CheckThis } from './CheckThis.tsx';
import { incompleteNotices } from './incomplete-notices.ts';
import { missingFields } from './missing-fields.ts';
import { Publications } from './Publications.tsx';

const EDITABLE: { key: keyof ContactFields; label: string; checked: CheckedField }[] = [
  { key: 'name', label: 'Name', checked: 'name' },
  { key: 'title', label: 'Title', checked: 'current' },
  { key: 'company', label: 'Organisation', checked: 'current' },
  { key: 'location', label: 'Location', checked: 'location' },
];
// Flagged fields with no edit control of their own: named above the controls.
const NOT_EDITABLE: CheckedField[] = ['headline', 'photoUrl', 'experience', 'publications'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const DEGREE: Record<string, string> = {
  '1st': '1st-degree connection (you are connected)',
  '2nd': '2nd-degree connection (you share a contact)',
  '3rd': '3rd-degree connection',
};

/** The "title · company" line, unless the headline already says both (it often does). */
export function roleLine(headline: string | null, title: string | null, company: string | null): string | null {
  const parts = [title, company].filter((x): x is string => Boolean(x?.trim()));
  if (!parts.length) return null;
  const h = (headline ?? '').toLowerCase();
  return parts.every((p) => h.includes(p.toLowerCase())) ? null : parts.join(' · ');
}

/** The captured person, what the page did not show, and fields the user can correct. */
export function PersonCard(props: {
  profile: CapturedProfile;
  draft: PersonDraft;
  shownValue: (key: keyof ContactFields) => string;
  onFields: (fields: Partial<ContactFields>, email: string) => void;
}) {
  const { profile, draft } = props;
  const missing = missingFields(profile);
  const current = profile.current ?? profile.experience.find((e) => e.current) ?? null;
  const flagged = (f: CheckedField) => flagsFor(profile, f);
  const anyEditableFlag = EDITABLE.some((e) => e.key !== 'company' && flagged(e.checked).length);
  const role = current ? roleLine(profile.headline, current.title, current.company) : null;
  const degree = profile.connectionDegree
    ? (DEGREE[profile.connectionDegree] ?? `${profile.connectionDegree} connection`)
    : null;
  // "0 positions" would be wrong for a section the page had not loaded: its notice says so instead.
  const notLoaded = new Set(profile.incomplete.filter((i) => !i.check).map((i) => i.section));
  const counts = (
    [
      [profile.experience.length, 'experience', 'position', 'positions'],
      [profile.education.length, 'education', 'school', 'schools'],
      [profile.skills.length, 'skills', 'skill', 'skills'],
    ] as const
  )
    .filter(([n, section]) => n > 0 || !notLoaded.has(section))
    .map(([n, , one, many]) => plural(n, one, many))
    .join(' · ');
  return (
    // The profile's address is kept as data (the page it came from), not printed: the user is on it.
    <section class="card stack person" aria-label="Captured profile" data-profile-url={profile.url}>
      <div class="person-head">
        {/* elementtiming: `npm run bench` reads when the name was painted (Element Timing). */}
        <div class="profile-name" data-testid="profile-name" elementtiming="profile-name">
          {props.shownValue('name') || 'Name not found'}
        </div>
        {profile.headline && <p class="headline">{profile.headline}</p>}
        {role && <p class="small">{role}</p>}
        {profile.location && <p class="small muted">{profile.location}</p>}
      </div>
      {(counts || degree) && (
        <p class="small muted">
          {counts}
          {counts && degree && <br />}
          {degree}
        </p>
      )}
      {missing.length > 0 && (
        <p class="notice notice-warn small" data-testid="missing">
          Not found on this page: {missing.join(', ')}. You can fill them in below.
        </p>
      )}
      <Publications publications={profile.publications} />
      {NOT_EDITABLE.map((f) => (
        <CheckThis key={f} id={f} reasons={flagged(f)} />
      ))}
      {incompleteNotices(profile.incomplete).map((n) => (
        <p key={n.hint} class="notice notice-warn small" data-testid="incomplete">
          <strong>{n.sections}.</strong> {n.hint}
        </p>
      ))}
      <details class="edit-details" open={missing.includes('name') || anyEditableFlag}>
        <summary>Edit details</summary>
        <div class="grid-2">
          {EDITABLE.map(({ key, label, checked }) => (
            <div class="field" key={key}>
              <label for={`field-${key}`}>{label}</label>
              <input
                id={`field-${key}`}
                aria-describedby={key !== 'company' && flagged(checked).length ? `check-${checked}` : undefined}
                value={props.shownValue(key)}
                onInput={(e) => props.onFields({ ...draft.fields, [key]: e.currentTarget.value }, draft.email)}
              />
              {key !== 'company' && <CheckThis id={checked} reasons={flagged(checked)} />}
            </div>
          ))}
          <div class="field">
            <label for="field-email">Email</label>
            <input
              id="field-email"
              type="email"
              value={draft.email}
              onInput={(e) => props.onFields(draft.fields, e.currentTarget.value)}
            />
          </div>
        </div>
      </details>
    </section>
  );
}
