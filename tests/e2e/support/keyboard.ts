// Keyboard-only navigation for end-to-end tests: Tab (or Shift+Tab) until the wanted control
// has focus, checking at every stop that focus is visible (a :focus-visible ring on screen).
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  role: string;
  name: string;
  /** :focus-visible matches and an outline or shadow is drawn on it (or on the label wrapping it). */
  ring: boolean;
  /** The element has a size and lies (at least partly) in the viewport. */
  onScreen: boolean;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    const name = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100);
    const drawn = (node: Element | null) => {
      if (!node) return false;
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute('role') ?? '',
      name,
      ring: el.matches(':focus-visible') && (drawn(el) || drawn(el.closest('label'))),
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
    };
  });
}

/** Presses Tab (Shift+Tab with `back`) until `want` matches the focused element; fails if focus is ever invisible. */
export async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  opts: { back?: boolean; max?: number } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < (opts.max ?? 80); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f) continue;
    const label = `${f.tag}#${f.id}[${f.role}] "${f.name}"`;
    seen.push(label);
    if (!f.ring || !f.onScreen)
      throw new Error(`Focus is not visible on ${label} (ring ${f.ring}, on screen ${f.onScreen})`);
    if (want(f)) return f;
  }
  throw new Error(`Not reachable by keyboard. Visited: ${seen.join(' → ')}`);
}

export const named = (text: string | RegExp) => (f: Focused) =>
  typeof text === 'string' ? f.name === text : text.test(f.name);
