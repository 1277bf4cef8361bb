// Import cycles among a folder's modules. A cycle makes load order matter (a re-export read
// before its module ran is undefined) and ties modules that should stand apart, so none is
// allowed in src/. Type-only imports count too: they tie the modules just the same.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;
// import … from '…', export … from '…', import '…', import('…')
const SPECIFIERS =
  /(?:^|[^.\w])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const sourceFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : SOURCE.test(p) && !TEST.test(p) ? [p] : [];
  });

/** The file a relative specifier names (query such as `?script` dropped), or null outside the graph. */
function resolveSpecifier(from, spec, known) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(from, '..', spec.split('?')[0]);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (known.has(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/**
 * file → the files it imports, for every non-test module under `dir`. With `packages`, the
 * packages it imports too, as "npm:<specifier>" (scripts/lib/boundaries.mjs checks who uses which).
 */
export function importGraph(dir, { packages = false } = {}) {
  const files = sourceFiles(dir).map((f) => resolve(f));
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    // Comments could name imports that are not there.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$/gm, '$1');
    const targets = new Set();
    for (const m of code.matchAll(SPECIFIERS)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const target = resolveSpecifier(file, spec, known);
      if (target) targets.add(target);
      else if (packages && !spec.startsWith('.')) targets.add(`npm:${spec}`);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Every cycle, one per strongly connected group of modules, as a path that returns to its start. */
export function findCycles(graph) {
  // Tarjan's strongly connected components, iteratively (no recursion limit on deep chains).
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const groups = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const next = (graph.get(node) ?? [])[i];
      if (next !== undefined) {
        frame[1] += 1;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const group = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        const selfLoop = (graph.get(node) ?? []).includes(node);
        if (group.length > 1 || selfLoop) groups.push(new Set(group));
      }
    }
  }
  return groups.map((group) => pathThrough(graph, group));
}

/** One concrete cycle inside a strongly connected group: breadth-first back to its first module. */
function pathThrough(graph, group) {
  const start = [...group].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let n = node; n !== start; n = previous.get(n)) path.splice(1, 0, n);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** The cycles under `dir`, each as "a.ts → b.ts → a.ts" relative to the working folder. */
export function describeCycles(dir) {
  return findCycles(importGraph(dir)).map((path) => path.map((f) => relative('.', f)).join(' → '));
}
