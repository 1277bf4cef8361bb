// Types for boundaries.mjs (plain JavaScript so scripts/check-boundaries.mjs runs under bare node).
export interface Layer {
  name: string;
  folders?: string[];
  files?: string[];
  about: string;
  uses: string[];
}
export const LAYERS: Layer[];
export const PACKAGES: { spec: string; only: string[]; why: string }[];
export const TEST_ONLY: string[];
export const NEVER_REACHES: {
  layers: string[];
  targets: string[];
  except?: string[];
  throughDoor?: boolean;
  why: string;
}[];
export function layerOf(path: string): string | null;
export function checkBoundaries(srcDir: string): string[];
