// Patterns run on a folded copy of the message: lower case, no accents, no apostrophes, emoji as words, texting
// shorthand spelled out. Real messages arrive in capitals, without accents ("que" for "qué") or apostrophes
// ("im", "dont"), so folding lets one pattern cover all of those spellings. Every character of the copy
// remembers which part of the original it came from, so a match maps back to exact UTF-16 offsets in the text
// the person pasted, whatever emoji or accents came before it.

import { emojiWords, phrases, shorthand } from './spelling.ts';
import type { MessageLocale, Span } from './types.ts';

export interface Folded {
	/** The folded copy the patterns read. */
	text: string;
	/** For each character of `text`, where its source starts in the original (UTF-16 offset). */
	from: number[];
	/** For each character of `text`, where its source ends in the original. */
	to: number[];
}

const apostrophes = /['’‘´`]/;
// Joiners, variation selectors and skin tones belong to the character before them.
const attached = /\u200d|\ufe0e|\ufe0f|\p{Emoji_Modifier}|\p{M}/u;
const pictograph = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

class Builder {
	private parts: string[] = [];
	from: number[] = [];
	to: number[] = [];

	get text(): string {
		return this.parts.join('');
	}

	push(chars: string, start: number, end: number): void {
		this.parts.push(chars);
		for (let i = 0; i < chars.length; i++) {
			this.from.push(start);
			this.to.push(end);
		}
	}

	/** Copies characters [from, to) of a folded text, with where they came from. */
	copy(input: Folded, from: number, to: number): void {
		this.parts.push(input.text.slice(from, to));
		for (let i = from; i < to; i++) {
			this.from.push(input.from[i]!);
			this.to.push(input.to[i]!);
		}
	}

	done(): Folded {
		return { text: this.text, from: this.from, to: this.to };
	}

	/** Stretches the characters from the last source character so they also cover what follows it. */
	extend(end: number): void {
		const source = this.from[this.from.length - 1];
		for (let i = this.from.length - 1; i >= 0 && this.from[i] === source; i--) this.to[i] = end;
	}
}

/** Lower case, accents and apostrophes gone, emoji as words or spaces. */
function foldCharacters(original: string): Folded {
	const out = new Builder();
	let offset = 0;
	for (const char of original) {
		const start = offset;
		offset += char.length;
		const code = char.charCodeAt(0);
		// Most of a message is plain ASCII: fold it without the Unicode tests below.
		if (code < 0x80) {
			if (code !== 0x27 && code !== 0x60)
				out.push(code >= 0x41 && code <= 0x5a ? char.toLowerCase() : char, start, offset);
			continue;
		}
		if (apostrophes.test(char)) continue;
		if (attached.test(char)) {
			out.extend(offset);
		} else if (pictograph.test(char)) {
			const word = emojiWords[char];
			out.push(word ? ` ${word} ` : ' ', start, offset);
		} else {
			out.push(char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), start, offset);
		}
	}
	return out.done();
}

/**
 * Folds the message for matching. Letters typed three or more times in a row count once ("pleeease",
 * "noooo"), shorthand words are spelled out ("u" → "you", "q" → "que"), and common two-word forms are joined.
 */
export function fold(original: string, locale: MessageLocale): Folded {
	const chars = foldCharacters(original);
	const words = shorthand[locale];
	const out = new Builder();
	let last = 0;
	const copy = (from: number, to: number) => {
		out.copy(chars, from, to);
	};
	for (const match of chars.text.matchAll(/[a-z0-9]+/g)) {
		const start = match.index;
		const end = start + match[0].length;
		copy(last, start);
		last = end;
		const word = match[0].replace(/([a-z])\1{2,}/g, '$1');
		const spelled = Object.hasOwn(words, word) ? words[word]! : undefined;
		if (spelled !== undefined) {
			out.push(spelled, chars.from[start]!, chars.to[end - 1]!);
		} else if (word.length === match[0].length) {
			copy(start, end);
		} else {
			// A run of repeated letters folds to one letter that covers the whole run.
			let i = start;
			while (i < end) {
				let j = i + 1;
				while (j < end && chars.text[j] === chars.text[i] && /[a-z]/.test(chars.text[i]!)) j++;
				if (j - i >= 3) out.push(chars.text[i]!, chars.from[i]!, chars.to[j - 1]!);
				else copy(i, j);
				i = j;
			}
		}
	}
	copy(last, chars.text.length);
	return joinPhrases(out.done());
}

const phrase = new RegExp(`\\b(?:${Object.keys(phrases).join('|')})\\b`, 'g');

/** Two-word forms become the one-word form people also type ("i am" → "im", "cannot" → "cant"). */
function joinPhrases(input: Folded): Folded {
	const out = new Builder();
	let last = 0;
	for (const match of input.text.matchAll(phrase)) {
		const start = match.index;
		const end = start + match[0].length;
		out.copy(input, last, start);
		out.push(phrases[match[0]]!, input.from[start]!, input.to[end - 1]!);
		last = end;
	}
	out.copy(input, last, input.text.length);
	return out.done();
}

/** The original span behind the folded range [start, end). */
export function originalSpan(folded: Folded, start: number, end: number): [number, number] {
	return [folded.from[start]!, folded.to[end - 1]!];
}

/** The span of the original text behind the folded range [start, end): text.slice(start, end) === quote. */
export function toSpan(original: string, folded: Folded, start: number, end: number): Span {
	const [from, to] = originalSpan(folded, start, end);
	return { start: from, end: to, quote: original.slice(from, to) };
}
