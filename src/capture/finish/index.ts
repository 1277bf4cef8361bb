// The extension half of every layer, by the id its page half sends (src/capture/layers/), and of
// the LinkedIn gate. A page can only name layers listed here; a layer listed for some sites is
// ignored on the others, whatever the page sends.
import type { CaptureResult } from '../../domain/profile.ts';
import type { Finisher } from '../layer.ts';
import { gateAnswer } from './gate.ts';
import { github } from './github.ts';
import { hCard } from './hcard.ts';
import { jsonLd } from './json-ld.ts';
import { jsonLdPublications } from './json-ld-publications.ts';
import { code } from './linkedin-code.ts';
import { details } from './linkedin-details.ts';
import { anyField, byName } from './linkedin-fields.ts';
import { linkedinPublications } from './linkedin-publications.ts';
import { pvs } from './linkedin-pvs.ts';
import { react2026 } from './linkedin-react.ts';
import { title } from './linkedin-title.ts';
import { openGraph } from './opengraph.ts';
import { researchGate } from './researchgate.ts';
import { researchGatePublications } from './researchgate-publications.ts';
import { scholar } from './scholar.ts';
import { scholarPublications } from './scholar-publications.ts';

export const FINISHERS: {
  gate: { finish(raw: unknown): CaptureResult };
  layers: Record<string, Finisher>;
} = {
  gate: { finish: gateAnswer },
  layers: {
    'linkedin/details': details,
    'linkedin/top-card': anyField,
    'linkedin/react-2026': react2026,
    'linkedin/legacy': byName,
    'linkedin/public': byName,
    'linkedin/public-2015': anyField,
    'linkedin/public-2016': anyField,
    'linkedin/pvs': pvs,
    'linkedin/code-json': code,
    'linkedin/publications': linkedinPublications,
    'linkedin/title': title,
    scholar,
    'scholar/publications': scholarPublications,
    researchgate: researchGate,
    'researchgate/publications': researchGatePublications,
    github,
    'json-ld': jsonLd,
    'json-ld/publications': jsonLdPublications,
    'h-card': hCard,
    opengraph: openGraph,
  },
};
