import { describe, expect, it } from 'vitest';
import { fold, toSpan } from './normalize.ts';

/** The original text behind each folded character must be where that character came from. */
function expectAligned(original: string, locale: 'en' | 'es' = 'en'): string {
	const folded = fold(original, locale);
	expect(folded.from.length).toBe(folded.text.length);
	expect(folded.to.length).toBe(folded.text.length);
	for (let i = 0; i < folded.text.length; i++) {
		expect(folded.from[i]!).toBeLessThan(folded.to[i]!);
		if (i > 0) expect(folded.from[i]!).toBeGreaterThanOrEqual(folded.from[i - 1]!);
	}
	return folded.text;
}

describe('folding a message for matching', () => {
	it('lowers capitals and drops accents and apostrophes', () => {
		expect(expectAligned("I'M SO SORRY, DON’T GO")).toBe('im so sorry, dont go');
		expect(expectAligned('¿Qué pasó? Perdóname, mamá', 'es')).toBe('¿que paso? perdoname, mama');
	});

	it('spells out texting shorthand in the language of the message', () => {
		expect(expectAligned('can u pls send it rn')).toBe('can you please send it right now');
		expect(expectAligned('q onda, xq no contestas', 'es')).toBe('que onda, porque no contestas');
		expect(expectAligned('x', 'en')).toBe('x');
	});

	it('joins the two-word forms people also type as one', () => {
		expect(expectAligned('I am sorry, I cannot and I will not')).toBe('im sorry, i cant and i wont');
		expect(expectAligned('I would not do that')).toBe('i wouldnt do that');
	});

	it('counts a letter typed three or more times once', () => {
		expect(expectAligned('pleeeease noooo, I need you')).toBe('please no, i need you');
	});

	it('turns meaningful emoji into words and the rest into spaces', () => {
		expect(expectAligned('took them all 💊💊')).toBe('took them all  pills  pills ');
		expect(expectAligned('love you ❤️ 👨‍👩‍👧')).toBe('love you      ');
	});

	it('maps a folded range back to the exact original text', () => {
		const original = 'Te fallé 😔, Perdóname 🙏🏽 por favor';
		const folded = fold(original, 'es');
		const start = folded.text.indexOf('perdoname');
		expect(toSpan(original, folded, start, start + 'perdoname'.length).quote).toBe('Perdóname');
		const please = folded.text.indexOf('please');
		expect(toSpan(original, folded, please, please + 'please'.length).quote).toBe('🙏🏽');
		const expanded = fold('can u help', 'en');
		const you = expanded.text.indexOf('you');
		expect(toSpan('can u help', expanded, you, you + 3).quote).toBe('u');
	});
});
