export function AppHeader() {
  return (
    <header className="app-header">
      <h1>GDE Partnership Atlas</h1>
      <p>
        Where England&rsquo;s NHS Global Digital Exemplars and their Fast Followers were, how far
        apart each pair was, and which shared a platform, an ICS or a history, as studied in{' '}
        <a href="https://doi.org/10.1371/journal.pone.0255220">
          the 2021 PLOS ONE evaluation (doi:10.1371/journal.pone.0255220)
        </a>
        .
      </p>
    </header>
  );
}
