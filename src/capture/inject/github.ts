// The capture a github page receives (see install.ts).
import { githubBundle } from '../bundles/github.ts';
import { install } from './install.ts';

install(githubBundle);
