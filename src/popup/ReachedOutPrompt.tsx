import { useEffect, useRef } from 'preact/hooks';

/** After copying or opening a message: offer to move the person to "Reached out". */
export function ReachedOutPrompt(props: {
  name: string;
  saved: boolean;
  onYes: () => Promise<void>;
  onNo: () => void;
}) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div class="notice notice-ok stack" role="alertdialog" aria-labelledby="reached-out-q">
      <p id="reached-out-q">
        Sent your message to {props.name}? {props.saved ? 'Mark them as reached out.' : 'Save them as reached out.'}
      </p>
      <div class="row">
        <button type="button" class="btn btn-primary" ref={yes} onClick={() => void props.onYes()}>
          {props.saved ? 'Mark as reached out' : 'Save as reached out'}
        </button>
        <button type="button" class="btn" onClick={props.onNo}>
          Not now
        </button>
      </div>
    </div>
  );
}
