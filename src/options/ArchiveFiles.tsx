// Which files of a chosen ZIP an import read, and which it left alone: LinkedIn's export
// holds dozens, and the user should see that the right one was picked.
import type { ArchiveFiles as Files } from '../store/transfer.ts';

const SHOWN = 40;
const OWN_EXPORT = /(^|[/\\])(profile|positions|education|skills)\.csv$/i;

/** `contacts`: under Import contacts, where the user's own files are worth pointing to About you. */
export function ArchiveFiles({ files, contacts = false }: { files: Files; contacts?: boolean }) {
  const n = files.ignored.length;
  const own = contacts ? files.ignored.filter((f) => OWN_EXPORT.test(f)) : [];
  return (
    <div class="small" data-testid="archive-files">
      <p>
        From the ZIP, used: <strong>{files.used.join(', ')}</strong>.{n === 0 && ' Nothing else was in it.'}
      </p>
      {n > 0 && (
        <details>
          <summary>Ignored {n === 1 ? 'one other file' : `${n} other files`}</summary>
          <ul>
            {files.ignored.slice(0, SHOWN).map((name) => (
              <li key={name}>{name}</li>
            ))}
            {n > SHOWN && <li>…and {n - SHOWN} more</li>}
          </ul>
        </details>
      )}
      {own.length > 0 && (
        <p class="muted">
          It also holds your own {own.map((f) => f.split(/[/\\]/).pop()).join(', ')}: choose the same ZIP under{' '}
          <a href="#about">About you → Fill from my LinkedIn export</a> to fill your background from them.
        </p>
      )}
    </div>
  );
}
