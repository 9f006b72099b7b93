/** What happens to what the person pastes, and how to check it. */
export function PrivacyNote() {
  return (
    <footer className="privacy-note">
      <p>
        Nothing you paste leaves this page: the diagnosis runs in your browser, the page may only
        talk to its own address (its Content-Security-Policy says so), and your work is kept only in
        this browser’s storage. To check, open your browser’s developer tools, Network tab, and
        paste: no request carries your log.
      </p>
    </footer>
  )
}
