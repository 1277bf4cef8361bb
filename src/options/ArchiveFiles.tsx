// Which files of a chosen ZIP an import read, and which it left alone: LinkedIn's export
// holds dozens, and the user should see that the right one was picked.
import type { ArchiveFiles as Files } from '../store/import/index.ts';

const SHOWN = 40;

export function ArchiveFiles({ files }: { files: Files }) {
  const n = files.ignored.length;
  return (
    <div class="small" data-testid="archive-files">
      <p>
        From the ZIP, used: <strong>{files.used.join(', ')}</strong>.{n === 0 && ' Nothing else was in it.'}
      </p>
      {n > 0 && (
        <details>
          <summary>Ignored {n === 1 ? 'one other file' : `${n} other files`} (Coffee Chat does not read them)</summary>
          <ul>
            {files.ignored.slice(0, SHOWN).map((name) => (
              <li key={name}>{name}</li>
            ))}
            {n > SHOWN && <li>…and {n - SHOWN} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
