import { describe, expect, it } from 'vitest';
import { listWords } from './list-words.ts';

describe('listWords', () => {
  it('joins as the extension writes English lists: no serial comma', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['skills'])).toBe('skills');
    expect(listWords(['experience', 'skills'])).toBe('experience and skills');
    expect(listWords(['experience', 'education', 'skills'])).toBe('experience, education and skills');
  });
});
