// Every bundle by the site it serves (for Node: tests, the capture CLI, check:real). The
// extension never imports this file: each injected entry in src/capture/inject/ imports one bundle.
import type { Site } from '../../domain/profile.ts';
import type { Bundle } from '../capture.ts';
import { genericBundle } from './generic.ts';
import { githubBundle } from './github.ts';
import { linkedinBundle } from './linkedin.ts';
import { researchGateBundle } from './researchgate.ts';
import { scholarBundle } from './scholar.ts';

export const BUNDLES: Record<Site, Bundle> = {
  linkedin: linkedinBundle,
  scholar: scholarBundle,
  researchgate: researchGateBundle,
  github: githubBundle,
  generic: genericBundle,
};
