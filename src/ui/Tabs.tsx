import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

/** WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs<K extends string>(props: {
  label: string;
  tabs: TabDef<K>[];
  current: K;
  onChange: (key: K) => void;
  children: ComponentChildren;
  idPrefix: string;
}) {
  const { tabs, current, onChange, idPrefix } = props;
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(e: KeyboardEvent) {
    const i = tabs.findIndex((t) => t.key === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : (i + step + tabs.length) % tabs.length;
    onChange(tabs[next]!.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  }
  return (
    <div class="tabs">
      <div role="tablist" aria-label={props.label} class="tablist" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            type="button"
            role="tab"
            key={t.key}
            id={`${idPrefix}-tab-${t.key}`}
            aria-selected={t.key === current}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={t.key === current ? 0 : -1}
            class="tab"
            onClick={() => onChange(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${current}`} class="tabpanel">
        {props.children}
      </div>
    </div>
  );
}
