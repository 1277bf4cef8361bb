// store-bench-page.ts bundled into one script: run in a plain web page by store-timing.ts, and in
// the extension's own origin, beside the options page, by dashboard-timing.ts.
import { build } from 'vite';

export async function storeBenchCode(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'scripts/bench/store-bench-page.ts', formats: ['iife'], name: 'coffeeChatStoreBench' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((x) => x.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('The store bench did not bundle.');
}
