import { describe, expect, it } from 'vitest';
import { brokenBudgets } from '../../scripts/bench/check.ts';
import { alternate, MIN_RUNS, median, timedFigure } from '../../scripts/bench/floor.ts';

const budget = {
  'popup.profile-shown.median.ms': { max: 100, unit: 'ms' },
  'popup.profile-shown.median.ratio': { max: 3, unit: '×' },
  'size.popup.gzip': { max: 9000, unit: 'B' },
};

describe('npm run bench -- --check', () => {
  it('passes figures within their budgets, absolute and ratio alike', () => {
    const results = {
      'popup.profile-shown.median.ms': { value: 100, unit: 'ms' },
      'popup.profile-shown.median.ratio': { value: 2.5, unit: '×' },
      'size.popup.gzip': { value: 8000, unit: 'B' },
    };
    expect(brokenBudgets(results, budget)).toEqual([]);
  });

  it('names an absolute budget broken while the ratio holds', () => {
    const results = {
      'popup.profile-shown.median.ms': { value: 150, unit: 'ms' },
      'popup.profile-shown.median.ratio': { value: 2.5, unit: '×' },
    };
    expect(brokenBudgets(results, budget)).toEqual([
      {
        key: 'popup.profile-shown.median.ms',
        value: 150,
        max: 100,
        unit: 'ms',
        kind: 'absolute',
        why: '150 ms > 100 ms',
      },
    ]);
  });

  it('names a ratio budget broken while the absolute one holds', () => {
    const results = {
      'popup.profile-shown.median.ms': { value: 60, unit: 'ms' },
      'popup.profile-shown.median.ratio': { value: 4.2, unit: '×' },
    };
    expect(brokenBudgets(results, budget).map((b) => [b.key, b.kind])).toEqual([
      ['popup.profile-shown.median.ratio', 'ratio'],
    ]);
  });

  it('counts a budgeted figure that was not measured (NaN, null in JSON) or is in another unit as broken', () => {
    const results = {
      'popup.profile-shown.median.ratio': { value: null, unit: '×' },
      'size.popup.gzip': { value: 8, unit: 'kB' },
    };
    expect(brokenBudgets(results, budget).map((b) => b.why)).toEqual(['not measured', 'unit kB, budget in B']);
  });

  it('leaves figures without a budget free, and budgets without a figure (a --only run) unchecked', () => {
    expect(brokenBudgets({ 'popup.profile-shown.worst.ms': { value: 9999, unit: 'ms' } }, budget)).toEqual([]);
  });
});

describe('a timed figure and its floor', () => {
  it('gives median, worst, floor median and their ratio', () => {
    expect(timedFigure('popup.profile-shown', [50, 40, 70, 60, 45], [20, 22, 18, 30, 19])).toEqual({
      'popup.profile-shown.median.ms': { value: 50, unit: 'ms' },
      'popup.profile-shown.worst.ms': { value: 70, unit: 'ms' },
      'popup.profile-shown.floor.median.ms': { value: 20, unit: 'ms' },
      'popup.profile-shown.median.ratio': { value: 2.5, unit: '×' },
    });
  });

  it(`refuses fewer than ${MIN_RUNS} runs of either`, async () => {
    expect(() => timedFigure('x', [1, 2, 3], [1, 2, 3, 4, 5])).toThrow(/at least 5/);
    await expect(
      alternate(
        3,
        async () => 1,
        async () => 1,
      ),
    ).rejects.toThrow(/at least 5/);
  });

  it('runs the figure and its floor in turn', async () => {
    const order: string[] = [];
    const { times, floorTimes } = await alternate(
      5,
      async () => order.push('figure'),
      async () => order.push('floor') * 10,
    );
    expect(order.slice(0, 4)).toEqual(['figure', 'floor', 'figure', 'floor']);
    expect(times).toEqual([1, 3, 5, 7, 9]);
    expect(floorTimes).toEqual([20, 40, 60, 80, 100]);
    expect(median(times)).toBe(5);
  });
});
