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

/**
 * The span of the original text behind the folded range [start, end), widened so that it never cuts a word, a
 * number or a character and marks an amount whole (snapSpan): text.slice(start, end) === quote.
 */
export function toSpan(original: string, folded: Folded, start: number, end: number): Span {
	const [from, to] = snapSpan(original, ...originalSpan(folded, start, end));
	return { start: from, end: to, quote: original.slice(from, to) };
}

// Snapping. A match may begin or end inside what a person reads as one thing: "300" in "$300" or "1,300", "suicid"
// in "suicidal", a skin tone cut from its hand. The span grows outward until both of its ends sit between words,
// numbers, characters and amounts, never inside one. Written out rather than with Intl.Segmenter, which the
// oldest browsers we support (Firefox 115) lack; the property test checks it against Intl.Segmenter.

const wordChar = /[\p{L}\p{M}\p{N}]/u;
const letter = /[\p{L}\p{M}]/u;
const digit = /\p{N}/u;
const marks = /\p{M}|\u200c|\u200d|[\ufe00-\ufe0f]|\p{Emoji_Modifier}/u;
/** Extend in a grapheme: combining marks, joiners, variation selectors, skin tones, and the tags of a flag. */
const extend = { test: (char: string): boolean => marks.test(char) || /^\udb40[\udc20-\udc7f]$/.test(char) };
const regional = /\p{Regional_Indicator}/u;
const pictographic = /\p{Extended_Pictographic}/u;

/** The code point ending at index i (the one before it), or '' at the start. */
function before(text: string, i: number): string {
	if (i <= 0) return '';
	const low = text.charCodeAt(i - 1);
	if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
		const high = text.charCodeAt(i - 2);
		if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
	}
	return text[i - 1]!;
}

/** The code point starting at index i, or '' at the end. */
function at(text: string, i: number): string {
	const code = text.codePointAt(i);
	return code === undefined ? '' : String.fromCodePoint(code);
}

/** Whether index i falls between two characters (graphemes) rather than inside one. */
function graphemeBoundary(text: string, i: number): boolean {
	if (i <= 0 || i >= text.length) return true;
	const code = text.charCodeAt(i);
	const high = text.charCodeAt(i - 1);
	if (code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return false;
	if (text[i - 1] === '\r' && text[i] === '\n') return false;
	const next = at(text, i);
	if (extend.test(next)) return false;
	const prev = before(text, i);
	if (prev === '\u200d' && pictographic.test(next)) {
		// A joined emoji: a pictograph, its marks, a joiner, then this pictograph.
		let j = i - 1;
		while (j > 0 && extend.test(before(text, j))) j -= before(text, j).length;
		return !pictographic.test(before(text, j));
	}
	if (regional.test(prev) && regional.test(next)) {
		// Flags are pairs of regional indicators: inside one after an odd number of them.
		let count = 0;
		for (let j = i; j > 0 && regional.test(before(text, j)); j -= 2) count++;
		return count % 2 === 0;
	}
	return true;
}

const apostrophe = /['’]/;

/** Whether index i falls inside a word or a number ("don't", "1,500.00", "300"), not between two. */
function insideWord(text: string, i: number): boolean {
	if (i <= 0 || i >= text.length) return false;
	const prev = before(text, i);
	const next = at(text, i);
	if (wordChar.test(prev) && wordChar.test(next)) return true;
	// An apostrophe between letters, or a point or comma between digits, is part of the word or number.
	const joins = (left: string, mark: string, right: string): boolean =>
		(apostrophe.test(mark) && letter.test(left) && letter.test(right)) ||
		(/[.,]/.test(mark) && digit.test(left) && digit.test(right));
	return joins(before(text, i - prev.length), prev, next) || joins(prev, next, at(text, i + next.length));
}

// An amount: a number with a currency sign before or after it, or a currency word after it. Accents may be typed
// as a separate mark ("do\u0301lares").
const sign = String.raw`[$€£¥₱₡₲]`;
const money = String.raw`(?:d[oó]\p{M}?lar(?:es)?|dollars?|bucks?|pesos?|euros?|usd|mxn|eur|dlls?|dls|lucas|varos|pavos|bolos|soles|quetzales|lempiras|colones|grand|quid|pounds?)`;
const times = String.raw`(?:k|mil|mill[oó]\p{M}?n(?:es)?|millions?|thousand)`;
const amountNumber = String.raw`(?<![\p{L}\p{M}\p{N}]|\p{N}[.,])\p{N}+(?:[.,]\p{N}+)*`;
const gap = String.raw`[ \u00a0]?`;
const alone = String.raw`(?![\p{L}\p{M}\p{N}])`;
const amount = new RegExp(
	String.raw`(?:(?<![\p{L}\p{M}\p{N}])[a-z]{1,3})?${sign}${gap}${amountNumber}(?:${gap}${times}${alone})?(?:${gap}${money}${alone})?` +
		String.raw`|${amountNumber}(?:${gap}${times}${alone})?(?:${sign}|${gap}${sign}(?!${gap}\p{N})|${gap}${money}${alone})`,
	'giu'
);
// A sign glued to the number before it is that number's ("300€ 300 pesos"); one set apart from it, with a number
// after, is the next number's ("300 $80").

/** The amounts of the last text snapped, found once from its start so every span sees the same amounts. */
let amounts: { text: string; ranges: [number, number][] } = { text: '', ranges: [] };
function amountsIn(text: string): [number, number][] {
	if (amounts.text !== text) {
		const ranges = [...text.matchAll(amount)].map((match): [number, number] => [
			match.index,
			match.index + match[0].length
		]);
		amounts = { text, ranges };
	}
	return amounts.ranges;
}

/**
 * Widens [start, end) of text until neither end is inside a word, a number or a character, and every amount it
 * touches is inside it whole ("$300", "US$ 1,500.00", "300 dólares"). An empty range is returned as it is.
 */
export function snapSpan(text: string, start: number, end: number): [number, number] {
	if (start >= end) return [start, end];
	for (;;) {
		const [from, to] = [start, end];
		while (start > 0 && (!graphemeBoundary(text, start) || insideWord(text, start))) start--;
		while (end < text.length && (!graphemeBoundary(text, end) || insideWord(text, end))) end++;
		for (const [first, last] of amountsIn(text)) {
			if (first >= end) break;
			if (last > start) [start, end] = [Math.min(start, first), Math.max(end, last)];
		}
		if (start === from && end === to) return [start, end];
	}
}
