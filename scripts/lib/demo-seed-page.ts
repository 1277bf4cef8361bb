// The entry scripts/lib/demo-seed.ts bundles at launch and runs inside an extension page, so the
// seed writes through the extension's own origin and the store's public API. Never built into dist/.
import { openDb } from '../../src/store/db.ts';
import { type JourneySummary, seedJourney } from './demo-journey.ts';

(globalThis as unknown as { coffeeChatDemoSeed: (now: number) => Promise<JourneySummary> }).coffeeChatDemoSeed = async (
  now,
) => seedJourney(await openDb(), now);
