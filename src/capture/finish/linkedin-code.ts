// The member's entity from LinkedIn's embedded JSON (layers/linkedin-code.ts): every value
// type-checked here, where it is read.
import type { Finisher } from '../layer.ts';
import { degree, obj, str as s } from './raw.ts';

/** rootUrl + the last (largest) artifact's path segment. */
function photo(p: Record<string, unknown>): string | null {
  const v = obj(obj(obj(p.profilePicture).displayImageReferenceResolutionResult).vectorImage);
  const arts = Array.isArray(v.artifacts) ? v.artifacts : [];
  const big = arts[arts.length - 1];
  return s(v.rootUrl) && big ? s(`${v.rootUrl}${obj(big).fileIdentifyingUrlPathSegment}`) : null;
}

export const code: Finisher = {
  sites: ['linkedin'],
  finish(raw) {
    const r = obj(raw);
    const p = obj(r.me);
    const geo = obj(r.geo ?? p.location);
    const rel = JSON.stringify(r.rel ?? p.memberRelationship ?? '').match(/DISTANCE_(\d)/);
    return {
      name: [s(p.firstName), s(p.lastName)].join(' ').trim() || null,
      headline: s(p.headline) ?? s(p.occupation),
      location: s(geo.defaultLocalizedName) ?? s(p.locationName),
      about: s(p.summary),
      photoUrl: photo(p),
      connectionDegree: degree(rel?.[1] ?? null),
    };
  },
};
