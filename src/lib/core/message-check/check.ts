// The message check: paste what they sent and see the patterns the guide names, with crisis language first.
// Pure and synchronous, the same code in the browser and on the server, so the text need not leave the device.

import { findCrisis, strongestLevel } from './crisis.ts';
import { fold } from './normalize.ts';
import { findSafety } from './safety.ts';
import { findSignals } from './signals.ts';
import { messageLocales, type MessageCheck, type MessageLocale } from './types.ts';

export type { CrisisLevel, CrisisSpan, MessageCheck, MessageLocale, Signal, SignalKind, Span } from './types.ts';

/** Reads one message in its language ('en' or 'es'). Every span is a UTF-16 slice of `text` itself. */
export function checkMessage(text: string, locale: MessageLocale): MessageCheck {
	if (typeof text !== 'string') throw new TypeError('checkMessage: text must be a string');
	if (!messageLocales.includes(locale)) throw new RangeError(`checkMessage: unknown locale "${String(locale)}"`);
	const folded = fold(text, locale);
	const crisisSpans = findCrisis(text, folded);
	return {
		crisis: crisisSpans.length > 0,
		level: strongestLevel(crisisSpans),
		crisisSpans,
		safetySpans: findSafety(text, folded),
		signals: findSignals(text, folded, locale)
	};
}
