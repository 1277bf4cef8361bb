import browser from '../lib/browser.ts';

/**
 * The visible text of the link the user right-clicked. The menu event gives only its URL,
 * so a tiny function runs in that frame (allowed by the click's activeTab grant) and
 * returns the text of the first anchor with that href. LinkedIn doubles names in
 * visually-hidden spans, so the aria-hidden copy wins when present.
 */
export async function readLinkText(tabId: number, frameId: number, linkUrl: string): Promise<string | null> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      args: [linkUrl],
      func: (href: string) => {
        const anchor = Array.from(document.querySelectorAll('a[href]')).find(
          (a) => (a as HTMLAnchorElement).href === href,
        );
        if (!anchor) return null;
        const shown = anchor.querySelector('[aria-hidden="true"]');
        const text = (shown ?? anchor).textContent ?? '';
        return text.replace(/\s+/g, ' ').trim().slice(0, 200) || null;
      },
    });
    return typeof first?.result === 'string' ? first.result : null;
  } catch {
    return null;
  }
}
