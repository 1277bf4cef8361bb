// The journal's records, re-read whenever the dashboard hears of a change (`version`).
import { useEffect, useState } from 'preact/hooks';
import { type JournalData, loadJournal } from '../store/meetings.ts';

export function useJournal(version: number): { data: JournalData | null; error: string } {
  const [data, setData] = useState<JournalData | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    loadJournal().then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return { data, error };
}
