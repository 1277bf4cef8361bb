// Re-captures: what to keep from the previous capture, and how to say what changed.
import type { CapturedProfile, Education, Position, ProfileField } from '../domain/profile.ts';

function present(v: unknown): boolean {
  return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}

const positionKey = (p: Position) => `${p.company ?? ''}|${p.title ?? ''}|${p.start ?? ''}`.toLowerCase();
const educationKey = (e: Education) => `${e.school ?? ''}|${e.degree ?? ''}|${e.start ?? ''}`.toLowerCase();

function mergeList<T>(prev: T[], next: T[], key: (x: T) => string, truncated: boolean): T[] {
  if (!next.length) return prev;
  if (!truncated) return next;
  // The page showed only the first entries ("Show all 9 experiences"): keep the rest from before.
  const seen = new Set(next.map(key));
  return [...next, ...prev.filter((x) => !seen.has(key(x)))];
}

/**
 * A sparse capture (logged-out page, lazy cards not loaded) must not erase what an earlier,
 * fuller capture found: each field comes from the new capture when it has a value, else from
 * the previous one, together with the source that produced it.
 */
export function mergeCapture(prev: CapturedProfile | null, next: CapturedProfile): CapturedProfile {
  if (!prev) return next;
  const truncated = (s: string) => next.incomplete.some((i) => i.section === s && !i.check);
  const out: CapturedProfile = {
    ...next,
    experience: mergeList(prev.experience, next.experience, positionKey, truncated('experience')),
    education: mergeList(prev.education, next.education, educationKey, truncated('education')),
    skills: next.skills.length
      ? [...new Set([...next.skills, ...(truncated('skills') ? prev.skills : [])])]
      : prev.skills,
    sources: { ...next.sources },
  };
  const scalar = ['name', 'headline', 'location', 'about', 'photoUrl', 'current', 'connectionDegree'] as const;
  for (const f of scalar) {
    if (!present(next[f]) && present(prev[f])) {
      (out as unknown as Record<string, unknown>)[f] = prev[f];
      const src = prev.sources[f as ProfileField];
      if (src) out.sources[f as ProfileField] = src;
    }
  }
  for (const f of ['experience', 'education', 'skills'] as const) {
    if (!next[f].length && prev.sources[f]) out.sources[f] = prev.sources[f];
  }
  return out;
}

function positionText(title: string | null, company: string | null): string {
  if (title && company) return `${title} at ${company}`;
  return title ?? company ?? '';
}

/** Human-readable differences between two captures of one person ("New position: X at Y"). */
export function describeChanges(prev: CapturedProfile, next: CapturedProfile): string[] {
  const out: string[] = [];
  const pc = prev.current;
  const nc = next.current;
  if (nc && (nc.title !== pc?.title || nc.company !== pc?.company) && (nc.title || nc.company)) {
    out.push(`New position: ${positionText(nc.title, nc.company)}`);
  }
  if (next.name && prev.name && next.name !== prev.name) out.push(`Name changed to ${next.name}`);
  if (next.headline && next.headline !== prev.headline) out.push(`New headline: ${next.headline}`);
  if (next.location && prev.location !== next.location) out.push(`Moved to ${next.location}`);
  if (next.about && prev.about && next.about !== prev.about) out.push('About section rewritten');
  const oldPositions = new Set(prev.experience.map(positionKey));
  for (const p of next.experience) {
    const isCurrent = nc && p.title === nc.title && p.company === nc.company;
    if (!oldPositions.has(positionKey(p)) && !isCurrent && prev.experience.length) {
      out.push(`Added to experience: ${positionText(p.title, p.company)}`);
    }
  }
  const oldSchools = new Set(prev.education.map(educationKey));
  for (const e of next.education) {
    if (!oldSchools.has(educationKey(e)) && e.school && prev.education.length) out.push(`New education: ${e.school}`);
  }
  const oldSkills = new Set(prev.skills.map((s) => s.toLowerCase()));
  const newSkills = next.skills.filter((s) => !oldSkills.has(s.toLowerCase()));
  if (newSkills.length && prev.skills.length) {
    const shown = newSkills.slice(0, 3).join(', ');
    out.push(
      `${newSkills.length} new skill${newSkills.length > 1 ? 's' : ''}: ${shown}${newSkills.length > 3 ? '…' : ''}`,
    );
  }
  return out;
}
