// Scope on the folded text: which sentence a match sits in, and whether the few words just before it negate it.
// "I'm not asking for anything" is not a request and "I'm not going to hurt myself" is not a crisis, but
// "I can't pay rent, can you help" still asks for help: negation reaches back a few words, never across a
// comma, a full stop or a "but". "Without" and "sin" are left out: "30 days without a drink, can you…" and
// "llevo un mes sin tomar, necesito…" negate nothing that follows.

import type { MessageLocale } from './types.ts';

export interface Negation {
	/** A negating word, tested against single folded words. */
	word: RegExp;
	/** How many words before a match a negation still reaches. */
	window: number;
}

const en =
	/^(?:not|no|never|nothing|nobody|dont|didnt|doesnt|wont|cant|cannot|isnt|wasnt|arent|werent|havent|hasnt|hadnt|wouldnt|couldnt|shouldnt|aint|neither|nor)$/;
const es = /^(?:no|nunca|jamas|ni|tampoco|nadie)$/;

export const negations: Record<MessageLocale | 'both', Negation> = {
	en: { word: en, window: 3 },
	// Spanish puts clitics between the negation and the verb ("no me voy a matar"), so it reaches further.
	es: { word: es, window: 4 },
	// For the crisis concepts, which read both languages at once.
	both: { word: new RegExp(`${en.source}|${es.source}`), window: 3 }
};

const clauseBreak = /[.!?;,:\n()"¿¡]|\b(?:but|and|because|though|although|pero|y|aunque|porque|sino|entonces|pues)\b/;
const sentenceBreak = /[.!?\n]/;

/** The last `count` words of the clause that ends at `index`. */
export function wordsBefore(text: string, index: number, count: number): string[] {
	const clause =
		text
			.slice(Math.max(0, index - 120), index)
			.split(clauseBreak)
			.pop() ?? '';
	return (clause.match(/[a-z0-9]+/g) ?? []).slice(-count);
}

export function isNegated(text: string, index: number, negation: Negation): boolean {
	return wordsBefore(text, index, negation.window).some((word) => negation.word.test(word));
}

// The sentence breaks of the text last asked about: every rule asks about the same message in turn, so they
// are found once per message rather than once per match.
let breaksOf = '';
let breaks: number[] = [];

/** The bounds of the sentence around `index`: a message without punctuation is one sentence. */
export function sentenceAt(text: string, index: number): { start: number; end: number } {
	if (text !== breaksOf) {
		breaksOf = text;
		breaks = [];
		for (let i = 0; i < text.length; i++) if (sentenceBreak.test(text[i]!)) breaks.push(i);
	}
	let low = 0;
	let high = breaks.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (breaks[middle]! < index) low = middle + 1;
		else high = middle;
	}
	return { start: low > 0 ? breaks[low - 1]! + 1 : 0, end: low < breaks.length ? breaks[low]! : text.length };
}
