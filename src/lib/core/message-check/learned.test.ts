// The learned word list: the generated weights are what the train split gives, it reads stretches of whole
// sentences, every flag names words of the message, and it never overrules the rules, their guards or safety.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { checkMessage } from './check.ts';
import { checkerFor } from './checker.ts';
import { findLearned } from './crisis.learned.ts';
import { findCrisis } from './crisis.ts';
import { crisisProbability, features, readLearned, stretches, tokens, type CrisisWeights } from './learned.ts';
import { fitCrisisWeights, trainingFiles } from './learned.fit.ts';
import { fold } from './normalize.ts';
import { patternsEn } from './patterns.en.ts';
import { inSplit, parseLabelled } from './labelled.ts';
import { storyReaderFor } from './story.reader.ts';
import { messageLocales, crisisCategories } from './types.ts';
import { crisisWeightsEn } from './weights.en.ts';
import { crisisWeightsEs } from './weights.es.ts';

const fixtures = new URL('../../../../test/fixtures/message-check/', import.meta.url);
const committed = { en: crisisWeightsEn, es: crisisWeightsEs };

/** A list with a few hand-set weights, to test the reading without the fitted numbers. */
const handSet: CrisisWeights = {
	crisis: { bias: -3, weights: 'bridg 250|jump 150|jump_off 100|sunny -200' },
	threshold: 80,
	categories: [
		...crisisCategories.urgent.map((category) => ({
			bias: 0,
			weights: category === 'method' ? 'bridg 300' : ''
		})),
		...crisisCategories.concern.map(() => ({ bias: 0, weights: '' }))
	]
};

describe('the learned word list', () => {
	it('is what the train split of the labelled messages gives (npm run train:message-check)', () => {
		const messages = trainingFiles.flatMap((file) =>
			inSplit(parseLabelled(readFileSync(new URL(file, fixtures), 'utf8'), file), 'train')
		);
		for (const locale of messageLocales) {
			expect(fitCrisisWeights(messages, locale), `weights.${locale}.ts`).toEqual(committed[locale]);
		}
	}, 60_000);

	it('never reads the held-out split', () => {
		const source = readFileSync(new URL('./learned.fit.ts', import.meta.url), 'utf8');
		expect(source).not.toMatch(/'held-out'/);
		const script = readFileSync(new URL('../../../../scripts/train-crisis-weights.ts', import.meta.url), 'utf8');
		expect(script).toContain("'utf8'), file), 'train')");
		expect(script).not.toMatch(/'held-out'/);
	});

	it('reads stems and pairs of stems, each once', () => {
		const words = tokens(fold('Jumping off the bridge, jumping.', 'en').text);
		expect(words.map((word) => word.stem)).toEqual(['jumpi', 'off', 'the', 'bridg', 'jumpi']);
		expect(features(words).map((feature) => feature.name)).toEqual([
			'jumpi',
			'jumpi_off',
			'off',
			'off_the',
			'the',
			'the_bridg',
			'bridg',
			'bridg_jumpi'
		]);
	});

	it('reads whole sentences in stretches of at most 60 words', () => {
		const sentence = 'one two three four five six seven eight nine ten. ';
		const found = stretches(fold(sentence.repeat(13), 'en').text);
		expect(found.map((stretch) => stretch.length)).toEqual([60, 60, 10]);
		const long = stretches(fold(`${'word '.repeat(130)}end.`, 'en').text);
		expect(long.map((stretch) => stretch.length)).toEqual([60, 60, 11]);
	});

	it('flags a stretch that reads as a crisis and marks the words that weigh most, with their category', () => {
		const text = 'Thinking about the bridge and whether to jump off it. Not a great day.';
		const folded = fold(text, 'en');
		const flag = readLearned(folded, handSet);
		expect(flag).not.toBeNull();
		expect(folded.text.slice(flag!.start, flag!.end)).toBe('bridge and whether to jump off');
		expect(flag!.level).toBe('urgent');
		expect(flag!.category).toBe('method');
		expect(readLearned(fold('It was sunny at the bridge', 'en'), handSet)).toBeNull();
		expect(readLearned(fold('', 'en'), handSet)).toBeNull();
	});

	it('gives a probability from the bias and the weights of the features present', () => {
		const names = features(tokens('bridge')).map((feature) => feature.name);
		expect(crisisProbability(names, { bias: -3, weights: new Map([['bridg', 2.5]]) })).toBeCloseTo(
			1 / (1 + Math.exp(0.5))
		);
	});

	it('does not overrule a guard, a rule that refused the words, or someone else hurting the writer', () => {
		const flagged = (text: string, refused: [number, number][] = []) =>
			findLearned(text, fold(text, 'en'), handSet, refused).length > 0;
		expect(flagged('thinking about the bridge, whether to jump off')).toBe(true);
		expect(flagged('thinking about the bridge, whether to jump off lol')).toBe(false);
		expect(flagged('two years ago I was thinking about the bridge, whether to jump off')).toBe(false);
		expect(flagged('saw on the news a man at the bridge, whether to jump off')).toBe(false);
		expect(flagged('thinking about the bridge, whether to jump off', [[0, 8]])).toBe(true);
		expect(flagged('thinking about the bridge, whether to jump off', [[15, 21]])).toBe(false);
	});

	it('raises nothing on a phrase known to be harmless (harmless.ts)', () => {
		const guns: CrisisWeights = { ...handSet, crisis: { bias: -3, weights: 'gun 500|pisto 500' } };
		const flagged = (text: string, locale: 'en' | 'es' = 'en') =>
			findLearned(text, fold(text, locale), guns, []).length > 0;
		expect(flagged('got a gun in the car')).toBe(true);
		expect(flagged('water gun fight with the kids')).toBe(false);
		expect(flagged('im sticking to my guns about rehab')).toBe(false);
		expect(flagged('tengo la pistola aqui', 'es')).toBe(true);
		expect(flagged('le compre una pistola de agua al nene', 'es')).toBe(false);
	});

	it('is read by the check only where the rules found nothing, and names its words as a span of the message', () => {
		const check = checkerFor({ en: { ...patternsEn, crisisWeights: handSet } });
		const text = 'Been thinking about the bridge 🌉 whether to jump off, you know?';
		const found = check(text, 'en');
		expect(found.crisis).toBe(true);
		expect(found.level).toBe('urgent');
		expect(found.crisisSpans).toEqual([
			{ start: 24, end: 53, quote: 'bridge 🌉 whether to jump off', level: 'urgent', category: 'method' }
		]);
		// A rule's reading wins: the words it names, its level and category.
		const ruled = check('I want to kill myself off the bridge', 'en');
		expect(ruled.crisisSpans.map((span) => span.category)).not.toContain('method');
	});

	it('reads a family member’s story too, told in the first person, and never over someone hurting the writer', () => {
		const read = storyReaderFor({ en: handSet });
		const story = 'My son keeps thinking about the bridge, whether to jump off. I don’t know what to do.';
		const reading = read(story, 'en');
		expect(reading).toMatchObject({ crisis: true, level: 'urgent' });
		expect(reading.spans.map((span) => span.quote)).toEqual(['bridge, whether to jump off']);
		expect(read('He said he would push me off the bridge, whether to jump off or not', 'en').crisis).toBe(false);
		// The story the rules read keeps the rules' words: the list does not add its own.
		const ruled = read('She says she wants to kill herself off the bridge', 'en');
		expect(ruled.spans.map((span) => span.category)).not.toContain('method');
		expect(() => read('hola', 'es')).toThrow(RangeError);
	});

	it('raises nothing on ordinary words that only happen to weigh towards crisis (anchors.ts)', () => {
		for (const [locale, text] of [
			['en', 'He called tonight, and he sounded calm.'],
			['en', 'Is it all right to write here at night?'],
			['en', 'saving the plan'],
			['en', 'the breathing exercise paces about a minute and can be run again'],
			['en', 'pressing Escape twice leaves the same way'],
			['es', 'Usa al menos 10 caracteres. Una frase corta es fácil de recordar.'],
			['es', 'Confía en tu propia percepción del peligro.'],
			['es', 'Esta página no existe. Vuelve a empezar por las entradas más recientes.']
		] as const) {
			expect(checkMessage(text, locale).crisis, text).toBe(false);
		}
	});

	it('raises a crisis on almost none of the guide’s own sentences, in either language', () => {
		const sentences = (value: unknown): string[] =>
			typeof value === 'string'
				? [value]
				: value && typeof value === 'object'
					? Object.values(value).flatMap(sentences)
					: [];
		const raised = messageLocales.flatMap((locale) =>
			sentences({ en, es }[locale]).filter((text) => {
				const folded = fold(text, locale);
				return findCrisis(text, folded).length === 0 && checkMessage(text, locale).crisis;
			})
		);
		// Today: three questions the guide asks about killing ("Have they ever tried to kill themselves?").
		expect(raised.length, raised.join(' | ')).toBeLessThanOrEqual(3);
	});
});
