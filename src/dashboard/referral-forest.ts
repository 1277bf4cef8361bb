// The referral tree across all contacts: who led to whom, from each first contact. A root
// is someone who suggested people but was suggested by nobody. A dead end is a person the
// user met who has not (yet) named anyone: the article's warning, so it is marked.
import type { Referral } from '../domain/contact.ts';

export interface ForestNode {
  contactId: string;
  children: ForestNode[];
  met: boolean;
  /** Met, and no next name. */
  deadEnd: boolean;
}

export function referralForest(referrals: Referral[], met: ReadonlySet<string>): ForestNode[] {
  const out = new Map<string, Referral[]>();
  const hasParent = new Set<string>();
  for (const r of [...referrals].sort((a, b) => a.at - b.at)) {
    if (r.fromContactId === r.toContactId) continue;
    const list = out.get(r.fromContactId) ?? [];
    list.push(r);
    out.set(r.fromContactId, list);
    hasParent.add(r.toContactId);
  }
  const seen = new Set<string>();
  const grow = (id: string): ForestNode => {
    seen.add(id);
    const children: ForestNode[] = [];
    for (const r of out.get(id) ?? []) {
      // A person suggested twice (or a cycle) appears once, under whoever suggested them first.
      if (!seen.has(r.toContactId)) children.push(grow(r.toContactId));
    }
    return { contactId: id, children, met: met.has(id), deadEnd: met.has(id) && children.length === 0 };
  };
  const roots = [...out.keys()].filter((id) => !hasParent.has(id)).map(grow);
  // A pure cycle (A → B → A) has no root: start it at its earliest referrer.
  for (const id of out.keys()) if (!seen.has(id)) roots.push(grow(id));
  return roots;
}

/** Every contact id in a tree, depth first, for looking up names in one go. */
export function forestIds(nodes: ForestNode[]): string[] {
  return nodes.flatMap((n) => [n.contactId, ...forestIds(n.children)]);
}
