// Types for import-cycles.mjs (plain JavaScript so scripts/check-boundaries.mjs runs under bare node).
export function importGraph(dir: string, options?: { packages?: boolean }): Map<string, string[]>;
export function findCycles(graph: Map<string, string[]>): string[][];
export function describeCycles(dir: string): string[];
