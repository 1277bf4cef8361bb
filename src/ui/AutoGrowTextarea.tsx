// A text area as tall as its text, up to the page's cap (max-height in CSS), then scrolling
// with a scrollbar and a line under it saying there is more (overlay scrollbars hide until
// touched): a draft is never cut off without a sign that it goes on.
import type { TextareaHTMLAttributes } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Sets the height to the text's; returns whether the cap cut it short. */
function fitToText(el: HTMLTextAreaElement | null): boolean {
  if (!el?.isConnected) return false;
  el.style.height = 'auto';
  const border = el.offsetHeight - el.clientHeight;
  el.style.height = `${el.scrollHeight + border}px`;
  const capped = el.scrollHeight > el.clientHeight + 1;
  el.style.overflowY = capped ? 'scroll' : 'hidden';
  return capped;
}

export function AutoGrowTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [capped, setCapped] = useState(false);
  useLayoutEffect(() => setCapped(fitToText(ref.current)), [props.value]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // A narrower box wraps more lines: refit when the width changes (not the height we set).
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      setCapped(fitToText(el));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <>
      <textarea {...props} ref={ref} class={`autogrow ${props.class ?? ''}`} />
      {capped && (
        <p class="autogrow-more small muted" data-testid="autogrow-more">
          ↓ There is more: scroll inside the box to read it all.
        </p>
      )}
    </>
  );
}
