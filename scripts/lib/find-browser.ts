import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Chromium first: Google-branded Chrome ignores --load-extension from version 137 on.
function candidates(): string[] {
  const env = process.env;
  const pf = env.PROGRAMFILES ?? 'C:\\Program Files';
  const pf86 = env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)';
  const local = env.LOCALAPPDATA ?? '';
  switch (process.platform) {
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ];
    case 'win32':
      return [
        join(local, 'Chromium', 'Application', 'chrome.exe'),
        join(pf, 'Chromium', 'Application', 'chrome.exe'),
        join(pf, 'Google', 'Chrome for Testing', 'Application', 'chrome.exe'),
        join(pf, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(pf86, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(local, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      ];
    default:
      return [
        '/usr/lib/chromium/chromium',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
      ];
  }
}

export function findBrowser(): { path: string; branded: boolean } | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, branded: false } : null;
  const path = candidates().find((p) => existsSync(p));
  return path ? { path, branded: /Google Chrome(?! for Testing)|google-chrome/.test(path) } : null;
}

export const INSTALL_HINT = [
  'No Chromium or Chrome was found. Install one, or point CHROME_PATH at it:',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  macOS:          brew install --cask chromium',
  '  Windows:        winget install Hibbiki.Chromium',
  '  any system:     CHROME_PATH=/path/to/chrome npm start',
  'Or load the extension by hand: chrome://extensions → Developer mode → Load unpacked → dist/chrome',
].join('\n');
