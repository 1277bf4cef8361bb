// A company name as a person's profile gives it, without the recruiting slogan some companies
// append to their page name ("Acme - We're hiring", "Acme | Hiring", "Acme (We're hiring!)").
// Stripped here, in the extension half, so the card, the saved contact and the drafts all see
// the plain name; the page half stays small (its gzip size is budgeted).

// The slogan must follow a separator or an opening bracket (or "is hiring"), so a name that
// merely contains the word ("Hiring Partners Ltd") keeps it; "Hiring Manager" is a role, not a slogan.
const SLOGAN =
  /\s*(?:[-–—|·•:,(\[]\s*(?:(?:we[’']?re|we are|now|still|actively)\s+)?|\s+(?:is|are)\s+(?:now\s+)?)(?:hiring(?!\s+(?:manager|lead|partner|team)\b)|wir stellen ein|on recrute|nous recrutons|¡?estamos contratando|stiamo assumendo|we zoeken|wij zoeken)(?![\p{L}\p{N}]).*$/iu;

/** `name` without a trailing recruiting slogan; null when nothing else is left. */
export function withoutSlogan(name: string | null): string | null {
  if (!name) return name;
  const plain = name.replace(SLOGAN, '').trim();
  return plain || null;
}
