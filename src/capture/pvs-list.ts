// Reading a "pvs" list (page half) (LinkedIn 2021-2025, main page cards and /details/
// sub-pages). An entry is a pvs-entity (2021-23) or a
// data-view-name="profile-component-entity" (2024+, hashed classes). Its header
// lines are the aria-hidden spans outside any nested <ul>; a nested <ul> holds
// the description, skills, or, for a company with several roles, nested entries.
import { para, qa, txt } from './dom.ts';
import { MAX_LIST } from './text.ts';

export const ENTITY = '[data-view-name="profile-component-entity"],.pvs-entity';
const HIDDEN = 'span[aria-hidden="true"]';

/**
 * One list's entries, found once; membership is then a Set lookup rather than
 * selector matching (hostile pages nest thousands of levels deep).
 */
function list(root: Element) {
  const ents = new Set(qa(root, ENTITY).filter((e) => !e.closest('aside')));
  /** The entry an element belongs to, and whether a <ul> lies between them. */
  const owner = (el: Element): [Element | null, boolean] => {
    let ul = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (ents.has(p)) return [p, ul];
      ul ||= p.tagName === 'UL';
    }
    return [null, ul];
  };
  return {
    // Bounded work; normalize() keeps MAX_LIST and reports the total it saw.
    top: () => [...ents].filter((e) => !owner(e)[0]).slice(0, MAX_LIST * 5),
    nested: (e: Element) => qa(e, ENTITY).filter((x) => owner(x)[0] === e),
    /** Header lines (title, subtitle, dates, location): this entry's aria-hidden spans outside nested lists. */
    head: (e: Element) =>
      qa(e, HIDDEN)
        .filter((s) => {
          const [o, ul] = owner(s);
          return o === e && !ul && !s.querySelector(HIDDEN);
        })
        .map((s) => txt(s) as string),
    /** The first text in the entry's own nested list that is not a link (skills, media): its description. */
    desc: (e: Element) => para(qa(e, `ul ${HIDDEN}`).find((x) => owner(x)[0] === e && !x.closest('a'))),
  };
}

/** One entry as the page shows it: header lines, description, and for a company with several roles, its roles. */
export interface RawEntry {
  head: string[];
  desc: string | null;
  roles: { head: string[]; desc: string | null }[];
}

/** Every top-level entry of a list, raw (finish/pvs.ts makes positions, schools or skills of them). */
export function entries(root: Element): RawEntry[] {
  const l = list(root);
  return l.top().map((e) => ({
    head: l.head(e),
    desc: l.desc(e),
    roles: l.nested(e).map((r) => ({ head: l.head(r), desc: l.desc(r) })),
  }));
}
