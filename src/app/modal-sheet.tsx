import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog: the browser's own <dialog> keeps focus inside and makes the rest inert, and
 * Escape closes it. On phones it is styled as a bottom sheet.
 */
export function ModalSheet({
  open,
  title,
  onClose,
  className = '',
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      // jsdom has no showModal; there the dialog simply opens.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={`modal-sheet ${className}`}
      aria-label={title}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-sheet-heading">
        <h2>{title}</h2>
        <button type="button" onClick={onClose}>
          Close<span className="visually-hidden"> {title}</span>
        </button>
      </div>
      {open && <div className="modal-sheet-body">{children}</div>}
    </dialog>
  );
}
