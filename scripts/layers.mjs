#!/usr/bin/env node
// The README's layer picture, drawn from the code: one box per layer of scripts/lib/boundaries.mjs
// and one arrow per pair of layers that really import one another in src/ today (not the rules:
// what the code does). `npm run layers` rewrites the Mermaid block between the markers in README.md;
// `--check` only says whether it is up to date (tests/unit/layers.test.ts runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { LAYERS, layerOf } from './lib/boundaries.mjs';
import { importGraph } from './lib/import-cycles.mjs';

export const START = '<!-- layers:start (npm run layers draws this from the imports in src/) -->';
export const END = '<!-- layers:end -->';

const id = (name) => name.replace(/\W+/g, '_');

/** The Mermaid flowchart of the layers under `srcDir` and the imports between them. */
export function layerPicture(srcDir) {
  const edges = new Set();
  for (const [file, targets] of importGraph(srcDir)) {
    const from = layerOf(relative(srcDir, file).split(sep).join('/'));
    for (const target of targets) {
      const to = layerOf(relative(srcDir, target).split(sep).join('/'));
      if (from && to && from !== to) edges.add(`${from}\u0000${to}`);
    }
  }
  const where = (l) => (l.files ?? l.folders.map((f) => `${f}/`)).join(' ');
  const lines = ['```mermaid', 'flowchart TD'];
  for (const l of LAYERS) lines.push(`  ${id(l.name)}["${l.name}: ${where(l)}<br/>${l.about}"]`);
  // In the table's order, so the same imports always draw the same text.
  const order = new Map(LAYERS.map((l, i) => [l.name, i]));
  const sorted = [...edges]
    .map((e) => e.split('\u0000'))
    .sort(([a, b], [c, d]) => order.get(a) - order.get(c) || order.get(b) - order.get(d));
  for (const [from, to] of sorted) lines.push(`  ${id(from)} --> ${id(to)}`);
  lines.push('```');
  return lines.join('\n');
}

/** `readme` with its picture replaced by a fresh one. */
export function withPicture(readme, picture) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${picture}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const fresh = withPicture(readme, layerPicture('src'));
  if (process.argv.includes('--check')) {
    if (fresh !== readme) {
      console.error('README.md: the layer picture is out of date with src/ (run npm run layers)');
      process.exit(1);
    }
    console.log('README layer picture: up to date');
  } else if (fresh !== readme) {
    writeFileSync('README.md', fresh);
    console.log('README.md: layer picture redrawn');
  } else console.log('README.md: layer picture already up to date');
}
