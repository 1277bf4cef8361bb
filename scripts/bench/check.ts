// `npm run bench -- --check`: which figures break their budget in bench/budget.json. Pure, so
// tests/unit/bench-check.test.ts covers it without a browser.
import type { Figure } from '../bench.ts';

export interface Budget {
  max: number;
  unit: string;
}

export interface BrokenBudget {
  key: string;
  value: number | null;
  max: number;
  unit: string;
  /** Absolute (ms, B) or a ratio to the figure's floor (×, see floor.ts). */
  kind: 'absolute' | 'ratio';
  why: string;
}

/**
 * Every figure of `results` over its budget, absolute or ratio alike. A figure without a budget is
 * free; a budget without a figure in `results` is not checked (a `--only` run measures a part).
 * A budgeted figure that is not a finite number (a floor of 0 makes the ratio NaN, written as
 * null) counts as broken: it was not measured.
 */
export function brokenBudgets(
  results: Readonly<Record<string, Figure | { value: number | null; unit: string }>>,
  budget: Readonly<Record<string, Budget>>,
): BrokenBudget[] {
  const broken: BrokenBudget[] = [];
  for (const [key, figure] of Object.entries(results)) {
    const b = budget[key];
    if (!b) continue;
    const kind = b.unit === '×' ? 'ratio' : 'absolute';
    const value = figure.value;
    if (figure.unit !== b.unit)
      broken.push({ key, value, max: b.max, unit: b.unit, kind, why: `unit ${figure.unit}, budget in ${b.unit}` });
    else if (value === null || !Number.isFinite(value))
      broken.push({ key, value, max: b.max, unit: b.unit, kind, why: 'not measured' });
    else if (value > b.max)
      broken.push({ key, value, max: b.max, unit: b.unit, kind, why: `${value} ${b.unit} > ${b.max} ${b.unit}` });
  }
  return broken;
}
