// A text area as tall as its text, up to the page's cap (max-height in CSS), then scrolling
// with a visible scrollbar: a draft is never cut off without a sign that there is more.
import type { TextareaHTMLAttributes } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

function fitToText(el: HTMLTextAreaElement | null) {
  if (!el?.isConnected) return;
  el.style.height = 'auto';
  const border = el.offsetHeight - el.clientHeight;
  el.style.height = `${el.scrollHeight + border}px`;
  // Capped by max-height: the scrollbar shows that the text goes on.
  el.style.overflowY = el.scrollHeight > el.clientHeight + 1 ? 'scroll' : 'hidden';
}

export function AutoGrowTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => fitToText(ref.current), [props.value]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // A narrower box wraps more lines: refit when the width changes (not the height we set).
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fitToText(el);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return <textarea {...props} ref={ref} class={`autogrow ${props.class ?? ''}`} />;
}
