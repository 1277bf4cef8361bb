// The extension half of every layer, by the id its page half sends (src/capture/layers/), and of
// the LinkedIn gate. A page can only name layers listed here; a layer listed for some sites is
// ignored on the others, whatever the page sends.
import { parseCaptureResult } from '../../domain/capture-parse.ts';
import type { CaptureResult } from '../../domain/profile.ts';
import type { Finisher } from '../layer.ts';
import { asFound } from './found.ts';

const made = (sites?: Finisher['sites']): Finisher => ({ ...(sites ? { sites } : {}), finish: asFound });

export const FINISHERS: {
  gate: { finish(raw: unknown, url: string): CaptureResult };
  layers: Record<string, Finisher>;
} = {
  gate: { finish: (raw) => parseCaptureResult(raw) },
  layers: {
    'linkedin/details': made(['linkedin']),
    'linkedin/top-card': made(['linkedin']),
    'linkedin/react-2026': made(['linkedin']),
    'linkedin/legacy': made(['linkedin']),
    'linkedin/public': made(['linkedin']),
    'linkedin/public-2015': made(['linkedin']),
    'linkedin/public-2016': made(['linkedin']),
    'linkedin/pvs': made(['linkedin']),
    'linkedin/code-json': made(['linkedin']),
    'linkedin/publications': made(['linkedin']),
    'linkedin/title': made(['linkedin']),
    scholar: made(['scholar']),
    'scholar/publications': made(['scholar']),
    researchgate: made(['researchgate']),
    'researchgate/publications': made(['researchgate']),
    github: made(['github']),
    'json-ld': made(),
    'json-ld/publications': made(),
    'h-card': made(),
    opengraph: made(),
  },
};
