// What a capture layer is: one file per site or markup generation. A layer has two halves.
// The page half (here, `Layer.read`, injected into the page) only walks the DOM and returns raw,
// structured-clonable data. The extension half (src/capture/finish/, `Finisher`) turns that raw
// data into fields: cleaning, dates, degrees, plausibility. The registry merges the fields in
// order and records which layer produced each (CapturedProfile.sources).
import type { CapturedProfile, IncompleteSection, ProfileField, Site } from '../domain/profile.ts';

/** The fields a layer can give: those whose source the profile records (ProfileField). */
export type Fields = Partial<Pick<CapturedProfile, ProfileField>>;

export interface Found extends Fields {
  incomplete?: IncompleteSection[];
}

/** What the page half reads from. */
export interface Ctx {
  doc: Document;
  url: string;
  site: Site;
  /** LinkedIn member slug from the URL, URI-decoded. */
  slug: string | null;
  /** Where the profile lives (LinkedIn: <main>), never the sidebar. */
  root: Element;
}

/** The page half of a layer: runs inside the web page. */
export interface Layer {
  id: string;
  /** Raw data for its finisher, or null when the page has nothing for this layer. */
  read(c: Ctx): unknown;
}

/** What the extension half knows about the page: only what the page half sent, re-checked. */
export interface FinishCtx {
  url: string;
  site: Site;
  slug: string | null;
}

/** The extension half of a layer: turns its page half's raw (hostile) data into fields. */
export interface Finisher {
  /** Sites it runs on; absent = every site (JSON-LD, h-card, OpenGraph). */
  sites?: Site[];
  finish(raw: unknown, c: FinishCtx): Found | null;
}
