// The paths of the extension pages that code opens (for browser.runtime.getURL), built in one place so each id in
// a query is encoded and a moved page is changed once.
export const PAGES = {
  dashboard: 'src/dashboard/index.html',
  meeting: 'src/meeting/index.html',
  options: 'src/options/index.html',
} as const;

const withQuery = (path: string, params: Record<string, string | null | undefined>) => {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) q.set(key, value);
  const query = q.toString();
  return query ? `${path}?${query}` : path;
};

/** The dashboard, on a contact when given, with a reminder's draft open when given. */
export const dashboardPath = (contactId?: string | null, reminderId?: string | null): string =>
  withQuery(PAGES.dashboard, { contact: contactId, reminder: reminderId });

/** The settings page. */
export const optionsPath = (): string => PAGES.options;

/** The meeting window for one interview. */
export const meetingPath = (interviewId: string): string => withQuery(PAGES.meeting, { interview: interviewId });
