// The name from LinkedIn's document title: notification count and site dropped.
import type { Finisher } from '../layer.ts';
import { line, str } from './raw.ts';

export const title: Finisher = {
  sites: ['linkedin'],
  finish(raw) {
    const parts = (str(raw) ?? '').replace(/^\(\d+\+?\)\s*/, '').split(' | ');
    return parts.length > 1 ? { name: line(parts[parts.length - 2]) } : null;
  },
};
