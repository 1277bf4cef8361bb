// The capture command line refuses bad input with one line and a documented exit code
// (scripts/lib/cli-input.ts, README "Capture a saved page"); it never prints a stack trace.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { binaryKind, CliError, checkUrl, EXIT, MAX_PAGE_BYTES, readPage } from '../../scripts/lib/cli-input.ts';

vi.setConfig({ testTimeout: 120_000 });
const ROOT = join(import.meta.dirname, '..', '..');
const DEMO = join(ROOT, 'tests/fixtures/pages/demo-profile.html');
const PROFILE_URL = 'https://www.linkedin.com/in/lena-marchetti-demo/';
const dir = mkdtempSync(join(tmpdir(), 'capture-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/capture.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

/** One line on stderr, nothing on stdout, and no trace of a stack or an internal reason code. */
function expectOneLineError(r: ReturnType<typeof run>, code: number, pattern: RegExp) {
  expect(r.status).toBe(code);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|\((unsupported|auth-wall|not-found|company|loading)\)/);
}

// Each run starts tsx and happy-dom (seconds on a busy machine), so only what needs the whole
// command runs as a child process; the other refusals are checked on readPage below.
describe('capture CLI errors', () => {
  it('refuses an --url that is not a web address in one line (exit 2)', () => {
    expectOneLineError(run(DEMO, '--url', 'notaurl'), EXIT.usage, /^--url "notaurl" is not a web address/);
  });

  it('refuses a file over the size limit at once, without reading it (exit 4)', () => {
    // Sparse: the size is real, the disk use is not, and reading it whole would take a minute.
    const big = join(dir, 'big.html');
    const fd = openSync(big, 'w');
    writeSync(fd, '<html>', MAX_PAGE_BYTES + 1);
    closeSync(fd);
    expectOneLineError(run(big, '--url', PROFILE_URL), EXIT.tooLarge, /big\.html is 20 MB, over the 20 MB limit/);
  });

  it('recognises a binary file as not a web page (exit 5)', () => {
    const zip = join(dir, 'export.zip');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
    expectOneLineError(
      run(zip, '--url', PROFILE_URL),
      EXIT.notWebPage,
      /export\.zip is a ZIP archive, not a saved web page/,
    );
  });
});

/** The CliError readPage or checkUrl throws. */
function refusal(f: () => unknown): CliError {
  try {
    f();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('cli-input', () => {
  it('accepts http(s) addresses only (exit 2 otherwise)', () => {
    expect(checkUrl(PROFILE_URL)).toBe(PROFILE_URL);
    for (const bad of ['www.linkedin.com/in/x', 'javascript:alert(1)', 'file:///etc/passwd', ''])
      expect(refusal(() => checkUrl(bad))).toMatchObject({ exitCode: EXIT.usage, message: /is not a web address/ });
  });

  it('names a missing file and a folder (exit 3)', () => {
    expect(refusal(() => readPage(join(dir, 'nope.html')))).toMatchObject({
      exitCode: EXIT.unreadable,
      message: /nope\.html: no such file$/,
    });
    expect(refusal(() => readPage(dir))).toMatchObject({
      exitCode: EXIT.unreadable,
      message: /: a folder, not a file$/,
    });
  });

  it('refuses binary files by their first bytes, naming the common ones (exit 5)', () => {
    const noise = join(dir, 'noise.html');
    writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(refusal(() => readPage(noise))).toMatchObject({
      exitCode: EXIT.notWebPage,
      message: /noise\.html is a binary file, not a saved web page/,
    });
    const pdf = join(dir, 'cv.html');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj');
    expect(refusal(() => readPage(pdf))).toMatchObject({ exitCode: EXIT.notWebPage, message: /a PDF document/ });
  });

  it('tells text from binary by the first bytes', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(binaryKind(text('<!doctype html>\r\n\t<p>Zoë — 東京</p>\f'))).toBeNull();
    expect(binaryKind(new Uint8Array())).toBeNull();
    expect(binaryKind(text('%PDF-1.7\n'))).toBe('a PDF document');
    expect(binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('a PNG image');
    expect(binaryKind(text('<html>\0</html>'))).toBe('a binary file');
  });

  it('reads a UTF-16 saved page as text', () => {
    const page = join(dir, 'utf16.html');
    const html = '<!doctype html><h1>Zoë</h1>';
    writeFileSync(page, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    expect(readPage(page)).toBe(html);
  });
});
