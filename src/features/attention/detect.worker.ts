// Runs detection off the main thread: over 200,000 entries it takes longer than a frame.
import { answer, type DetectRequest } from './detect-protocol.ts';

addEventListener('message', (event: MessageEvent<DetectRequest>) => postMessage(answer(event.data)));
