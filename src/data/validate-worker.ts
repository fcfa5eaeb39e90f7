/// <reference lib="webworker" />
import type { OwnFiles } from './own-data';
import type { WorkerReply } from './validate-off-thread';
import { validateOwn } from './validate-own';

// Parsing and checking 50,000 rows takes a second or more: here, the page stays responsive.
self.onmessage = (event: MessageEvent<OwnFiles>) => {
  const reply = (message: WorkerReply) => self.postMessage(message);
  reply({
    kind: 'done',
    checked: validateOwn(event.data, (progress) => reply({ kind: 'progress', progress })),
  });
};
