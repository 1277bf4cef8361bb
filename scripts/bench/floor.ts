// Figures that hold still. An absolute time on a shared machine moves by 2× from one run to the
// next; the same work's floor, measured in the same run, moves with it. So every timed figure of
// `npm run bench` comes with its floor and the ratio of the two:
//
//   figure                   its floor
//   popup.profile-shown      an empty extension page with no script, opened the same way
//                            (floor-page.ts: its first contentful paint)
//   dashboard.first-render   the same empty page's first contentful paint, opened as the dashboard is
//   capture                  one full TreeWalker pass over the same page, in the same injection
//   store.import-30k         plain IndexedDB puts of the same records in one transaction
//                            (plain-puts.ts, run in the same page after each import; both in a
//                            profile on disk, as the extension's is)
//   store.export-json        a plain IndexedDB getAll() of every store the backup holds, in one
//                            read transaction, one JSON.stringify of them all, one Blob of it
//                            (export-floor.ts, in the same page, in turn with the export)
//
// Keys, for a figure named `<figure>` (as above):
//   <figure>.median.ms         median of at least MIN_RUNS runs
//   <figure>.worst.ms          the slowest of them
//   <figure>.floor.median.ms   median of the floor, run as often, interleaved with the figure's runs
//   <figure>.median.ratio      <figure>.median.ms ÷ <figure>.floor.median.ms (unit "×")
//
// bench/budget.json holds an absolute budget ({ "max": …, "unit": "ms" }) on `.median.ms` and
// `.worst.ms`, and a ratio budget ({ "max": …, "unit": "×" }) on `.median.ratio`; `npm run bench --
// --check` fails on either (check.ts). Use `timedFigure` to turn the times into these keys and
// `alternate` to run a figure and its floor in turn, so a burst of load falls on both.
import type { Figure } from '../bench.ts';

/** The fewest runs of a timed figure: fewer and the median is one noisy run. */
export const MIN_RUNS = 5;

export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Runs `figure` and `floor` `runs` times each, one after the other in turn (figure, floor,
 * figure, …), and returns both lists of times.
 */
export async function alternate(
  runs: number,
  figure: () => Promise<number>,
  floor: () => Promise<number>,
): Promise<{ times: number[]; floorTimes: number[] }> {
  if (runs < MIN_RUNS) throw new Error(`A timed figure runs at least ${MIN_RUNS} times (asked for ${runs}).`);
  const times: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await figure());
    floorTimes.push(await floor());
  }
  return { times, floorTimes };
}

/** The four keys of one timed figure (see the top of this file), from its times and its floor's. */
export function timedFigure(
  name: string,
  times: readonly number[],
  floorTimes: readonly number[],
  places = 1,
): Record<string, Figure> {
  if (times.length < MIN_RUNS || floorTimes.length < MIN_RUNS)
    throw new Error(`${name}: ${times.length} runs and ${floorTimes.length} floor runs, at least ${MIN_RUNS} each.`);
  const mid = median(times);
  const floorMid = median(floorTimes);
  return {
    [`${name}.median.ms`]: { value: round(mid, places), unit: 'ms' },
    [`${name}.worst.ms`]: { value: round(Math.max(...times), places), unit: 'ms' },
    [`${name}.floor.median.ms`]: { value: round(floorMid, places), unit: 'ms' },
    [`${name}.median.ratio`]: { value: floorMid > 0 ? round(mid / floorMid, 2) : Number.NaN, unit: '×' },
  };
}
