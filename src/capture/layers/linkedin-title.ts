// Last resort for the name on LinkedIn: the document title, "(4) Name | LinkedIn"
// or, on /details/ pages, "Experience | Name | LinkedIn". Notification count and site dropped.
import type { Layer } from '../layer.ts';
import { clean } from '../text.ts';

export const title: Layer = {
  id: 'linkedin/title',
  read({ doc }) {
    const parts = doc.title.replace(/^\(\d+\+?\)\s*/, '').split(' | ');
    return parts.length > 1 ? { name: clean(parts[parts.length - 2]) } : null;
  },
};
