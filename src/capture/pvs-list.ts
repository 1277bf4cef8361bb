// Reading a "pvs" list (LinkedIn 2021-2025, main page cards and /details/
// sub-pages). An entry is a pvs-entity (2021-23) or a
// data-view-name="profile-component-entity" (2024+, hashed classes). Its header
// lines are the aria-hidden spans outside any nested <ul>; a nested <ul> holds
// the description, skills, or, for a company with several roles, nested entries.
import type { Education, Position } from '../domain/profile.ts';
import { para, qa, txt } from './dom.ts';
import { toPosition, toSchool } from './entries.ts';
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
        .map((s) => txt(s))
        .filter((t): t is string => !!t),
    /** The first text in the entry's own nested list that is not a link (skills, media): its description. */
    desc: (e: Element) => para(qa(e, `ul ${HIDDEN}`).find((x) => owner(x)[0] === e && !x.closest('a'))),
  };
}

export function topCount(root: Element): number {
  return list(root).top().length;
}

export function positions(root: Element): Position[] {
  const l = list(root);
  return l.top().flatMap((e) => {
    const roles = l.nested(e);
    // Grouped: the entry's title is the company, each nested entry one role there.
    const company = roles.length ? (l.head(e)[0] ?? null) : null;
    return (roles.length ? roles : [e])
      .map((r) => toPosition(l.head(r), company, l.desc(r)))
      .filter((p): p is Position => !!p);
  });
}

export function schools(root: Element): Education[] {
  const l = list(root);
  return l
    .top()
    .map((e) => toSchool(l.head(e)))
    .filter((x): x is Education => !!x);
}

export function skillNames(root: Element): string[] {
  const l = list(root);
  return l
    .top()
    .map((e) => l.head(e)[0])
    .filter((x): x is string => !!x);
}

/** Each top-level entry's header lines (title, subtitle, dates…): cards with no special shape (Publications). */
export function entryLines(root: Element): string[][] {
  const l = list(root);
  return l.top().map((e) => l.head(e));
}
