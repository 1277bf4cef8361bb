// Accent- and case-insensitive comparison key: "Zoë Müller" and "zoe muller" fold to the same
// text. NFKD splits accented letters into base + combining mark, which we then drop.
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
