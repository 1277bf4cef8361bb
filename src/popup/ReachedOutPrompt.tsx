import { useEffect, useRef } from 'preact/hooks';
import { ActionError } from '../ui/ActionError.tsx';
import { useAction } from '../ui/use-action.ts';

/** After copying or opening a message: offer to move the person to "Reached out". */
export function ReachedOutPrompt(props: {
  name: string;
  saved: boolean;
  onYes: () => Promise<void>;
  onNo: () => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  const { run, running, error } = useAction();
  useEffect(() => yes.current?.focus(), []);
  return (
    <div class="notice notice-ok stack" role="alertdialog" aria-labelledby="reached-out-q">
      <p id="reached-out-q">
        Sent your message to {props.name}? {props.saved ? 'Mark them as reached out.' : 'Save them as reached out.'}
      </p>
      <div class="row">
        <button type="button" class="btn btn-primary" ref={yes} disabled={running} onClick={() => run(props.onYes)}>
          {props.saved ? 'Mark as reached out' : 'Save as reached out'}
        </button>
        <button type="button" class="btn" onClick={props.onNo}>
          Not now
        </button>
        {running && <span class="spinner" role="status" aria-label="Saving" />}
      </div>
      <ActionError error={error} />
    </div>
  );
}
