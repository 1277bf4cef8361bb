// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteContact } from './DeleteContact.tsx';

afterEach(cleanup);

function setup(remove: () => Promise<unknown>, referred = ['Ilse Vantongeren', 'Bram Okafor-Lind']) {
  const onDeleted = vi.fn();
  render(
    <DeleteContact
      name="Wren Halloway"
      meetings={2}
      reminders={1}
      referred={referred}
      remove={remove}
      onDeleted={onDeleted}
    />,
  );
  const trigger = screen.getByRole('button', { name: 'Delete contact…' });
  const dialog = screen.getByTestId('delete-contact-dialog') as HTMLDialogElement;
  const open = () => {
    trigger.focus();
    fireEvent.click(trigger);
  };
  const button = (name: string) => screen.getByRole('button', { name, exact: true, hidden: true });
  return { onDeleted, trigger, dialog, open, button };
}

describe('DeleteContact', () => {
  it('says what goes and what stays, and opens on Cancel', () => {
    const { dialog, open, button } = setup(vi.fn(async () => true));
    expect(dialog.open).toBe(false);
    open();
    expect(dialog.open).toBe(true);
    const text = dialog.textContent ?? '';
    expect(text).toContain('Delete Wren Halloway?');
    expect(text).toContain('Wren Halloway, with your notes and their timeline');
    expect(text).toContain('2 meetings, with their notes');
    expect(text).toContain('1 reminder');
    expect(text).toContain('questions you were carrying to your next meeting with them');
    expect(text).toContain('Ilse Vantongeren and Bram Okafor-Lind, whom they referred you to, stay in your contacts');
    expect(document.activeElement).toBe(button('Cancel'));
  });

  it('leaves out what they do not have', () => {
    render(
      <DeleteContact
        name="Wren Halloway"
        meetings={0}
        reminders={0}
        referred={[]}
        remove={vi.fn()}
        onDeleted={vi.fn()}
      />,
    );
    const text = screen.getByTestId('delete-contact-dialog').textContent ?? '';
    expect(text).not.toMatch(/meeting,|meetings,|reminder|referred/);
  });

  it('Cancel deletes nothing and gives focus back to the button that opened it', () => {
    const remove = vi.fn(async () => true);
    const { dialog, open, button, trigger, onDeleted } = setup(remove);
    open();
    fireEvent.click(button('Cancel'));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(trigger);
    expect(remove).not.toHaveBeenCalled();
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('Delete removes them, closes the dialog and lets the page move on', async () => {
    const remove = vi.fn(async () => true);
    const { dialog, open, button, onDeleted } = setup(remove);
    open();
    fireEvent.click(button('Delete'));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(false);
  });

  it('a failed delete is said beside the Delete button; the dialog stays open and the page does not move on', async () => {
    const remove = vi.fn(() => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError')));
    const { dialog, open, button, onDeleted } = setup(remove);
    open();
    fireEvent.click(button('Delete'));
    const alert = await screen.findByRole('alert', { hidden: true });
    expect(alert.textContent).toMatch(/^Not saved; nothing was changed\. The disk is full\. Try again/);
    expect(dialog.contains(alert)).toBe(true);
    expect(dialog.open).toBe(true);
    expect(onDeleted).not.toHaveBeenCalled();
    // Opened again, it starts without the old failure.
    fireEvent.click(button('Cancel'));
    open();
    expect(screen.queryByRole('alert', { hidden: true })).toBeNull();
  });
});
