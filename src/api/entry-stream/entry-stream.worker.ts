// The whole-range stream's parser, off the page's main thread (see entry-stream-host.ts).
import { serveEntryStream, type ParserPort } from './entry-stream-host.ts';

serveEntryStream(self as unknown as ParserPort);
