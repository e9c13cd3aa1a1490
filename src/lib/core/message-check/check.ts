// The message check: paste what they sent and see the patterns the guide names, with crisis language first.
// Pure and synchronous, the same code in the browser and on the server, so the text need not leave the device.
// This reads both languages; the browser loads check.en.ts or check.es.ts, which read one (checker.ts).

import { checkerFor } from './checker.ts';
import { patternsEn } from './patterns.en.ts';
import { patternsEs } from './patterns.es.ts';

export type { CrisisLevel, CrisisSpan, MessageCheck, MessageLocale, Signal, SignalKind, Span } from './types.ts';

/** Reads one message in its language ('en' or 'es'). Every span is a UTF-16 slice of `text` itself. */
export const checkMessage = checkerFor({ en: patternsEn, es: patternsEs });
