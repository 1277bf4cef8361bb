// DOM reading helpers shared by all layers' page halves. No globals: everything starts
// from an element or document handed in by readWith(). They return raw text: the cleaning
// (text.ts) happens in the extension half (finish/raw.ts: line, block, lines).
import { MAX_LINE } from './text.ts';

// Skipped when reading what a person sees: screen-reader copies (the other half
// of LinkedIn's aria-hidden/visually-hidden pairs), "see more" buttons, code.
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BUTTON|SVG|CODE|svg)$/;
const HIDDEN = /(?:^|\s)(?:visually-hidden|a11y-text|lt-line-clamp__ellipsis|sr-only|video-js|vjs-[\w-]+)(?:\s|$)/;
// Never profile text, whatever the layout: media players (a name-pronunciation
// clip's "This is a modal window."), dialogs, screen-reader-only control labels.
const INERT_TAG = /^(AUDIO|VIDEO|DIALOG)$/;
const INERT_ROLE = /^(dialog|alertdialog)$/;
export const INERT =
  'audio,video,dialog,[role="dialog"],[role="alertdialog"],[aria-modal="true"],.video-js,[class*="vjs-"],.sr-only,.visually-hidden';

const NL = { nodeType: 3, nodeValue: '\n' } as Node;

/** Visible text of an element: <br> and block ends become newlines, hidden copies skipped. Iterative, so deep nesting cannot overflow the stack. */
export function rawText(el: Element | null | undefined, limit = 40_000): string {
  if (!el) return '';
  // Fast path for the common leaf: <span>Text</span>.
  if (!el.firstElementChild) return (el.textContent ?? '').slice(0, limit).replace(/\s+/g, ' ');
  let out = '';
  const stack: Node[] = [el];
  while (stack.length && out.length < limit) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      // Source line breaks are layout, not content (pretty-printed pages wrap every text node).
      out += n === NL ? '\n' : (n.nodeValue ?? '').slice(0, limit).replace(/\s+/g, ' ');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const tag = e.tagName;
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    if (
      SKIP.test(tag) ||
      INERT_TAG.test(tag) ||
      HIDDEN.test(e.getAttribute('class') ?? '') ||
      INERT_ROLE.test(e.getAttribute('role') ?? '') ||
      e.getAttribute('aria-modal') === 'true'
    )
      continue;
    if (tag === 'P' || tag === 'LI' || tag === 'DIV') stack.push(NL);
    const kids = e.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

/** One line of visible text, raw (finish/raw.ts line() cleans it), bounded as clean() would read it. */
export function txt(el: Element | null | undefined, max = MAX_LINE): string | null {
  return el ? rawText(el, max * 2 + 64) : null;
}

// Chromium answers a query for ONE selector through its fast paths, but matches a selector LIST
// ("a,b") against every element the slow way: on a profile page of 3,000 elements a two-part list
// took ten times as long as its parts asked one by one (npm run bench, capture). So q and qa ask
// for each part of a list and combine the answers as the list's query would: the first match in
// document order, or every match once, in document order.
const PARTS = new Map<string, string[]>();

/**
 * A selector list's parts: split at each comma whose next bracket (if any) opens rather than
 * closes, so commas inside :not(…) or [title="…"] stay. Our selectors are constants, not page text.
 */
export function selectorParts(sel: string): string[] {
  let parts = PARTS.get(sel);
  if (!parts) {
    parts = sel.split(/,(?![^()[\]]*[)\]])/).map((p) => p.trim());
    PARTS.set(sel, parts);
  }
  return parts;
}

/** compareDocumentPosition's "follows" bit (Node.DOCUMENT_POSITION_FOLLOWING), without the global. */
const FOLLOWING = 4;
const inOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1);

export function q(root: ParentNode | null | undefined, sel: string): Element | null {
  if (!root) return null;
  const parts = selectorParts(sel);
  if (parts.length === 1) return root.querySelector(sel);
  let first: Element | null = null;
  for (const part of parts) {
    const e = root.querySelector(part);
    if (e && (!first || inOrder(e, first) < 0)) first = e;
  }
  return first;
}
export function qa(root: ParentNode | null | undefined, sel: string): Element[] {
  if (!root) return [];
  const parts = selectorParts(sel);
  if (parts.length === 1) return Array.from(root.querySelectorAll(sel));
  let found: Element[] = [];
  let lists = 0;
  for (const part of parts) {
    const list = root.querySelectorAll(part);
    if (!list.length) continue;
    lists++;
    found = found.concat(Array.from(list));
  }
  // Matches of one part are already in order and unique; of several, an element may match two.
  return lists > 1 ? [...new Set(found)].sort(inOrder) : found;
}
/** Matches a person can read as profile text: none inside a player, a dialog or a screen-reader-only control. */
export function shown(root: ParentNode | null | undefined, sel: string): Element[] {
  return qa(root, sel).filter((e) => !e.closest(INERT));
}
export function attr(el: Element | null | undefined, name: string): string | null {
  return el?.getAttribute(name) ?? null;
}
export function meta(doc: Document, key: string): string | null {
  return attr(q(doc.head ?? doc, `meta[property="${key}"],meta[name="${key}"]`), 'content');
}

/** The source of an image as the page writes it, or null (finish/raw.ts photo() makes it an absolute URL). */
export function imgSrc(el: Element | null): string | null {
  // A wrapper (".u-photo", a figure) stands for the image inside it.
  const img = el && el.tagName !== 'IMG' ? (q(el, 'img') ?? el) : el;
  // Old layouts paint the photo as a CSS background.
  // srcset lists sizes smallest first (LinkedIn 2026): the last is the sharpest.
  const set = attr(img, 'srcset')?.split(/,\s+/).pop()?.split(' ')[0];
  return (
    set ||
    attr(img, 'src') ||
    attr(img, 'data-delayed-url') ||
    attr(img, 'content') ||
    attr(img, 'style')?.match(/url\(["']?([^"')]+)/)?.[1] ||
    null
  );
}

/** Elements matching `sel` that are not inside another match (top-level entries of a list). */
export function outermost(root: Element, sel: string): Element[] {
  return qa(root, sel).filter((e) => !e.parentElement?.closest(sel) || !root.contains(e.parentElement.closest(sel)));
}

/** Shorthands used by every layer (they also keep the injected file small). */
export const tq = (root: ParentNode | null | undefined, sel: string): string | null => txt(q(root, sel));
/** Raw text of every match (finish/raw.ts lines() keeps the non-empty ones). */
export const texts = (root: ParentNode | null | undefined, sel: string): string[] =>
  qa(root, sel).map((e) => rawText(e, MAX_LINE * 2 + 64));
/** A multi-paragraph block (About, descriptions), raw, newlines kept (finish/raw.ts block() cleans it). */
export const para = (el: Element | null | undefined): string | null => (el ? rawText(el) : null);

/** What the dates of an entry need (finish/raw.ts rangeOf): its <time> texts, else its text. */
export function dateBits(el: Element | null): { times: string[]; dash: boolean } | { text: string | null } {
  const t = qa(el, 'time');
  return t.length
    ? { times: t.map((x) => rawText(x, MAX_LINE * 2 + 64)), dash: /[-–—]/.test(rawText(el)) }
    : { text: txt(el) };
}
