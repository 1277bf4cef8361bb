import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate } from './template.ts';

const pieces = fc.constantFrom(
  '{{',
  '}}',
  '{{#if news}}',
  '{{/if}}',
  '{{else}}',
  '{{#each slots}}',
  '{{/each}}',
  '{{item.label}}',
  '{{news | "x"}}',
  '\\{{',
  '|',
  '"',
  '\n',
  ' ',
  'a',
  '{{!',
  '#',
  '/',
);
const templateish = fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }).map((xs) => xs.join(''));

describe('template properties', () => {
  it('parseTemplate never throws; errors always carry a valid position', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), templateish), (src) => {
        const r = parseTemplate(src);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.index).toBeGreaterThanOrEqual(0);
            expect(e.index).toBeLessThanOrEqual(src.length);
            expect(e.line).toBe(src.slice(0, e.index).split('\n').length);
            expect(e.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('values are inserted verbatim: the output is exactly text + value + text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, value, after) => {
        fc.pre(
          !before.includes('{{') &&
            !after.includes('{{') &&
            !before.endsWith('\\') &&
            !before.endsWith('{') &&
            !after.startsWith('}'),
        );
        fc.pre(value.trim() !== '');
        const r = parseTemplate(`${before}{{news}}${after}`);
        expect(r.ok).toBe(true);
        if (r.ok) expect(renderTemplate(r.template, { news: value })).toBe(before + value + after);
      }),
      { numRuns: 1000 },
    );
  });

  it('rendering with hostile values never adds text the template and values do not contain', () => {
    const src =
      'Hi {{contact.firstName | "there"}},{{#if introducer}} via {{introducer.name}}{{/if}}{{#each slots}} [{{item.label}}]{{/each}}';
    const r = parseTemplate(src);
    if (!r.ok) throw new Error('fixture template must parse');
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), (name, intro, labels) => {
        const out = renderTemplate(r.template, {
          contact: { firstName: name },
          introducer: { name: intro },
          slots: labels.map((label) => ({ label })),
        });
        const expected = `Hi ${name.trim() ? name : 'there'}, via ${intro.trim() ? intro : ''}${labels.map((l) => ` [${l.trim() ? l : ''}]`).join('')}`;
        expect(out).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('rendering never throws for any parsed template and arbitrary variables', () => {
    fc.assert(
      fc.property(templateish, fc.jsonValue(), (src, json) => {
        const r = parseTemplate(src);
        if (!r.ok) return;
        const vars = { news: json, slots: json, introducer: json } as never;
        expect(typeof renderTemplate(r.template, vars)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
