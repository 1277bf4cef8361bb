import { useState } from 'preact/hooks';
import { safeUrl } from '../domain/capture-parse.ts';
import { failureMessage, savePerson } from '../store/index.ts';
import { manualProfile } from './use-popup-state.ts';

/** Adding someone by hand: when the page is not a profile, or could not be read. */
export function ManualAdd(props: { pageUrl: string | null; open?: boolean }) {
  const [form, setForm] = useState({
    name: '',
    url: props.pageUrl?.startsWith('http') ? props.pageUrl : '',
    headline: '',
    company: '',
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    if (!form.name.trim()) return setStatus({ ok: false, text: 'A name is needed.' });
    if (!safeUrl(form.url))
      return setStatus({
        ok: false,
        text: 'A profile link (https://…) is needed, so the same person is never saved twice.',
      });
    try {
      const { created } = await savePerson(manualProfile(form), { stageIfNew: 'to-research' }, Date.now());
      setStatus({
        ok: true,
        text: created ? `${form.name.trim()} is saved.` : `${form.name.trim()} was already saved; updated.`,
      });
    } catch (err) {
      // The form keeps what was typed, for another try.
      setStatus({ ok: false, text: failureMessage(err) });
    }
  }
  const input = (key: keyof typeof form, label: string) => (
    <div class="field">
      <label for={`manual-${key}`}>{label}</label>
      <input
        id={`manual-${key}`}
        value={form[key]}
        inputMode={key === 'url' ? 'url' : 'text'}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <details class="card" open={props.open}>
      <summary>
        <strong>Add someone by hand</strong>
      </summary>
      <form class="stack" onSubmit={submit} style={{ marginTop: '8px' }}>
        {input('name', 'Name')}
        {input('url', 'Profile link')}
        {input('headline', 'Headline or role')}
        {input('company', 'Organisation')}
        <button type="submit" class="btn btn-primary">
          Save contact
        </button>
        {status && (
          <p class={`notice small ${status.ok ? 'notice-ok' : 'notice-error'}`} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        )}
      </form>
    </details>
  );
}
