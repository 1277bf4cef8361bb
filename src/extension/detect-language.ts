// The browser's own language detector (i18n.detectLanguage: on-device, no permission), with the
// pure word count from drafting/detect-language.ts wherever the browser is unsure or absent.

import { type Detector, pureDetector } from '../drafting/detect-language.ts';
import browser from '../lib/browser.ts';

/** The base language code ("fr", "nl") when the browser is sure, else the pure guess (null when unsure). */
export const browserDetector: Detector = async (text) => {
  const detect = browser.i18n?.detectLanguage;
  if (typeof detect !== 'function') return pureDetector(text);
  const result = await detect(text);
  const top = result?.languages?.[0];
  if (!result?.isReliable || !top || top.percentage < 60) return pureDetector(text);
  const base = top.language.toLowerCase().split('-')[0] ?? '';
  return base && base !== 'und' ? base : pureDetector(text); // "und": Chrome's "undetermined"
};
