import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * "Share": a disclosure button whose panel holds Copy link, Embed, Download PNG and Download CSV.
 * Escape or a click elsewhere closes it; focus goes back to the button.
 */
export function ShareMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // The selection's own Escape handler must not also fire.
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="share-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
      >
        Share
      </button>
      <div id={id} className="share-menu-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
