/// <reference lib="webworker" />
import type { OwnData } from './own-data';
import { validateOwn } from './validate-own';

// Parsing and checking 50,000 rows takes a second or more: here, the page stays responsive.
self.onmessage = (event: MessageEvent<Pick<OwnData, 'organisations' | 'pairings'>>) => {
  self.postMessage(validateOwn(event.data));
};
