// @vitest-environment happy-dom
// q and qa ask for each part of a selector list on its own (dom.ts says why): they must answer
// exactly what the list's own query answers, on any page and any list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { q, qa, selectorParts } from './dom.ts';
import { loadFixture } from './fixtures.ts';

describe('selectorParts', () => {
  it.each([
    ['a', ['a']],
    ['a,b', ['a', 'b']],
    [' .x , div.y > span ', ['.x', 'div.y > span']],
    [':is(a, b) c,d', [':is(a, b) c', 'd']],
    ['[title="x,y"],p', ['[title="x,y"]', 'p']],
    ["[data-x='a\\',b'],i", ["[data-x='a\\',b']", 'i']],
    ['a[href*="/in/"]:not(.m, .n),li', ['a[href*="/in/"]:not(.m, .n)', 'li']],
  ])('%s', (sel, parts) => {
    expect(selectorParts(sel)).toEqual(parts);
  });
});

type Tree = { tag: string; cls: string[]; kids: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom('div', 'span', 'li', 'section'),
    cls: fc.subarray(['a', 'b', 'c']),
    kids: fc.oneof({ maxDepth: 4 }, fc.constant<Tree[]>([]), fc.array(tie('node'), { maxLength: 3 })),
  }),
})).node;
const html = (t: Tree): string => `<${t.tag} class="${t.cls.join(' ')}">${t.kids.map(html).join('')}</${t.tag}>`;
const PARTS = ['.a', '.b', '.c', 'span', 'li', 'div .a', '.a .b', 'section > .c', '.a.b', ':not(.a)'];

describe('q and qa answer as the whole list would', () => {
  it('on generated pages and lists', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 4 }), (t, parts) => {
        document.body.innerHTML = html(t);
        const sel = parts.join(',');
        expect(qa(document.body, sel)).toEqual(Array.from(document.body.querySelectorAll(sel)));
        expect(q(document.body, sel)).toBe(document.body.querySelector(sel));
      }),
      { numRuns: 300 },
    );
  });

  it('on a synthetic profile page, with lists the capture uses', () => {
    const { doc } = loadFixture('demo-profile.html');
    for (const sel of [
      'section h1,.pv-top-card h1',
      '[data-view-name="profile-component-entity"],.pvs-entity',
      'span[aria-hidden="true"],a[href*="/in/"]',
      'h2,h3,section',
      'meta[property="pageKey"],meta[name="pageKey"]',
    ]) {
      const want = Array.from(doc.querySelectorAll(sel));
      expect(want.length, sel).toBeGreaterThan(0);
      expect(qa(doc, sel), sel).toEqual(want);
      expect(q(doc, sel), sel).toBe(doc.querySelector(sel));
    }
  });
});
