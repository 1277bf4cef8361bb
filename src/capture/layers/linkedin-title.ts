// Last resort for the name on LinkedIn: the document title, "(4) Name | LinkedIn"
// or, on /details/ pages, "Experience | Name | LinkedIn" (finish/linkedin-title.ts reads it).
import type { Layer } from '../layer.ts';

export const title: Layer = {
  id: 'linkedin/title',
  read: ({ doc }) => doc.title,
};
