import { describe, expect, it } from 'vitest';
import { ConflictError, failureMessage, NotFoundError, readFailureMessage, StorageFullError } from './errors.ts';

describe('failureMessage', () => {
  it('says a full disk plainly, and that nothing saved before is lost', () => {
    expect(failureMessage(new StorageFullError())).toMatch(
      /no room left.*not saved.*Everything saved before is intact/,
    );
  });

  it('names what another window changed, without revision numbers', () => {
    const m = failureMessage(new ConflictError('c1', 3, {}, ['notes', 'email']));
    expect(m).toMatch(/^Not saved: notes, email changed in another window/);
    expect(failureMessage(new ConflictError('c1', 3, {}))).not.toMatch(/revision|\d/);
  });

  it('says a deleted record is gone', () => {
    expect(failureMessage(new NotFoundError('contact', 'x'))).toMatch(/this contact no longer exists/);
  });

  it('says any other failure changed nothing, with what the browser said', () => {
    const m = failureMessage(new DOMException('Internal error.', 'UnknownError'));
    expect(m).toBe('Not saved; nothing was changed. Internal error. Try again; if it keeps failing, reload the page.');
    expect(failureMessage(new Error('disk on fire'))).toMatch(/changed\. disk on fire\. Try again/);
    expect(failureMessage('')).toMatch(/The browser refused the change\./);
  });

  it('says a failed read is a failure, not an empty list', () => {
    expect(readFailureMessage('your reminders', new Error('gone'))).toBe(
      'Could not read your reminders (gone). Reload the page to try again.',
    );
  });
});
