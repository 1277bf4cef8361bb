// The capture a generic page receives (see install.ts).
import { genericBundle } from '../bundles/generic.ts';
import { install } from './install.ts';

install(genericBundle);
