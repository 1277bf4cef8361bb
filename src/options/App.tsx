// The options page: one card per section, a skip-to-section nav, settings saved as typed.
// Sections get data and actions as props, so each renders in a test without the extension.
import type { ComponentChildren } from 'preact';
import { SaveStatus } from '../ui/SaveStatus.tsx';
import { type SettingsApi, useSettings } from '../ui/use-settings.ts';
import { AboutYou } from './AboutYou.tsx';
import { Availability } from './Availability.tsx';
import { DataSection } from './DataSection.tsx';
import { LanguageAndTime } from './LanguageAndTime.tsx';
import { PrivacyStatement } from './PrivacyStatement.tsx';
import { Reminders } from './Reminders.tsx';
import { Templates } from './Templates.tsx';

export const SECTIONS = [
  { id: 'about', title: 'About you' },
  { id: 'availability', title: 'Availability' },
  { id: 'language', title: 'Language and time' },
  { id: 'templates', title: 'Templates' },
  { id: 'reminders', title: 'Reminders' },
  { id: 'data', title: 'Your data' },
  { id: 'privacy', title: 'Privacy' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

function Section({ id, children }: { id: SectionId; children: ComponentChildren }) {
  const title = SECTIONS.find((s) => s.id === id)!.title;
  return (
    <section id={id} class="card stack options-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function App() {
  return <OptionsPage api={useSettings()} />;
}

export function OptionsPage({ api }: { api: SettingsApi }) {
  const { load, save, edit, flush, discard, reload } = api;
  return (
    <div class="options">
      <header class="options-header">
        <div class="spread">
          <h1>Coffee Chat settings</h1>
          <SaveStatus state={save} id="save-status" />
        </div>
        <nav aria-label="Sections">
          <ul class="section-nav">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="stack" aria-busy={load.status === 'loading'}>
        {load.status === 'loading' && (
          <p class="card" role="status">
            <span class="spinner" aria-hidden="true" /> Loading your settings…
          </p>
        )}
        {load.status === 'error' && (
          <div class="notice notice-error" role="alert">
            <p>{load.message}</p>
            <button type="button" class="btn" onClick={() => void reload()}>
              Try again
            </button>
          </div>
        )}
        {load.status === 'ready' && (
          <>
            <Section id="about">
              <AboutYou
                user={load.settings.user}
                premium={load.settings.linkedInPremium}
                edit={edit}
                flush={flush}
                reload={reload}
              />
            </Section>
            <Section id="availability">
              <Availability availability={load.settings.availability} edit={edit} />
            </Section>
            <Section id="language">
              <LanguageAndTime settings={load.settings} edit={edit} />
            </Section>
            <Section id="templates">
              <Templates settings={load.settings} edit={edit} />
            </Section>
            <Section id="reminders">
              <Reminders reminders={load.settings.reminders} edit={edit} />
            </Section>
          </>
        )}
        {/* Import, export and deleting work even when the settings could not be read. */}
        <Section id="data">
          <DataSection flush={flush} discard={discard} />
        </Section>
        <Section id="privacy">
          <PrivacyStatement />
        </Section>
      </main>
    </div>
  );
}
