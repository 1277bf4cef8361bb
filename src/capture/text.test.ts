// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawText, txt } from './dom.ts';
import { line } from './finish/raw.ts';
import { clean, decode, MAX_ABOUT } from './text.ts';

describe('clean', () => {
  it.each([
    ['  Senior   Engineer \n at  X ', 'Senior Engineer at X'],
    ['R&amp;amp;D', 'R&D'],
    ['Tom &#39;n&#x27; Jerry &lt;3', "Tom 'n' Jerry <3"],
    ['Built things…see more', 'Built things'],
    ['Fait des choses… voir plus', 'Fait des choses'],
    ['作りました…もっと見る', '作りました'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['', null],
    ['   ', null],
    [null, null],
    [42, '42'],
    [{}, null],
  ])('%j → %j', (input, out) => {
    expect(clean(input)).toBe(out);
  });
  it('keeps paragraphs when asked, turning <br> into newlines', () => {
    expect(clean('One.<br><br>Two.\n\n\n\nThree  four', 10_000, true)).toBe('One.\n\nTwo.\n\nThree four');
  });
  it('bounds the length', () => {
    const s = clean('x'.repeat(1_000_000), MAX_ABOUT, true) ?? '';
    expect(s.length).toBe(MAX_ABOUT);
    expect(s.endsWith('…')).toBe(true);
  });
  it('decode leaves unknown entities alone', () => {
    expect(decode('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });
});

describe('reading the DOM', () => {
  it('reads the visible half of an aria-hidden/visually-hidden pair once', () => {
    document.body.innerHTML =
      '<div><span aria-hidden="true"><!---->Staff Engineer<!----></span><span class="visually-hidden"><!---->Staff Engineer<!----></span></div>';
    expect(line(txt(document.body.firstElementChild))).toBe('Staff Engineer');
  });
  it('skips "see more" buttons and scripts, keeps <br> as a newline', () => {
    document.body.innerHTML = '<p>First<br>Second<script>bad()</script><button>…see more</button></p>';
    expect(rawText(document.body.firstElementChild)).toBe('First\nSecond\n');
  });
  it('survives 20 000 levels of nesting', () => {
    let html = 'deep';
    for (let i = 0; i < 20_000; i++) html = `<span>${html}</span>`;
    document.body.innerHTML = `<div>${html}</div>`;
    expect(line(txt(document.body.firstElementChild))).toBe('deep');
  });
});

describe('properties', () => {
  it('clean never throws, is bounded, trimmed, and idempotent on one-line output', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()),
        fc.integer({ min: 1, max: 2000 }),
        (v, max) => {
          const s = clean(v, max);
          if (s === null) return;
          expect(s.length).toBeLessThanOrEqual(max);
          expect(s).toBe(s.trim());
          expect(s).not.toMatch(/\s{2}|\n/);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('multi-line clean never leaves more than one blank line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\n', '<br>', '&amp;', '…', '\t')).map((xs) => xs.join('')),
        (s) => {
          const out = clean(s, 10_000, true);
          expect(out === null || !/\n{3,}/.test(out)).toBe(true);
        },
      ),
    );
  });
});
