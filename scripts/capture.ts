// Run the capture on a saved page: npx tsx scripts/capture.ts FILE --url URL
// Prints the captured profile as JSON (exit 0), or one line on stderr with an exit code from
// scripts/lib/cli-input.ts (1: not a profile, 2: usage, 3-5: the file, 6: the capture failed).
import { Window } from 'happy-dom';
import { extract } from '../src/capture/extract.ts';
import { CliError, checkUrl, EXIT, readPage, runCli } from './lib/cli-input.ts';

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
  if (!file || !url) throw new CliError(EXIT.usage, 'usage: capture FILE --url URL');
  checkUrl(url);
  const html = readPage(file);
  const r = extract(parse(html, url), url);
  if (r.kind !== 'profile') throw new CliError(EXIT.notProfile, `not a profile: ${r.message}`);
  process.stdout.write(`${JSON.stringify(r.profile, null, 2)}\n`);
  return EXIT.ok;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? ''))
  process.exitCode = runCli(() => main(process.argv.slice(2)));
