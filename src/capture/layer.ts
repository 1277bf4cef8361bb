// What a capture layer is: one file per site or markup generation, each
// returning the fields it could read. The registry merges them in order and
// records which layer produced each field (CapturedProfile.sources).
import type { CapturedProfile, IncompleteSection, Site } from '../domain/profile.ts';

export type Fields = Partial<
  Pick<
    CapturedProfile,
    | 'name'
    | 'headline'
    | 'location'
    | 'about'
    | 'photoUrl'
    | 'current'
    | 'experience'
    | 'education'
    | 'skills'
    | 'publications'
    | 'connectionDegree'
  >
>;

export interface Found extends Fields {
  incomplete?: IncompleteSection[];
}

export interface Ctx {
  doc: Document;
  url: string;
  site: Site;
  /** LinkedIn member slug from the URL, URI-decoded. */
  slug: string | null;
  /** Where the profile lives (LinkedIn: <main>), never the sidebar. */
  root: Element;
}

export interface Layer {
  id: string;
  /** Sites it runs on; absent = every site (JSON-LD, h-card, OpenGraph). */
  sites?: Site[];
  run(c: Ctx): Found | null;
}
