const MAP_KEYS: [keys: string, what: string][] = [
  ['Arrow keys', 'move the map'],
  ['+ and −', 'zoom in and out'],
  ['L', 'list the organisations in view; Up and Down move a ring on the map, Enter selects'],
  ['Escape', 'close the list, or clear the selection'],
  ['Shift + ?', 'show or hide these keys'],
];

/** The map's keys, shown with Shift+? while the map has focus (not modal: the map keeps focus). */
export function MapKeys({ onClose }: { onClose: () => void }) {
  return (
    <section className="map-keys" aria-labelledby="map-keys-heading">
      <h2 id="map-keys-heading">Map keys</h2>
      <dl>
        {MAP_KEYS.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close<span className="visually-hidden"> the map keys</span>
      </button>
    </section>
  );
}
