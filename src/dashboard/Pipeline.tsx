// The pipeline: one button per stage with its count; pressing one filters the list.
import { STAGE_LABELS, STAGES, type Stage } from '../domain/contact.ts';

interface Props {
  counts: Record<Stage, number> | null;
  stage: Stage | null;
  onStage: (s: Stage | null) => void;
}

export function Pipeline({ counts, stage, onStage }: Props) {
  const total = counts ? STAGES.reduce((n, s) => n + (counts[s] ?? 0), 0) : null;
  const item = (s: Stage | null, label: string, n: number | null) => (
    <li key={s ?? 'all'}>
      <button type="button" class="cc-stage" aria-pressed={stage === s} onClick={() => onStage(s)}>
        <span>{label}</span> <span class="cc-count">{n === null ? '…' : n.toLocaleString()}</span>
      </button>
    </li>
  );
  return (
    <nav aria-label="Pipeline by stage">
      <ul class="cc-pipeline">
        {item(null, 'All', total)}
        {STAGES.map((s) => item(s, STAGE_LABELS[s], counts ? (counts[s] ?? 0) : null))}
      </ul>
    </nav>
  );
}
