#!/usr/bin/env node
// The architecture's rules, over every module of src/ and following imports transitively
// (the layers and rules are in scripts/lib/boundaries.mjs): pages reach the store only through
// store/index.ts; nothing imports a page or the service worker; lib/ imports nothing of ours;
// domain/, drafting/ and capture/ stay pure; no import cycles. Exits 1 on any break.
import { checkBoundaries } from './lib/boundaries.mjs';

const dir = process.argv[2] ?? 'src';
const problems = checkBoundaries(dir);
for (const p of problems) console.error(p);
console.log(problems.length ? `${problems.length} boundary violations` : 'architecture boundaries: ok');
process.exit(problems.length ? 1 : 0);
