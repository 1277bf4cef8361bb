// Fit scores over time for one field: a small inline SVG (no chart library), one line per
// aspect, with a text summary for screen readers.
import type { FitPoint } from '../domain/journal.ts';
import { FIT_ASPECTS, FIT_LABELS, type FitAspect } from '../domain/learning.ts';

const W = 320;
const H = 120;
const PAD = { l: 22, r: 10, t: 8, b: 18 };
const COLOUR: Record<FitAspect, string> = { skills: '#8a4b22', values: '#2f6f8f', interests: '#4f7a3a' };
const DASH: Record<FitAspect, string> = { skills: '', values: '5 3', interests: '2 3' };

export function FitChart({ field, points }: { field: string; points: FitPoint[] }) {
  const t0 = points[0]?.at ?? 0;
  const t1 = points.at(-1)?.at ?? t0;
  const x = (at: number, i: number) =>
    PAD.l +
    (t1 > t0 ? ((at - t0) / (t1 - t0)) * (W - PAD.l - PAD.r) : points.length > 1 ? i * 20 : (W - PAD.l - PAD.r) / 2);
  const y = (s: number) => PAD.t + ((5 - s) / 4) * (H - PAD.t - PAD.b);
  const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  const summary = points
    .map(
      (p) => `${day(p.at)} (${p.name}): ${FIT_ASPECTS.map((a) => `${FIT_LABELS[a]} ${p.scores[a] ?? '–'}`).join(', ')}`,
    )
    .join('; ');
  return (
    <figure class="fit-chart" data-testid="fit-chart">
      <figcaption>
        <strong>{field}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`Fit scores for ${field}: ${summary}`}>
        {[1, 2, 3, 4, 5].map((s) => (
          <g key={s}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(s)} y2={y(s)} stroke="currentColor" stroke-opacity="0.15" />
            <text x={4} y={y(s) + 4} font-size="10" fill="currentColor">
              {s}
            </text>
          </g>
        ))}
        {FIT_ASPECTS.map((a) => {
          const pts = points.flatMap((p, i) => (p.scores[a] === null ? [] : [[x(p.at, i), y(p.scores[a]!)] as const]));
          return (
            <g key={a} stroke={COLOUR[a]} fill={COLOUR[a]}>
              {pts.length > 1 && (
                <polyline
                  points={pts.map((p) => p.join(',')).join(' ')}
                  fill="none"
                  stroke-width="2"
                  stroke-dasharray={DASH[a]}
                />
              )}
              {pts.map(([px, py]) => (
                <circle key={`${px}-${py}`} cx={px} cy={py} r="3" />
              ))}
            </g>
          );
        })}
        <text x={PAD.l} y={H - 4} font-size="10" fill="currentColor">
          {day(t0)}
        </text>
        {t1 > t0 && (
          <text x={W - PAD.r} y={H - 4} font-size="10" fill="currentColor" text-anchor="end">
            {day(t1)}
          </text>
        )}
      </svg>
      <ul class="fit-legend small">
        {FIT_ASPECTS.map((a) => (
          <li key={a}>
            <span class="fit-swatch" style={{ background: COLOUR[a] }} aria-hidden="true" /> {FIT_LABELS[a]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
