// Test support (never bundled into the page script): the synthetic fixtures in
// tests/fixtures/pages/, the URL each is served at, parsed with happy-dom the
// way scripts/capture.ts parses a saved page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');

export const FIXTURES: Record<string, string> = {
  'demo-profile.html': 'https://www.linkedin.com/in/lena-marchetti-demo/',
  'linkedin-pvs-2022.html': 'https://www.linkedin.com/in/danawhitfield/',
  'linkedin-grouped-2024.html': 'https://www.linkedin.com/in/tomas-eriksen-4821/',
  'linkedin-hashed-2025-code.html': 'https://www.linkedin.com/in/noor-haddad-b2041/',
  'linkedin-raw-code-only.html': 'https://www.linkedin.com/in/noor-haddad-b2041/',
  'linkedin-ja.html': 'https://www.linkedin.com/in/haruka-sato-ds/',
  'linkedin-fr.html': 'https://fr.linkedin.com/in/camille-roux-design/',
  'linkedin-react-2026.html': 'https://www.linkedin.com/in/marcovellani/',
  'linkedin-react-2026-loaded.html': 'https://www.linkedin.com/in/marcovellani/',
  'linkedin-legacy-ember.html': 'https://www.linkedin.com/in/danawhitfield/',
  'linkedin-public-jsonld.html': 'https://pt.linkedin.com/in/ines-carvalho-pt',
  'linkedin-details-experience.html': 'https://www.linkedin.com/in/tomas-eriksen-4821/details/experience/',
  'linkedin-details-education.html': 'https://www.linkedin.com/in/tomas-eriksen-4821/details/education/',
  'linkedin-authwall.html': 'https://www.linkedin.com/in/someone-behind-a-wall/',
  'linkedin-not-found.html': 'https://www.linkedin.com/in/nobody-by-this-name/',
  'linkedin-search-results.html': 'https://www.linkedin.com/search/results/people/?keywords=research',
  'linkedin-company.html': 'https://www.linkedin.com/company/brightwell-labs/',
  'scholar-en.html': 'https://scholar.google.com/citations?user=Rk29xPqAAAAJ&hl=en',
  'scholar-fr.html': 'https://scholar.google.fr/citations?user=h3LmQ9kAAAAJ&hl=fr',
  'researchgate.html': 'https://www.researchgate.net/profile/Bjorn-Aaltonen',
  'github.html': 'https://github.com/ktamatea',
  'generic-jsonld.html': 'https://sofiabrennan.example/about',
  'generic-hcard.html': 'https://aarav.example/notes/',
  'linkedin-public-v3-de.html': 'https://de.linkedin.com/in/katrin-feldmann-42',
  'researchgate-affiliated.html': 'https://www.researchgate.net/profile/Ilse-Brandvold',
  'linkedin-emoji.html': 'https://www.linkedin.com/in/ren-okonkwo-dev/',
  'linkedin-react-2026-top-skills.html': 'https://www.linkedin.com/in/tessa-nakamura-ml/',
  'linkedin-react-2026-pronunciation.html': 'https://www.linkedin.com/in/tessa-nakamura-ml/',
  'linkedin-doubtful.html': 'https://www.linkedin.com/in/odalys-fenwick-demo/',
  'hostile.html': 'https://www.linkedin.com/in/hostile-page-test/',
  'hostile-fields.html': 'https://www.linkedin.com/in/hostile-fields-test/',
};

/** A DOM of the given HTML at the given URL: no scripts run, nothing fetched. */
export function parseHtml(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}

export function loadFixture(name: string): { doc: Document; url: string } {
  const url = FIXTURES[name];
  if (!url) throw new Error(`unknown fixture ${name}`);
  return { doc: parseHtml(readFileSync(join(PAGES, name), 'utf8'), url), url };
}
