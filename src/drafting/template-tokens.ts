// First pass of the template parser: split the source into text and {{tags}}, keeping each
// tag's position for error messages. A block tag alone on its line takes the line with it,
// so templates can put {{#if}} on its own line without leaving blank lines in the message.

import type { TemplateError } from './template-types.ts';

export interface Tag {
  content: string;
  /** Index of the opening "{{". */
  start: number;
}

export type Token = { t: 'text'; value: string } | { t: 'tag'; tag: Tag };

export function position(src: string, index: number, message: string): TemplateError {
  const before = src.slice(0, index);
  const line = before.split('\n').length;
  const column = index - (before.lastIndexOf('\n') + 1) + 1;
  return { message, index, line, column };
}

function isBlockTag(content: string): boolean {
  return /^[#/!]/.test(content) || content === 'else';
}

export function tokenize(src: string, errors: TemplateError[]): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  const flushText = () => {
    if (text) tokens.push({ t: 'text', value: text });
    text = '';
  };
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open === -1) {
      text += src.slice(i);
      break;
    }
    // "\{{" is a literal "{{", for a template that wants to show braces.
    if (open > 0 && src[open - 1] === '\\') {
      text += src.slice(i, open - 1) + '{{';
      i = open + 2;
      continue;
    }
    const close = src.indexOf('}}', open + 2);
    if (close === -1) {
      errors.push(position(src, open, '"{{" is never closed with "}}"'));
      text += src.slice(i);
      break;
    }
    text += src.slice(i, open);
    const content = src.slice(open + 2, close).trim();
    let end = close + 2;
    if (isBlockTag(content)) {
      const lineStart = src.lastIndexOf('\n', open - 1) + 1;
      const after = /^[ \t]*(\r?\n|$)/.exec(src.slice(end));
      if (after && /^[ \t]*$/.test(src.slice(lineStart, open))) {
        text = text.replace(/[ \t]*$/, '');
        end += after[0].length;
      }
    }
    flushText();
    tokens.push({ t: 'tag', tag: { content, start: open } });
    i = end;
  }
  flushText();
  return tokens;
}
