// The journal's records, re-read whenever the dashboard hears of a change (`version`).
import { useEffect, useState } from 'preact/hooks';
import type { DB } from '../store/db.ts';
import { type JournalData, loadJournal } from '../store/journal.ts';

export function useJournal(db: DB, version: number): { data: JournalData | null; error: string } {
  const [data, setData] = useState<JournalData | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    loadJournal(db).then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [db, version]);
  return { data, error };
}
