// The patterns the guide names, found in the message's own language and explained in it.

import { explanations } from './explanations.ts';
import { negations, sentenceAt, wordsBefore } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { mergeRanges, ruleMatches, type LocalePatterns } from './rules.ts';
import { signalKinds, type MessageLocale, type Signal, type SignalKind } from './types.ts';

interface Found {
	kind: SignalKind;
	start: number;
	end: number;
	masks: SignalKind[] | undefined;
}

/**
 * "I'll go to rehab" names a step but takes none: an intention just before an action, with nothing in the
 * sentence that makes it concrete (a day, a time, an appointment), counts as a promise.
 */
function intendedOnly(text: string, start: number, { intent, concrete }: LocalePatterns): boolean {
	if (!intent.test(wordsBefore(text, start, 6).join(' '))) return false;
	const sentence = sentenceAt(text, start);
	return !concrete.test(text.slice(sentence.start, sentence.end));
}

function sameSentence(text: string, a: number, b: number): boolean {
	return sentenceAt(text, a).start === sentenceAt(text, b).start;
}

/** The signals of one language's patterns (`local`), explained in that language. */
export function findSignals(original: string, folded: Folded, locale: MessageLocale, local: LocalePatterns): Signal[] {
	const text = folded.text;
	const found: Found[] = [];
	for (const rule of local.rules) {
		for (const [start, end] of ruleMatches(text, rule, negations[locale])) {
			const kind = rule.kind === 'action' && intendedOnly(text, start, local) ? 'apology' : rule.kind;
			found.push({ kind, start, end, masks: rule.masks });
		}
	}
	const maskers = found.filter((signal) => signal.masks);
	const kept = found.filter(
		(signal) =>
			!maskers.some((other) => other.masks!.includes(signal.kind) && sameSentence(text, other.start, signal.start))
	);
	const signals: Signal[] = [];
	for (const kind of signalKinds) {
		const ranges = kept.filter((signal) => signal.kind === kind).map((s): [number, number] => [s.start, s.end]);
		for (const [start, end] of mergeRanges(ranges)) {
			signals.push({ kind, ...toSpan(original, folded, start, end), explanation: explanations[locale][kind] });
		}
	}
	return signals.sort((a, b) => a.start - b.start || a.end - b.end);
}
