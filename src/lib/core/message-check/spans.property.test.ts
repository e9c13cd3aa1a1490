// A marked span never cuts a word, a number, a character or an amount (issue 12, item 5), checked on random
// messages built from real-looking parts: words with accents typed both ways, amounts in many forms, emoji with
// skin tones, joiners and flags, and the phrases that raise signals and crisis in both languages. Characters
// are checked against Intl.Segmenter, which the code itself cannot rely on (snapSpan in normalize.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { fold, originalSpan, snapSpan, toSpan } from './normalize.ts';
import { readStory } from './story.ts';
import type { MessageLocale, Span } from './types.ts';

/** A part of a message; `amounts` are where whole amounts sit inside it. */
interface Part {
	text: string;
	amounts: [number, number][];
}

const nfd = (text: string): string => text.normalize('NFD');
const plain = (text: string): Part => ({ text, amounts: [] });
/** A part whose amount is marked with [brackets], which are removed. */
function marked(text: string): Part {
	const amounts: [number, number][] = [];
	let out = '';
	for (const piece of text.split(/(\[[^\]]*\])/)) {
		if (piece.startsWith('[')) {
			amounts.push([out.length, out.length + piece.length - 2]);
			out += piece.slice(1, -1);
		} else out += piece;
	}
	return { text: out, amounts };
}

const words = ['mom', 'sorry', 'money', 'tonight', "don't", 'it’s', "I'm", 'PLEASE', 'rent', 'ya', 'q', 'xq', 'porfa'];
const accented = ['mamá', 'perdóname', 'corazón', 'año', 'qué', 'niño', 'está', 'café', 'Ñoño', 'güey', 'después'];
const amounts = [
	'[$300]',
	'[US$300]',
	'[300 dólares]',
	`[${nfd('300 dólares')}]`,
	'[300 dolares]',
	'[300 pesos]',
	'[300 bucks]',
	'[€300]',
	'[300€]',
	'[$ 300]',
	'[$1,500.00]',
	'[1.500 pesos]',
	'[MX$1.500]',
	'[$80]',
	'[20 dollars]',
	'[$300k]',
	'[300 mil pesos]',
	'[300 USD]',
	'[£40]'
];
const numbers = ['300', '1,500.00', '1.500', '23', '3.5mg', '2x', '10:30', '#1', '2,000'];
const emoji = ['🙏', '🙏🏽', '💊', '💊💊💊', '👍🏿', '👨‍👩‍👧', '👩🏽‍❤️‍👨🏻', '🏳️‍🌈', '🇲🇽', '🇺🇸🇲🇽', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '😂', '😔', '☹️'];
const phrases = [
	"I'm so sorry",
	'can you send me [$300] tonight',
	'lend me [300 bucks] please',
	'answer me right now',
	"if you hadn't kicked me out I wouldn't be here",
	'I want to kill myself',
	'kms',
	'I took the whole bottle',
	'this is goodbye',
	"I can't go on",
	'everyone would be better off without me',
	'he hit me again',
	"I've been cutting again",
	"i promise i'm going to meetings every day",
	'he says he wants to kill himself',
	'took 30 pills',
	'perdóname',
	nfd('perdóname'),
	'me quiero morir',
	'ya no aguanto más',
	nfd('ya no aguanto más'),
	'te juro que cambié',
	'contéstame ya',
	'si de verdad me quisieras',
	'me tomé todas las pastillas',
	'mándame [300 pesos] hoy',
	'préstame [300 dólares]',
	nfd('préstame [300 dólares]'),
	'mi pareja me golpea',
	'no valgo nada',
	'quiero quitarme la vida',
	'dice que se quiere matar',
	'necesito [1.500 pesos] para la renta'
];
const separators = [' ', ' ', ' ', '  ', ', ', '. ', '! ', '?? ', '\n', ' - ', '... ', ''];

const partArbitrary: fc.Arbitrary<Part> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...words, ...accented, ...accented.map(nfd)).map(plain) },
	{ weight: 2, arbitrary: fc.constantFrom(...amounts).map(marked) },
	{ weight: 1, arbitrary: fc.constantFrom(...numbers).map(plain) },
	{ weight: 2, arbitrary: fc.constantFrom(...emoji).map(plain) },
	{ weight: 3, arbitrary: fc.constantFrom(...phrases).map(marked) }
);

interface Message {
	text: string;
	amounts: [number, number][];
}

/** Parts joined by separators; an amount is never glued to what is next to it, so it stays the amount it is. */
const messageArbitrary: fc.Arbitrary<Message> = fc
	.array(fc.tuple(partArbitrary, fc.constantFrom(...separators)), { minLength: 1, maxLength: 14 })
	.map((pieces) => {
		let text = '';
		const found: [number, number][] = [];
		pieces.forEach(([part, separator], index) => {
			const glued = separator === '' && (part.amounts.length > 0 || pieces[index + 1]?.[0].amounts.length);
			for (const [start, end] of part.amounts) found.push([text.length + start, text.length + end]);
			text += part.text + (glued ? ' ' : separator);
		});
		return { text, amounts: found };
	});

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
function graphemeBoundaries(text: string): Set<number> {
	const boundaries = new Set([text.length]);
	for (const { index } of segmenter.segment(text)) boundaries.add(index);
	return boundaries;
}

/** Words and numbers as a reader sees them: "don't", "perdóname" with its accent typed apart, "1,500.00". */
const token = /(?:[\p{L}\p{M}\p{N}]|(?<=[\p{L}\p{M}])['’](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))+/gu;

/** Why a span is cut wrongly, or null when it is not. */
function cut(message: Message, span: Span): string | null {
	const { text } = message;
	if (!(span.start >= 0 && span.start < span.end && span.end <= text.length)) return 'out of range or empty';
	if (text.slice(span.start, span.end) !== span.quote) return 'quote is not text.slice(start, end)';
	const boundaries = graphemeBoundaries(text);
	if (!boundaries.has(span.start) || !boundaries.has(span.end)) return 'cuts a character';
	const partly = ([start, end]: [number, number]) =>
		start < span.end && end > span.start && (start < span.start || end > span.end);
	for (const match of text.matchAll(token)) {
		if (partly([match.index, match.index + match[0].length])) return `cuts the word or number "${match[0]}"`;
	}
	for (const amount of message.amounts) if (partly(amount)) return `cuts the amount "${text.slice(...amount)}"`;
	return null;
}

function expectWhole(message: Message, spans: Span[], what: string): void {
	for (const span of spans) {
		const why = cut(message, span);
		expect(why, `${what} "${span.quote}" [${span.start}, ${span.end}) in ${JSON.stringify(message.text)}`).toBeNull();
	}
}

const locales: MessageLocale[] = ['en', 'es'];

describe('marked spans never cut a word, a number, a character or an amount', () => {
	it('"$300" and "300 dólares" are marked whole', () => {
		expect(checkMessage('i need $300 right now', 'en').signals[0]?.quote).toBe('i need $300');
		expect(checkMessage('send me 300 bucks right now', 'en').signals[0]?.quote).toBe('send me 300 bucks');
		expect(checkMessage('necesito 300 dólares', 'es').signals[0]?.quote).toBe('necesito 300 dólares');
		const text = 'necesito que me mandes 300 dólares';
		const dollars = text.indexOf('300');
		expect(snapSpan(text, dollars, dollars + 3)).toEqual([dollars, text.length]);
		expect(snapSpan(text, text.indexOf('dólares'), text.length)).toEqual([dollars, text.length]);
		expect(snapSpan('send $300 now', 6, 9)).toEqual([5, 9]);
		expect(snapSpan('send $ 300 now', 7, 10)).toEqual([5, 10]);
		expect(snapSpan('send US$300 now', 8, 11)).toEqual([5, 11]);
		expect(snapSpan('dame 300€ ya', 5, 8)).toEqual([5, 9]);
		expect(snapSpan('son 300 bucks ok', 4, 7)).toEqual([4, 13]);
	});

	it('a span ending inside a word or number grows to its end, and one between words does not grow', () => {
		const text = 'he is suicidal, owes 1,500.00 and says 👍🏽';
		expect(text.slice(...snapSpan(text, text.indexOf('suicid'), text.indexOf('suicid') + 6))).toBe('suicidal');
		expect(text.slice(...snapSpan(text, text.indexOf('500'), text.indexOf('500') + 3))).toBe('1,500.00');
		expect(text.slice(...snapSpan(text, text.indexOf('👍'), text.indexOf('👍') + 2))).toBe('👍🏽');
		expect(snapSpan(text, 0, 5)).toEqual([0, 5]);
	});

	it('toSpan never cuts, whatever folded range it is given (property)', () => {
		fc.assert(
			fc.property(messageArbitrary, fc.constantFrom(...locales), fc.nat(), fc.nat(), (message, locale, a, b) => {
				const folded = fold(message.text, locale);
				fc.pre(folded.text.length > 0);
				const start = a % folded.text.length;
				const end = start + 1 + (b % (folded.text.length - start));
				const span = toSpan(message.text, folded, start, end);
				expectWhole(message, [span], 'span');
				const [from, to] = originalSpan(folded, start, end);
				expect(span.start).toBeLessThanOrEqual(from);
				expect(span.end).toBeGreaterThanOrEqual(to);
			}),
			{ numRuns: 1500 }
		);
	});

	it('signals, crisis, safety and story spans never cut, in both languages (property)', () => {
		fc.assert(
			fc.property(messageArbitrary, fc.constantFrom(...locales), (message, locale) => {
				const check = checkMessage(message.text, locale);
				expectWhole(message, check.signals, 'signal');
				expectWhole(message, check.crisisSpans, 'crisis span');
				expectWhole(message, check.safetySpans, 'safety span');
				expectWhole(message, readStory(message.text, locale).spans, 'story span');
			}),
			{ numRuns: 300 }
		);
	});
});
