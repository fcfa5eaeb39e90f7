import { forwardRef } from 'react';

/** Starts the story from its first scene; each scene then has its own link (?scene=N). */
export const PresentButton = forwardRef<HTMLButtonElement, { onPresent: () => void }>(
  function PresentButton({ onPresent }, ref) {
    return (
      <button type="button" ref={ref} className="present-button" onClick={onPresent}>
        Present
      </button>
    );
  },
);
