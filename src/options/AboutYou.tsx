// About you: what the drafts say about the user. Saved as typed through useSettings.
import { useState } from 'preact/hooks';
import type { Settings, UserProfile } from '../domain/settings.ts';
import { CONNECTION_NOTE_LIMIT, CONNECTION_NOTE_LIMIT_PREMIUM } from '../drafting/index.ts';
import { Checkbox } from '../ui/Choice.tsx';
import { Field } from '../ui/Field.tsx';
import { OwnExportImport } from './OwnExportImport.tsx';
import { USER_FIELDS } from './user-fields.ts';

/** A hint, not a gate: the text is saved either way, since drafts only print it. */
export function emailError(v: string): string | null {
  return !v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : 'This does not look like an email address.';
}

interface Props {
  user: UserProfile;
  /** Whether the user has LinkedIn Premium, which allows longer connection notes. */
  premium: boolean;
  edit(change: (s: Settings) => Settings): void;
  flush(): Promise<void>;
  reload(): Promise<void>;
}

export function AboutYou({ user, premium, edit, flush, reload }: Props) {
  // Judge the email once the user leaves the field, not on the first keystroke.
  const [emailTouched, setEmailTouched] = useState(false);
  const set = (key: keyof UserProfile) => (value: string) => edit((s) => ({ ...s, user: { ...s.user, [key]: value } }));
  return (
    <div class="stack">
      <p class="muted">Your drafts are written from this. It stays on this computer.</p>
      <div class="grid-2">
        {USER_FIELDS.map((f) => (
          <Field
            key={f.key}
            id={`user-${f.key}`}
            label={f.label}
            hint={f.hint}
            value={user[f.key]}
            onValue={set(f.key)}
            class={f.long || f.wide ? 'span-2' : ''}
            error={f.key === 'email' && emailTouched ? emailError(user.email) : null}
            {...(f.long
              ? { multiline: true as const, rows: f.key === 'background' ? 4 : 3 }
              : {
                  type: f.type,
                  autoComplete: f.auto,
                  onBlur: f.key === 'email' ? () => setEmailTouched(true) : undefined,
                })}
          />
        ))}
      </div>
      <Checkbox
        id="user-linkedin-premium"
        checked={premium}
        onChange={(on) => edit((s) => ({ ...s, linkedInPremium: on }))}
        hint={`LinkedIn allows ${CONNECTION_NOTE_LIMIT} characters in a connection note on a free account, ${CONNECTION_NOTE_LIMIT_PREMIUM} with Premium. Notes are drafted to fit yours.`}
      >
        I have LinkedIn Premium ({CONNECTION_NOTE_LIMIT_PREMIUM}-character notes)
      </Checkbox>
      <OwnExportImport user={user} flush={flush} reload={reload} />
    </div>
  );
}
