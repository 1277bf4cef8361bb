// A small, safe template language for the message drafts (no eval, no HTML, no code):
//
//   {{contact.firstName | contact.name | "there"}}   first of these that has a value
//   {{#if introducer}} … {{else}} … {{/if}}           also {{#unless x}} … {{/unless}}
//   {{#each slots}}- {{item.label}}{{/each}}           with loop.first, loop.last, loop.index
//   {{! a comment }}   \{{ for literal braces
//
// Unknown names and unbalanced sections come back as errors with their position, so the
// options page can point at them while the user types.

import { DRAFT_SCHEMA, LOOP_VARS, type TemplateSchema, type VarKind } from './template-schema.ts';
import { position, tokenize } from './template-tokens.ts';
import type { Alternative, ParseResult, TemplateError, TemplateNode } from './template-types.ts';

export { renderTemplate } from './template-render.ts';
export type * from './template-types.ts';

const PATH = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

interface Frame {
  kind: 'root' | 'if' | 'unless' | 'each';
  path: string;
  start: number;
  body: TemplateNode[];
  otherwise: TemplateNode[];
  inElse: boolean;
  /** For {{#each}}: the fields `item.` may use. */
  fields?: Record<string, 'text' | 'flag'>;
}

/** Split "a | \"x|y\" | b" on the pipes that are outside quotes. */
function parseAlternatives(expr: string): Alternative[] | string {
  const out: Alternative[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^|"'\s]+))\s*(\||$)/y;
  let at = 0;
  while (at < expr.length) {
    re.lastIndex = at;
    const m = re.exec(expr);
    if (!m || m[0] === '') return `cannot read "{{${expr}}}"; write a name, or a fallback in quotes`;
    const literal = m[1] ?? m[2];
    if (literal !== undefined) out.push({ kind: 'literal', value: literal.replace(/\\(.)/g, '$1') });
    else if (PATH.test(m[3] ?? '')) out.push({ kind: 'path', path: m[3]! });
    else return `"${m[3]}" is not a valid name`;
    at = re.lastIndex;
    if (m[4] === '|' && at >= expr.length) return `nothing after the last "|" in "{{${expr}}}"`;
  }
  return out.length ? out : 'empty placeholder "{{}}"';
}

export function parseTemplate(src: string, schema: TemplateSchema = DRAFT_SCHEMA): ParseResult {
  const errors: TemplateError[] = [];
  const tokens = tokenize(String(src), errors);
  const root: Frame = { kind: 'root', path: '', start: 0, body: [], otherwise: [], inElse: false };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1]!;
  const add = (n: TemplateNode) => (top().inElse ? top().otherwise : top().body).push(n);

  const kindOf = (path: string): VarKind | undefined => {
    const each = [...stack].reverse().find((f) => f.kind === 'each');
    if (each?.fields) {
      if (path === 'item') return 'object';
      if (path.startsWith('item.')) return each.fields[path.slice(5)];
      if (path in LOOP_VARS) return LOOP_VARS[path];
    }
    return Object.hasOwn(schema, path) ? schema[path] : undefined;
  };

  for (const token of tokens) {
    if (token.t === 'text') {
      add({ type: 'text', value: token.value });
      continue;
    }
    const { content, start } = token.tag;
    const fail = (message: string) => errors.push(position(src, start, message));
    if (content.startsWith('!')) continue;
    const open = /^#(if|unless|each)\s+(\S+)$/.exec(content);
    const close = /^\/(if|unless|each)$/.exec(content);
    if (open) {
      const [, kind, path] = open as unknown as [string, 'if' | 'unless' | 'each', string];
      const k = kindOf(path);
      if (k === undefined) fail(`unknown name "${path}"`);
      else if (kind === 'each' && typeof k !== 'object')
        fail(`"${path}" is not a list, so it cannot be used with #each`);
      const fields = kind === 'each' ? (typeof k === 'object' ? k.list : {}) : undefined;
      stack.push({ kind, path, start, body: [], otherwise: [], inElse: false, fields });
    } else if (close) {
      const frame = top();
      if (frame.kind === 'root') fail(`"{{${content}}}" has no matching "{{#${close[1]}}}"`);
      else if (frame.kind !== close[1])
        fail(`"{{${content}}}" closes "{{#${frame.kind} ${frame.path}}}"; expected "{{/${frame.kind}}}"`);
      else {
        stack.pop();
        add(
          frame.kind === 'each'
            ? { type: 'each', path: frame.path, body: frame.body, otherwise: frame.otherwise }
            : {
                type: 'if',
                path: frame.path,
                negate: frame.kind === 'unless',
                body: frame.body,
                otherwise: frame.otherwise,
              },
        );
      }
    } else if (content === 'else') {
      if (top().kind === 'root') fail('"{{else}}" outside any section');
      else if (top().inElse) fail('a second "{{else}}" in the same section');
      else top().inElse = true;
    } else if (/^#(if|unless|each)$/.test(content)) {
      fail(`"{{${content}}}" needs a name, e.g. "{{${content} introducer}}"`);
      stack.push({
        kind: content.slice(1) as 'if',
        path: '',
        start,
        body: [],
        otherwise: [],
        inElse: false,
        fields: {},
      });
    } else if (/^[#/]/.test(content)) {
      fail(`unknown section "{{${content}}}"; use #if, #unless or #each`);
    } else {
      const alts = parseAlternatives(content);
      if (typeof alts === 'string') {
        fail(alts);
        continue;
      }
      for (const a of alts) {
        if (a.kind !== 'path') continue;
        const k = kindOf(a.path);
        if (k === undefined) fail(`unknown name "${a.path}"`);
        else if (k !== 'text')
          fail(`"${a.path}" cannot be printed; use it in {{#if}}${typeof k === 'object' ? ' or {{#each}}' : ''}`);
      }
      add({ type: 'value', alternatives: alts });
    }
  }
  for (const frame of stack.slice(1))
    errors.push(position(src, frame.start, `"{{#${frame.kind} ${frame.path}}}" is never closed`));
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.index - b.index) };
  return { ok: true, template: { nodes: root.body } };
}
