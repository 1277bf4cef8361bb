import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, type TemplateVars } from './template.ts';

function render(src: string, vars: TemplateVars): string {
  const r = parseTemplate(src);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return renderTemplate(r.template, vars);
}

describe('renderTemplate', () => {
  it.each([
    ['plain text', 'Hello', {}, 'Hello'],
    ['a value', 'Hi {{contact.firstName}}!', { contact: { firstName: 'Ana' } }, 'Hi Ana!'],
    ['fallback literal when missing', 'Hi {{contact.firstName | "there"}}', {}, 'Hi there'],
    [
      'fallback when empty or blank',
      'Hi {{contact.firstName | "there"}}',
      { contact: { firstName: '  ' } },
      'Hi there',
    ],
    ['fallback chain', '{{contact.firstName | contact.name | "you"}}', { contact: { name: 'Li Wei' } }, 'Li Wei'],
    ['single-quoted fallback with pipe inside', "{{news | 'a|b'}}", {}, 'a|b'],
    ['escaped quote in fallback', '{{news | "say \\"hi\\""}}', {}, 'say "hi"'],
    ['numbers print', '{{meeting.minutes}} min', { meeting: { minutes: 20 } }, '20 min'],
    ['if true', '{{#if introducer}}via {{introducer.name}}{{/if}}.', { introducer: { name: 'Bo' } }, 'via Bo.'],
    ['if null takes else', '{{#if introducer}}A{{else}}B{{/if}}', { introducer: null }, 'B'],
    ['if empty list is false', '{{#if slots}}A{{else}}B{{/if}}', { slots: [] }, 'B'],
    ['unless', '{{#unless news}}none{{/unless}}', {}, 'none'],
    [
      'each with loop vars',
      '{{#each suggested}}{{#unless loop.first}}{{#if loop.last}} and {{else}}, {{/if}}{{/unless}}{{item.name}}{{/each}}',
      { suggested: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
      'A, B and C',
    ],
    [
      'each index',
      '{{#each slots}}{{loop.index}}.{{item.label}} {{/each}}',
      { slots: [{ label: 'x' }, { label: 'y' }] },
      '1.x 2.y ',
    ],
    ['each else on empty', '{{#each slots}}x{{else}}no times{{/each}}', { slots: [] }, 'no times'],
    ['comment', 'a{{! note to self }}b', {}, 'ab'],
    ['escaped braces', 'use \\{{name}} literally', {}, 'use {{name}} literally'],
    ['block tags alone on a line take the line', 'A\n{{#if news}}\nN\n{{/if}}\nB', { news: 'yes' }, 'A\nN\nB'],
    ['and leave nothing when false', 'A\n  {{#if news}}\nN\n  {{/if}}\nB', {}, 'A\nB'],
    ['inline block tags keep their line', 'A {{#if news}}N{{/if}} B\n', {}, 'A  B\n'],
    ['CRLF sources', 'A\r\n{{#if news}}\r\nN\r\n{{/if}}\r\nB', { news: 'x' }, 'A\r\nN\r\nB'],
  ])('%s', (_name, src, vars, expected) => {
    expect(render(src, vars as TemplateVars)).toBe(expected);
  });

  it('prints values as they are, never parsing them again', () => {
    expect(render('{{news}}', { news: '{{user.email}} <b>x</b> {{#if}}' })).toBe('{{user.email}} <b>x</b> {{#if}}');
  });

  it('ignores inherited properties (no prototype lookups)', () => {
    expect(render('[{{contact.name}}]', { contact: Object.create({ name: 'inherited' }) })).toBe('[]');
  });
});

describe('parseTemplate errors', () => {
  it.each([
    ['unknown placeholder', 'Hi {{contact.fristName}}', 'unknown name "contact.fristName"', 3, 1, 4],
    ['unknown on a later line', 'Hi,\n\n  {{usr.name}}', 'unknown name "usr.name"', 7, 3, 3],
    ['unclosed if', 'A\n{{#if introducer}}x', 'is never closed', 2, 2, 1],
    ['stray close', 'x {{/if}}', 'has no matching', 2, 1, 3],
    ['mismatched close', '{{#each slots}}{{/if}}', 'expected "{{/each}}"', 15, 1, 16],
    ['else outside a section', 'a {{else}}', 'outside any section', 2, 1, 3],
    ['two elses', '{{#if news}}a{{else}}b{{else}}c{{/if}}', 'second "{{else}}"', 22, 1, 23],
    ['unterminated tag', 'Hi {{contact.name', 'never closed with "}}"', 3, 1, 4],
    ['empty tag', 'a{{ }}b', 'empty placeholder', 1, 1, 2],
    ['bad fallback', '{{news | "open}}', 'cannot read', 0, 1, 1],
    ['dangling pipe', '{{news |}}', 'nothing after the last', 0, 1, 1],
    ['unknown section', '{{#with user}}{{/with}}', 'unknown section', 0, 1, 1],
    ['section without a name', '{{#if}}x{{/if}}', 'needs a name', 0, 1, 1],
    ['each over text', '{{#each news}}x{{/each}}', 'is not a list', 0, 1, 1],
    ['printing a list', '{{slots}}', 'cannot be printed', 0, 1, 1],
    ['item outside each', '{{item.label}}', 'unknown name "item.label"', 0, 1, 1],
    ['unknown item field', '{{#each slots}}{{item.start}}{{/each}}', 'unknown name "item.start"', 15, 1, 16],
    ['column counts UTF-16 like a textarea', '😀 {{nope}}', 'unknown name "nope"', 3, 1, 4],
  ])('%s', (_name, src, message, index, line, column) => {
    const r = parseTemplate(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const error = r.errors.find((e) => e.message.includes(message));
    expect(error).toMatchObject({ index, line, column });
  });

  it('reports every error, in source order', () => {
    const r = parseTemplate('{{a}} {{#if news}} {{b}}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.index)).toEqual([0, 6, 19]);
  });

  it('accepts a custom schema', () => {
    expect(parseTemplate('{{x}}', { x: 'text' }).ok).toBe(true);
    expect(parseTemplate('{{user.name}}', { x: 'text' }).ok).toBe(false);
  });
});
