// The check itself, given the signal patterns of the languages it reads. Crisis and safety are read in both
// languages on every message; the signals only in the message's own. check.ts gives it both languages (the
// server, the API, the tests); check.en.ts and check.es.ts give it one, so the browser downloads only the
// patterns of the page's language: the same reading, a smaller download.

import { findLearned } from './crisis.learned.ts';
import { findCrisis, strongestLevel } from './crisis.ts';
import { fold } from './normalize.ts';
import type { LocalePatterns } from './rules.ts';
import { findSafety } from './safety.ts';
import { findSignals } from './signals.ts';
import { messageLocales, type MessageCheck, type MessageLocale } from './types.ts';

export type CheckMessage = (text: string, locale: MessageLocale) => MessageCheck;

/** A check that reads the given languages; any other locale is a RangeError. */
export function checkerFor(patterns: Partial<Record<MessageLocale, LocalePatterns>>): CheckMessage {
	return (text, locale) => {
		if (typeof text !== 'string') throw new TypeError('checkMessage: text must be a string');
		const local = messageLocales.includes(locale) ? patterns[locale] : undefined;
		if (!local) throw new RangeError(`checkMessage: unknown locale "${String(locale)}"`);
		const folded = fold(text, locale);
		const refused: [number, number][] = [];
		const crisisSpans = findCrisis(text, folded, refused);
		const safetySpans = findSafety(text, folded);
		// The rules first; the learned list only where they found nothing, so a rule always names the words, and
		// not where someone else is hurting the writer: that is a safety concern, never self-harm by itself.
		if (crisisSpans.length === 0 && safetySpans.length === 0)
			crisisSpans.push(...findLearned(text, folded, local.crisisWeights, refused));
		return {
			crisis: crisisSpans.length > 0,
			level: strongestLevel(crisisSpans),
			crisisSpans,
			safetySpans,
			signals: findSignals(text, folded, locale, local)
		};
	};
}
