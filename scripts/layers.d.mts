// Types for layers.mjs (plain JavaScript so it runs under bare node).
export const START: string;
export const END: string;
export function layerPicture(srcDir: string): string;
export function withPicture(readme: string, picture: string): string;
