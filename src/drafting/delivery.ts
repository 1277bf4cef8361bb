// Turning a draft into something the user sends: a mailto: link, a webmail compose link,
// or text for the clipboard. Nothing is sent by the extension itself.

export interface OutgoingDraft {
  to?: string | string[];
  subject: string;
  body: string;
}

/**
 * Browsers and mail clients start failing on mailto: links somewhere past 2,000 characters
 * (older Outlook and Windows handlers truncate at about 2,048), so we keep well under that.
 */
export const MAILTO_MAX_LENGTH = 1900;
export const WEB_COMPOSE_MAX_LENGTH = 8000;
export const TRUNCATION_NOTE = '[…] (shortened to fit an email link: paste the full draft from Coffee Chat)';

const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');
// encodeURIComponent writes spaces as %20 (never "+", which mail clients show literally).
const enc = (text: string) => encodeURIComponent(text);
const recipients = (to: OutgoingDraft['to']) =>
  (Array.isArray(to) ? to : to ? [to] : []).map((a) => a.trim()).filter(Boolean);

/** Shortest prefix cut: by grapheme, at a line or word break, so no character is split. */
function fitBody(body: string, fits: (b: string) => boolean): string {
  if (fits(body)) return body;
  const segments = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(body),
    (s) => s.segment,
  );
  let lo = 0;
  let hi = segments.length;
  const withNote = (n: number) => {
    const head = segments.slice(0, n).join('');
    const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    return `${(cut > head.length * 0.8 ? head.slice(0, cut) : head).trimEnd()}\r\n\r\n${TRUNCATION_NOTE}`;
  };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(withNote(mid))) lo = mid;
    else hi = mid - 1;
  }
  return withNote(lo);
}

function build(prefix: string, params: [string, string][]): string {
  return (
    prefix +
    params
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${enc(v)}`)
      .join('&')
  );
}

export function mailtoLink(draft: OutgoingDraft, maxLength = MAILTO_MAX_LENGTH): string {
  // RFC 6068: addresses are percent-encoded too, but "@" may stay as it is and reads better.
  const to = recipients(draft.to)
    .map((a) => enc(a).replace(/%40/g, '@'))
    .join(',');
  const make = (body: string) =>
    build(`mailto:${to}?`, [
      ['subject', draft.subject],
      ['body', crlf(body)],
    ]);
  return make(fitBody(crlf(draft.body), (b) => make(b).length <= maxLength));
}

/** True when `mailtoLink` can carry the whole draft; otherwise offer "copy" instead. */
export function mailtoFits(draft: OutgoingDraft, maxLength = MAILTO_MAX_LENGTH): boolean {
  return !mailtoLink(draft, maxLength).includes(enc(TRUNCATION_NOTE));
}

export function gmailComposeLink(draft: OutgoingDraft, maxLength = WEB_COMPOSE_MAX_LENGTH): string {
  const make = (body: string) =>
    build('https://mail.google.com/mail/?', [
      ['view', 'cm'],
      ['fs', '1'],
      ['to', recipients(draft.to).join(',')],
      ['su', draft.subject],
      ['body', body],
    ]);
  return make(fitBody(draft.body, (b) => make(b).length <= maxLength));
}

/** Outlook on the web; `personal` for outlook.com accounts rather than work or school ones. */
export function outlookComposeLink(
  draft: OutgoingDraft,
  opts: { personal?: boolean } = {},
  maxLength = WEB_COMPOSE_MAX_LENGTH,
): string {
  const host = opts.personal ? 'https://outlook.live.com' : 'https://outlook.office.com';
  const make = (body: string) =>
    build(`${host}/mail/deeplink/compose?`, [
      ['to', recipients(draft.to).join(',')],
      ['subject', draft.subject],
      ['body', body],
    ]);
  return make(fitBody(draft.body, (b) => make(b).length <= maxLength));
}

/** Plain text to paste anywhere: the subject on its own line when there is one. */
export function clipboardText(draft: { subject: string; body: string }): string {
  const body = draft.body.replace(/\r\n?/g, '\n');
  return draft.subject.trim() ? `Subject: ${draft.subject.trim()}\n\n${body}` : body;
}
