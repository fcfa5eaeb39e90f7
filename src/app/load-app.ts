type MountApp = (root: HTMLElement) => void;

/**
 * Loads the app's code and mounts it. Where the code cannot be loaded (no connection, or a page
 * from an older deploy asking for files that are gone), the page says so instead of staying on
 * its loading line.
 */
export function loadApp(
  root: HTMLElement,
  load: () => Promise<{ mountApp: MountApp }>,
): Promise<void> {
  return load().then(
    ({ mountApp }) => mountApp(root),
    (error: unknown) => {
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = `The atlas could not be loaded (${
        error instanceof Error ? error.message : String(error)
      }). Check the connection and reload the page.`;
      root.append(message);
    },
  );
}
