import type { ContactFields } from '../domain/contact.ts';
import type { CapturedProfile } from '../domain/profile.ts';
import { type CheckedField, flagsFor } from '../domain/self-check.ts';
import { listWords } from '../lib/list-words.ts';
import type { PersonDraft } from '../store/index.ts';
import { CheckThis } from './CheckThis.tsx';
import { incompleteNotices } from './incomplete-notices.ts';
import { type ListSection, linkedinPage } from './linkedin-pages.ts';
import { type MissingNotice, missingNotice } from './missing-fields.ts';
import { openTab } from './open-tab.ts';
import { Publications } from './Publications.tsx';
import { sectionCounts } from './section-counts.ts';

const EDITABLE: { key: keyof ContactFields; label: string; checked: CheckedField }[] = [
  { key: 'name', label: 'Name', checked: 'name' },
  { key: 'title', label: 'Title', checked: 'current' },
  { key: 'company', label: 'Organisation', checked: 'current' },
  { key: 'location', label: 'Location', checked: 'location' },
];
// Flagged fields with no edit control of their own: named above the controls.
const NOT_EDITABLE: CheckedField[] = ['headline', 'photoUrl', 'experience', 'publications'];

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
  const missing = missingNotice(profile);
  const current = profile.current ?? profile.experience.find((e) => e.current) ?? null;
  const flagged = (f: CheckedField) => flagsFor(profile, f);
  const anyEditableFlag = EDITABLE.some((e) => e.key !== 'company' && flagged(e.checked).length);
  const role = current ? roleLine(profile.headline, current.title, current.company) : null;
  const degree = profile.connectionDegree
    ? (DEGREE[profile.connectionDegree] ?? `${profile.connectionDegree} connection`)
    : null;
  const counts = sectionCounts(profile);
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
      {missing && <Missing notice={missing} />}
      <Publications publications={profile.publications} />
      {NOT_EDITABLE.map((f) => (
        <CheckThis key={f} id={f} reasons={flagged(f)} />
      ))}
      {incompleteNotices(profile.incomplete).map((n) => (
        <p key={n.hint} class="notice notice-warn small" data-testid="incomplete">
          <strong>{n.sections}.</strong> {n.hint}
          {n.lists && <ListLinks profileUrl={profile.url} lists={n.lists} />}
        </p>
      ))}
      <details class="edit-details" open={!!missing?.missing.includes('name') || anyEditableFlag}>
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

/** A link that opens its LinkedIn page in a new tab (the popup's own page never navigates). */
function PageLink(props: { href: string; children: string }) {
  return (
    <a
      href={props.href}
      target="_blank"
      rel="noreferrer"
      title={props.href}
      onClick={(e) => {
        e.preventDefault();
        openTab(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

/** " experience list · education list", each a link to the full list when the profile's address allows. */
function ListLinks(props: { profileUrl: string; lists: ListSection[] }) {
  return (
    <>
      {props.lists.map((l, i) => {
        const href = linkedinPage(props.profileUrl, l);
        return (
          <span key={l}>
            {i > 0 ? ' · ' : ' '}
            {href ? <PageLink href={href}>{`${l} list`}</PageLink> : `${l} list`}
          </span>
        );
      })}
    </>
  );
}

/** What the capture did not find, and what the user can do about it here. */
function Missing({ notice }: { notice: MissingNotice }) {
  const { missing, fillable, subpage } = notice;
  const fill = !fillable.length
    ? null
    : fillable.length === missing.length && !subpage
      ? `You can fill ${fillable.length === 1 ? 'it' : 'them'} in below.`
      : `${subpage ? 'Or fill in' : 'You can fill in'} the ${listWords(fillable)} below.`;
  return (
    <p class="notice notice-warn small" data-testid="missing">
      {subpage ? (
        <>
          This page is the {subpage.list} list only. Open the main profile,{' '}
          <PageLink href={subpage.mainUrl}>{subpage.mainUrl.replace(/^https:\/\/www\./, '')}</PageLink>, and capture it
          to add the {listWords(missing)}.
        </>
      ) : (
        <>Not found on this page: {missing.join(', ')}.</>
      )}
      {fill && ` ${fill}`}
    </p>
  );
}
