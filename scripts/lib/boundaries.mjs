// The architecture's layers and who may import whom, checked over the import graph of src/
// (scripts/check-boundaries.mjs runs it; tests/unit/boundaries.test.ts plants a break for each
// rule). Plain JavaScript so it runs under bare node. The README's layer picture is drawn from
// the same table (scripts/layers.mjs).
import { relative, sep } from 'node:path';
import { findCycles, importGraph } from './import-cycles.mjs';

/**
 * Every module of src/ belongs to one layer, by its folder. A layer may import its own modules
 * and the layers it lists in `uses`, nothing else. Listed top to bottom: nothing imports upward.
 */
export const LAYERS = [
  {
    name: 'pages',
    folders: ['popup', 'options', 'dashboard', 'meeting'],
    about: 'the extension pages: each folder one page; no page imports another',
    uses: ['page parts', 'extension', 'store door', 'drafting', 'domain', 'lib'],
  },
  {
    name: 'worker',
    folders: ['background'],
    about: 'the service worker: context menu, alarms, notifications',
    uses: ['extension', 'store door', 'drafting', 'domain', 'lib'],
  },
  {
    name: 'page parts',
    folders: ['ui', 'debrief'],
    about: 'components and hooks more than one page uses',
    uses: ['extension', 'store door', 'drafting', 'domain', 'lib'],
  },
  {
    name: 'extension',
    folders: ['extension'],
    about: 'what drives the browser for pages and worker: capture a tab, reminder alarms',
    uses: ['store door', 'capture', 'drafting', 'domain', 'lib'],
  },
  {
    name: 'store door',
    files: ['store/index.ts', 'store/meetings.ts', 'store/contact-list.ts', 'store/transfer.ts'],
    about: 'every read and write pages need, as a named function',
    uses: ['store'],
  },
  {
    name: 'store',
    folders: ['store'],
    about: 'IndexedDB: repositories, import, export, search, migrations',
    uses: ['domain', 'lib'],
  },
  {
    name: 'capture',
    folders: ['capture'],
    about: 'reads a profile: a page half injected into the web page, an extension half that finishes it',
    uses: ['domain', 'lib'],
  },
  {
    name: 'drafting',
    folders: ['drafting'],
    about: 'pure: questions, emails, templates, languages',
    uses: ['domain', 'lib'],
  },
  { name: 'domain', folders: ['domain'], about: 'pure: types, parsers and rules', uses: ['lib'] },
  { name: 'lib', folders: ['lib'], about: 'small helpers that import nothing of ours', uses: [] },
];

/** Modules of a folder that are a folder of their own: each page may use only itself. */
const OWN_FOLDER_ONLY = new Set(['pages']);

/** Packages only some may import (any other package is free to all). */
export const PACKAGES = [
  { spec: 'idb', only: ['store'], why: 'IndexedDB belongs to the store' },
  { spec: 'minisearch', only: ['store'], why: 'the search index is the store’s' },
  { spec: 'papaparse', only: ['store'], why: 'import parsing is the store’s' },
  {
    spec: 'webextension-polyfill',
    only: ['lib/browser.ts'],
    why: 'lib/browser.ts is the one place the API is imported',
  },
  { spec: 'preact', only: ['pages', 'page parts'], why: 'only pages render' },
];

/** Modules no shipped module may import: test and seed entries of the store. */
export const TEST_ONLY = ['store/testing.ts', 'store/test-util.ts', 'store/repository.ts', 'store/bench-data.ts'];

/**
 * What a layer must never reach, following imports through any number of modules. A layer
 * above the store reaches it only through the door: the walk stops at the door's modules.
 */
export const NEVER_REACHES = [
  {
    layers: ['capture'],
    targets: ['lib/browser.ts', 'npm:webextension-polyfill', 'npm:idb', 'npm:preact', 'store', 'extension'],
    why: 'capture runs inside web pages: no storage, no browser API, no UI',
  },
  {
    layers: ['drafting', 'domain', 'lib'],
    targets: ['lib/browser.ts', 'npm:webextension-polyfill', 'npm:idb', 'npm:preact', 'store', 'capture'],
    except: ['lib/browser.ts'],
    why: 'pure code: no storage, no browser API, no UI, no page code',
  },
  {
    layers: ['domain', 'lib'],
    targets: ['drafting'],
    why: 'domain and lib sit below drafting',
  },
  {
    layers: ['pages', 'worker', 'page parts', 'extension'],
    targets: ['store', 'npm:idb'],
    throughDoor: true,
    why: 'the store is reached only through its door: store/index.ts, meetings.ts, contact-list.ts, transfer.ts',
  },
];

const NPM = 'npm:';

/** The layer of a module path relative to src/ ("store/index.ts"), or null for files at the root. */
export function layerOf(path) {
  for (const layer of LAYERS) if (layer.files?.includes(path)) return layer.name;
  const folder = path.split('/')[0];
  for (const layer of LAYERS) if (layer.folders?.includes(folder) && path.includes('/')) return layer.name;
  return null;
}

const matches = (path, target) =>
  target.startsWith(NPM)
    ? path === target || path.startsWith(`${target}/`)
    : path === target || path.startsWith(`${target}/`) || (!target.endsWith('.ts') && layerOf(path) === target);

/** Every boundary problem under `srcDir`, as readable lines; empty when the code keeps the rules. */
export function checkBoundaries(srcDir) {
  const absolute = importGraph(srcDir, { packages: true });
  const rel = (f) => (f.startsWith(NPM) ? f : relative(srcDir, f).split(sep).join('/'));
  const graph = new Map([...absolute].map(([f, ts]) => [rel(f), ts.map(rel)]));
  const problems = [];
  const byName = new Map(LAYERS.map((l) => [l.name, l]));

  for (const [file, targets] of graph) {
    const from = layerOf(file);
    if (!from) {
      // A new folder needs a place in LAYERS before its code is checked (and drawn).
      if (!file.endsWith('.d.ts'))
        problems.push(`${file}: in no layer (add its folder to LAYERS in scripts/lib/boundaries.mjs)`);
      continue;
    }
    for (const target of targets) {
      if (target.startsWith(NPM)) {
        const rule = PACKAGES.find((p) => matches(target, NPM + p.spec));
        if (rule && !rule.only.some((o) => o === file || o === from))
          problems.push(`${file}: imports ${target.slice(NPM.length)} (${rule.why})`);
        continue;
      }
      if (TEST_ONLY.includes(target) && file !== 'store/testing.ts')
        problems.push(`${file}: imports ${target}, which only tests and scripts may use`);
      const to = layerOf(target);
      if (!to || to === from) {
        if (to && OWN_FOLDER_ONLY.has(from) && file.split('/')[0] !== target.split('/')[0])
          problems.push(`${file}: imports ${target} (a page never imports another page)`);
        continue;
      }
      if (!byName.get(from).uses.includes(to))
        problems.push(
          `${file}: imports ${target} (${from} may use ${byName.get(from).uses.join(', ') || 'nothing of ours'}; not ${to})`,
        );
    }
  }

  // One line per offending import and layer it reaches into, with its longest chain of modules.
  const reached = new Map();
  for (const rule of NEVER_REACHES) {
    for (const file of graph.keys()) {
      if (!rule.layers.includes(layerOf(file)) || rule.except?.includes(file)) continue;
      const path = firstPath(graph, file, (m) => rule.targets.some((t) => matches(m, t)), rule.throughDoor);
      if (!path) continue;
      const edge = `${layerOf(file)}: ${path.slice(-2).join(' → ')}: ${rule.why}`;
      const seen = reached.get(edge);
      if (!seen || seen.path.length < path.length)
        reached.set(edge, { path, why: rule.why, from: (seen?.from ?? 0) + 1 });
      else seen.from += 1;
    }
  }
  for (const { path, why, from } of reached.values())
    problems.push(`${path.join(' → ')} (${why}; reached from ${from} module${from === 1 ? '' : 's'})`);

  for (const cycle of findCycles(graph)) problems.push(`import cycle: ${cycle.join(' → ')}`);
  return [...new Set(problems)];
}

/** The shortest import path from `start` to a module `hit` accepts, or null. */
function firstPath(graph, start, hit, throughDoor) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    // The door is the way in: what lies behind it is the store's own business.
    if (throughDoor && layerOf(node) === 'store door') continue;
    for (const next of graph.get(node) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      if (hit(next) && !(throughDoor && layerOf(next) === 'store door')) {
        const path = [next];
        for (let n = node; n !== null; n = previous.get(n)) path.unshift(n);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}
