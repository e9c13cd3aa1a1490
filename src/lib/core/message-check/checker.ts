// The check itself, given the signal patterns of the languages it reads. Crisis and safety are read in both
// languages on every message; the signals only in the message's own. check.ts gives it both languages (the
// server, the API, the tests); check.en.ts and check.es.ts give it one, so the browser downloads only the
// patterns of the page's language: the same reading, a smaller download.

import { findLearned, rulesThenLearned } from './crisis.learned.ts';
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
		const safetySpans = findSafety(text, folded);
		const crisisSpans = rulesThenLearned(
			findCrisis(text, folded, refused),
			() => safetySpans,
			() => findLearned(text, folded, local.crisisWeights, refused)
		);
		return {
			crisis: crisisSpans.length > 0,
			level: strongestLevel(crisisSpans),
			crisisSpans,
			safetySpans,
			signals: findSignals(text, folded, locale, local)
		};
	};
}
