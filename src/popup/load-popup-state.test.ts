import { beforeEach, describe, expect, it } from 'vitest';
import { savePerson } from '../store/index.ts';
import { freshStore, profile } from '../store/testing.ts';
import { loadPopupState } from './use-popup-state.ts';

const captured = (p: ReturnType<typeof profile>, pageUrl: string) =>
  loadPopupState(Promise.resolve({ pageUrl, result: { kind: 'profile', profile: p } }), Promise.resolve(pageUrl));

describe("the popup's first state: the capture looked up in the store", () => {
  beforeEach(async () => {
    await freshStore();
  });

  it('finds the saved contact through the lookup of the tab, started before the capture ended', async () => {
    const ada = profile('ada-quillfeather');
    const { contact } = await savePerson(ada, { stage: 'to-research' }, 1);
    const state = await captured(ada, 'https://linkedin.com/in/ada-quillfeather?trk=feed');
    expect(state.status).toBe('profile');
    expect(state.status === 'profile' && state.saved?.id).toBe(contact.id);
  });

  it('looks the captured profile up itself when the tab shows another address', async () => {
    const ada = profile('ada-quillfeather');
    const { contact } = await savePerson(ada, { stage: 'to-research' }, 1);
    const state = await captured(ada, 'https://example.com/people/ada');
    expect(state.status === 'profile' && state.saved?.id).toBe(contact.id);
  });

  it("never shows the tab's saved contact for another captured person", async () => {
    await savePerson(profile('bo-brackwater'), { stage: 'to-research' }, 1);
    const state = await captured(profile('ada-quillfeather'), 'https://www.linkedin.com/in/bo-brackwater/');
    expect(state.status).toBe('profile');
    expect(state.status === 'profile' && state.saved).toBeNull();
  });
});
