// The dashboard loads its contacts in slices (store/contact-slices.ts) and lets a frame be
// painted between them, so the first rows show at once and the page answers input meanwhile.

/** Resolves after the next frame has been painted (and its effects run). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return setTimeout(resolve, 0);
    // A hidden tab gets no frames: don't wait for one for ever.
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
