// About you: what the drafts say about the user. Saved as typed through useSettings.
import type { Settings, UserProfile } from '../domain/settings.ts';
import { Field } from '../ui/Field.tsx';
import { OwnExportImport } from './OwnExportImport.tsx';
import { USER_FIELDS } from './user-fields.ts';


interface Props {
  user: UserProfile;
  edit(change: (s: Settings) => Settings): void;
  flush(): Promise<void>;
  reload(): Promise<void>;
}

export function AboutYou({ user, edit, flush, reload }: Props) {
  const set = (key: keyof UserProfile) => (value: string) => edit((s) => ({ ...s, user: { ...s.user, [key]: value } }));
  return (
    <div class="stack">
      <p class="muted">Your drafts are written from this. It stays on this computer.</p>
      <div class="grid-2">
        {USER_FIELDS.map((f) => (
          <Field
            key={f.key} id={`user-${f.key}`} label={f.label} hint={f.hint} value={user[f.key]} onValue={set(f.key)}
            class={f.long ? 'span-2' : ''}
            {...(f.long ? { multiline: true as const, rows: f.key === 'background' ? 4 : 3 } : { type: f.type, autoComplete: f.auto })}
          />
        ))}
      </div>
      <OwnExportImport user={user} flush={flush} reload={reload} />
    </div>
  );
}
