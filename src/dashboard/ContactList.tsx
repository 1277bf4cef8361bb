// The contact list, windowed: only the rows in view exist in the DOM, so 30,000 contacts
// scroll as smoothly as 30. Arrow keys, Home and End move through all of them.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Contact, displayValue, STAGE_LABELS } from '../domain/contact.ts';
import { listWindow, scrollToRow } from './windowing.ts';

export const ROW_HEIGHT = 52;

interface Props {
  contacts: Contact[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  label: string;
  /** Changed by the page to hand focus to the list: the selected row (or the first) takes it. */
  focusRequest?: number;
}

export function ContactList({ contacts, selectedId, onOpen, label, focusRequest = 0 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // The row keys act on, updated at once: key repeats arrive faster than renders.
  const active = useRef<number | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A key moved to a row that was outside the window: once rendered, focus it.
  useLayoutEffect(() => {
    const lost = document.activeElement === document.body;
    if (active.current === null || (!lost && !box.current?.contains(document.activeElement))) return;
    box.current?.querySelector<HTMLButtonElement>(`[data-index="${active.current}"]`)?.focus();
  }, [focusIndex, scrollTop]);

  // The page asks for focus (the contact open was deleted): onto the selected row, scrolled into
  // view; when it is outside the window, the effect above focuses it once rendered.
  useLayoutEffect(() => {
    const el = box.current;
    if (!focusRequest || !el || !contacts.length) return;
    const index = Math.max(
      0,
      contacts.findIndex((c) => c.id === selectedId),
    );
    const top = scrollToRow(index, ROW_HEIGHT, el.scrollTop, el.clientHeight);
    if (top !== null) {
      el.scrollTop = top;
      setScrollTop(top);
    }
    active.current = index;
    setFocusIndex(index);
    const row = el.querySelector<HTMLButtonElement>(`[data-index="${index}"]`);
    if (row) row.focus();
    else (document.activeElement as HTMLElement | null)?.blur(); // so the effect above takes it once rendered
  }, [focusRequest]);

  const w = listWindow(contacts.length, ROW_HEIGHT, scrollTop, height);

  function onKeyDown(e: KeyboardEvent) {
    const current = active.current ?? Number((e.target as HTMLElement).dataset['index'] ?? -1);
    const last = contacts.length - 1;
    const to =
      e.key === 'ArrowDown'
        ? current + 1
        : e.key === 'ArrowUp'
          ? current - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null || current < 0) return;
    e.preventDefault();
    const index = Math.max(0, Math.min(last, to));
    const el = box.current!;
    const top = scrollToRow(index, ROW_HEIGHT, el.scrollTop, el.clientHeight);
    if (top !== null) {
      el.scrollTop = top;
      setScrollTop(top);
    }
    active.current = index;
    box.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"]`)?.focus();
    setFocusIndex(index);
  }

  const tabStop = focusIndex !== null && focusIndex >= w.start && focusIndex < w.end ? focusIndex : w.start;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys bubble up from the row buttons; the container itself is not a control
    <div
      class="cc-list"
      ref={box}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul aria-label={label} style={{ paddingTop: `${w.before}px`, paddingBottom: `${w.after}px` }}>
        {contacts.slice(w.start, w.end).map((c, i) => {
          const index = w.start + i;
          const company = displayValue(c, 'company');
          const title = displayValue(c, 'title');
          return (
            // Keyed by position, not by contact: a keystroke that brings other people into the
            // window rewrites the text of the rows already there instead of replacing every one.
            <li
              key={index}
              style={{ height: `${ROW_HEIGHT}px` }}
              aria-setsize={contacts.length}
              aria-posinset={index + 1}
            >
              <button
                type="button"
                class="cc-row"
                data-index={index}
                aria-current={c.id === selectedId ? 'true' : undefined}
                tabIndex={index === tabStop ? 0 : -1}
                onClick={() => onOpen(c.id)}
                onFocus={() => {
                  active.current = index;
                  setFocusIndex(index);
                }}
              >
                {/* elementtiming: `npm run bench` (and anyone measuring) reads when the first list was painted. */}
                <span class="cc-row-name" elementtiming={index === 0 ? 'contact-list' : undefined}>
                  {displayValue(c, 'name') ?? 'Unnamed'}
                </span>
                <span class="cc-row-meta muted small">{[title, company].filter(Boolean).join(' · ') || '—'}</span>
                <span class="badge cc-row-stage">{STAGE_LABELS[c.stage]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
