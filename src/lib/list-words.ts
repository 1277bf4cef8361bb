// Lists in the extension's own English text: "a", "a and b", "a, b and c" (no serial comma,
// which is how the en-GB list format writes them).
const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

export function listWords(words: readonly string[]): string {
  return AND.format(words);
}
