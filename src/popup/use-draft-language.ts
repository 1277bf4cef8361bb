import { useEffect, useState } from 'preact/hooks';
import type { CapturedProfile } from '../domain/profile.ts';
import { type DraftLanguage, detectDraftLanguage } from '../drafting/index.ts';
import { browserDetector } from '../extension/detect-language.ts';

type Detected = { detected: true; language: DraftLanguage | null } | { detected: false };

/**
 * The language a person writes in (About, then headline) when it is one of the four, null when
 * it is not; `detected` is false while the browser's detector is still answering (milliseconds).
 */
export function useDraftLanguage(profile: Pick<CapturedProfile, 'about' | 'headline'> | null): Detected {
  const key = JSON.stringify([profile?.about ?? '', profile?.headline ?? '']);
  const [found, setFound] = useState<{ key: string; language: DraftLanguage | null } | null>(null);
  useEffect(() => {
    let live = true;
    void detectDraftLanguage(profile, browserDetector).then((language) => {
      if (live) setFound({ key, language });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return found?.key === key ? { detected: true, language: found.language } : { detected: false };
}
