// Field coverage of the capture on the real saved pages in ../shared/fixtures
// (not part of the repo, never copied into it). Prints one row per file.
// Run: npx tsx scripts/check-real.ts [DIR]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { extract } from '../src/capture/extract.ts';
import { checkProfile, monthOf } from '../src/domain/self-check.ts';
import { parse } from './capture.ts';

// ../shared/fixtures next to the repo (the real saved pages live outside it, on purpose); from a
// worktree under /work/wt/<branch> that is two levels up.
const DIR =
  process.argv[2] ??
  [
    join(import.meta.dirname, '..', '..', 'shared', 'fixtures'),
    join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures'),
  ].find((d) => existsSync(d)) ??
  '';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? htmlFiles(p) : /\.html?$/i.test(n) ? [p] : [];
    })
    .sort();
}

/** The address the page had when saved: canonical link, og:url, or the member its own links name. */
export function urlOf(html: string, file: string): string {
  const abs = (u: string | undefined) => (u && /^https?:\/\//.test(u) ? u.replace(/&amp;/g, '&') : undefined);
  const canon =
    html.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/)?.[1] ??
    html.match(/property="og:url"[^>]+content="([^"]+)"/)?.[1];
  const title = html.match(/<title>\s*([^<]*)/)?.[1] ?? '';
  const detail = title.match(/^(Experience|Education|Skills) \|/)?.[1]?.toLowerCase();
  const own =
    html.match(/\/in\/([^/"?]+)\/(?:overlay\/(?:contact-info|about-this-profile)|detail\/contact-info)/)?.[1] ??
    html.match(/componentkey="profileCardsAboveActivity([^"]+)"/)?.[1] ??
    html.match(/\/in\/([^/"?]+)\/details\//)?.[1];
  if (canon?.includes('/authwall') || /authwall/.test(file))
    return 'https://www.linkedin.com/in/someone-behind-a-wall/';
  if (canon?.startsWith('/public-profile/in/'))
    return `https://www.linkedin.com${canon.replace('/public-profile', '')}`;
  if (/people-search/.test(file) || /^\(\d+\) Search \|/.test(title))
    return 'https://www.linkedin.com/search/results/people/?keywords=x';
  if (detail && !own)
    return `https://www.linkedin.com/in/${basename(file).split('_').slice(-2, -1)[0]}/details/${detail}/`;
  if (own && /linkedin/.test(file)) return `https://www.linkedin.com/in/${own}/${detail ? `details/${detail}/` : ''}`;
  return (
    abs(canon) ??
    html.match(/"url":\s*"(https:\/\/www\.linkedin\.com\/in\/[^"]+)"/)?.[1] ??
    `https://www.linkedin.com/in/${basename(file).split('_')[3] ?? 'x'}/${detail ? `details/${detail}/` : ''}`
  );
}

const mark = (v: unknown) => (v == null || v === '' ? '·' : '✓');

function main(): void {
  if (!existsSync(DIR)) return; // no real pages on this machine: nothing to check
  const rows: string[][] = [
    [
      'file',
      'result',
      'name',
      'head',
      'loc',
      'about',
      'photo',
      'curr',
      'deg',
      'exp',
      'edu',
      'skills',
      'pubs',
      'incomplete',
      'check this',
      'ms',
    ],
  ];
  for (const f of htmlFiles(DIR)) {
    const html = readFileSync(f, 'utf8');
    const url = urlOf(html, f);
    const doc = parse(html, url);
    const t0 = performance.now();
    const r = extract(doc, url);
    const ms = (performance.now() - t0).toFixed(1);
    const name = relative(DIR, f)
      .replace(/^[^/]+\//, '')
      .slice(0, 44);
    if (process.env.SHOW_URL) console.log(name, url);
    if (r.kind !== 'profile') {
      rows.push([
        name,
        `${r.reason}${r.people.length ? ` (${r.people.length} people)` : ''}`,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        ms,
      ]);
      continue;
    }
    const p = r.profile;
    rows.push([
      name,
      p.site,
      mark(p.name),
      mark(p.headline),
      mark(p.location),
      mark(p.about),
      mark(p.photoUrl),
      mark(p.current),
      p.connectionDegree ?? '·',
      String(p.experience.length),
      String(p.education.length),
      String(p.skills.length),
      String(p.publications.length),
      p.incomplete.map((i) => i.section).join(',') || '-',
      // What the popup would mark "check this" (the self-check runs on the extension side).
      checkProfile(p, monthOf(Date.now()))
        .map((f) => f.field)
        .join(',') || '-',
      ms,
    ]);
  }
  const w = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i] ?? 0)).join('  '));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
