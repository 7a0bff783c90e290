/** The Web Worker that runs simulations off the main thread; all logic is in host.ts. */
import { createSimHost, type SimRequest, type SimResponse } from './host';

const scope = globalThis as unknown as {
  postMessage(message: SimResponse): void;
  onmessage: ((event: MessageEvent<SimRequest>) => void) | null;
};
const handle = createSimHost((response) => scope.postMessage(response));
scope.onmessage = (event) => handle(event.data);
