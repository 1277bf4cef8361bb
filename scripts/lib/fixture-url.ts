// The address a saved page was served at: its canonical link or og:url, else one derived
// from the file name. Used to serve fixtures at their real URLs in the browser.
export function fixtureUrl(file: string, html: string): string {
  const canonical =
    html.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i)?.[1] ??
    html.match(/<meta[^>]+property="og:url"[^>]+content="([^"]+)"/i)?.[1];
  if (canonical?.startsWith('https://')) return canonical;
  if (file === 'demo-profile.html') return 'https://www.linkedin.com/in/lena-marchetti-demo/';
  return `https://www.linkedin.com/in/${file.replace(/\.html$/, '')}/`;
}
