// The plain statement of what is stored, where, and that nothing is sent. Keep it true:
// every end-to-end test fails if an extension page makes a network request.
export function PrivacyStatement() {
  return (
    <div class="stack privacy">
      <p>
        <strong>Nothing leaves this computer.</strong> Coffee Chat makes no network requests, has no account, no
        analytics and loads no remote code.
      </p>
      <dl class="privacy-list">
        <div>
          <dt>What is stored</dt>
          <dd>
            The people you save (what was read from their page, and your own edits, kept apart), your notes, interviews,
            referrals, reminders, a history per contact, and these settings.
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            In this browser profile’s own database (IndexedDB, named <code>coffee-chat</code>). Another browser or
            computer does not see it; a JSON backup moves it.
          </dd>
        </div>
        <div>
          <dt>When a page is read</dt>
          <dd>
            Only when you click the Coffee Chat button or choose “Save contact” on it. Nothing is added to the sites you
            visit, and nothing is fetched from them in the background.
          </dd>
        </div>
        <div>
          <dt>Removing it</dt>
          <dd>“Delete everything” above, or removing the extension, erases it all.</dd>
        </div>
      </dl>
    </div>
  );
}
