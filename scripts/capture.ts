// Run the capture on a saved page: npx tsx scripts/capture.ts FILE --url URL
// Prints the captured profile as JSON (exit 0), or a one-line reason on stderr (exit 1).
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extract } from '../src/capture/extract.ts';

export function parse(html: string, url: string): Document {
  // No script execution, no network: we only want the DOM the page describes.
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}

function main(argv: string[]): number {
  const i = argv.indexOf('--url');
  const url = i >= 0 ? argv[i + 1] : undefined;
  const file = argv.find((a, j) => !a.startsWith('--') && j !== i + 1);
  if (!file || !url) {
    process.stderr.write('usage: capture FILE --url URL\n');
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const r = extract(parse(html, url), url);
  if (r.kind !== 'profile') {
    process.stderr.write(`not a profile (${r.reason}): ${r.message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(r.profile, null, 2)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? ''))
  process.exitCode = main(process.argv.slice(2));
