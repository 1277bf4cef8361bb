// Rendering is a walk over the parsed nodes. Values are inserted as plain text and never
// parsed again, so a name like "{{user.email}}" in a profile prints as itself.

import type { Template, TemplateNode, TemplateValue, TemplateVars } from './template-types.ts';

interface Scope {
  item: TemplateValue;
  loop: { first: boolean; last: boolean; index: number };
}

function lookup(vars: TemplateVars, scopes: Scope[], path: string): TemplateValue {
  const keys = path.split('.');
  const scope = scopes[scopes.length - 1];
  let value: TemplateValue;
  if (scope && (keys[0] === 'item' || keys[0] === 'loop')) value = keys.shift() === 'item' ? scope.item : scope.loop;
  else value = vars;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const obj = value as { readonly [key: string]: TemplateValue };
    value = Object.hasOwn(obj, key) ? obj[key] : undefined;
  }
  return value;
}

function truthy(v: TemplateValue): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function printable(v: TemplateValue): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function walk(nodes: TemplateNode[], vars: TemplateVars, scopes: Scope[], out: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(node.value);
        break;
      case 'value':
        for (const alt of node.alternatives) {
          const text = alt.kind === 'literal' ? alt.value : printable(lookup(vars, scopes, alt.path));
          if (text !== null) {
            out.push(text);
            break;
          }
        }
        break;
      case 'if':
        walk(truthy(lookup(vars, scopes, node.path)) !== node.negate ? node.body : node.otherwise, vars, scopes, out);
        break;
      case 'each': {
        const list = lookup(vars, scopes, node.path);
        if (!Array.isArray(list) || list.length === 0) {
          walk(node.otherwise, vars, scopes, out);
          break;
        }
        const items = list as readonly TemplateValue[];
        items.forEach((item, i) => {
          const loop = { first: i === 0, last: i === items.length - 1, index: i + 1 };
          walk(node.body, vars, [...scopes, { item, loop }], out);
        });
      }
    }
  }
}

export function renderTemplate(template: Template, vars: TemplateVars): string {
  const out: string[] = [];
  walk(template.nodes, vars, [], out);
  return out.join('');
}
