// A family member's story about the loved one: crisis told in the third person or reported, the writer's own,
// and danger now, in English and Spanish; and the ordinary stories that must not raise an alarm.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { findCrisis } from './crisis.ts';
import { fold } from './normalize.ts';
import { parseLabelled, type LabelledMessage } from './labelled.ts';
import { scoreByLocale } from './score.ts';
import { findStoryCrisis, storyCrisis } from './story.ts';
import type { MessageLocale } from './types.ts';

/** What the guidance requests and messages use: either reading is a crisis. */
const flags = (text: string, locale: MessageLocale = 'en'): boolean =>
	checkMessage(text, locale).crisis || storyCrisis(text, locale);

const fixtures = new URL('../../../../test/fixtures/message-check/', import.meta.url);
const load = (file: string): LabelledMessage[] => parseLabelled(readFileSync(new URL(file, fixtures), 'utf8'), file);
const stories = load('story-crisis.jsonl');

describe('crisis in a family member’s story', () => {
	it.each([
		['en', 'he says he wants to kill himself'],
		['en', 'she talks about ending her life'],
		['es', 'dice que se quiere matar'],
		['es', 'mi hija habla de quitarse la vida'],
		['en', 'he says he would never hurt himself'],
		['es', 'dice que nunca se haría daño'],
		['es', 'Mi hijo dice que estaríamos mejor sin él.'],
		['en', 'He said he won’t be a problem for us much longer.']
	] as const)('in %s, "%s" is a crisis the check\'s rules alone miss', (locale, text) => {
		expect(findCrisis(text, fold(text, locale))).toEqual([]);
		expect(storyCrisis(text, locale)).toBe(true);
	});

	it.each([
		['en', "my son keeps saying he'd be better off dead"],
		['en', 'he took a whole bottle of pills'],
		['en', "she's been giving her things away and saying goodbye"],
		['en', "I can't go on"],
		['en', 'My son says he has nothing left to live for.'],
		['en', "he has a gun and said he'd use it"],
		['en', 'she overdosed and is not waking up'],
		['es', 'tiene una pistola y dijo que la va a usar'],
		['es', 'tuvo una sobredosis y no despierta']
	] as const)('in %s, "%s" is a crisis', (locale, text) => {
		expect(flags(text, locale)).toBe(true);
	});

	it.each([
		['en', 'he says he wants to kill the game tonight'],
		['en', "she's dying to see the kids"],
		// The drugs "killing his career" reads "killing my career": no rule kills a career, so it does not flag.
		// Had it flagged, that would have been a fair price: drugs and dying in one sentence.
		['en', 'he said the drugs are killing his career'],
		['en', 'I was worried sick'],
		['en', 'he quit drinking last month'],
		['en', 'My daughter is dying her hair purple.'],
		['es', 'dice que se muere de ganas de ver a los niños'],
		['es', 'mi hijo dice que se va a matar estudiando para el examen'],
		['es', 'mi papá tiene una escopeta para cazar venado, guardada bajo llave']
	] as const)('in %s, "%s" is not a crisis', (locale, text) => {
		expect(flags(text, locale)).toBe(false);
	});

	it('lets the writer’s own negation stand, but not a denial reported about the loved one', () => {
		expect(flags("I'm not going to hurt myself, I just need advice about my son.")).toBe(false);
		expect(flags('No tengo pensamientos de hacerme daño, pero mi hijo me preocupa.', 'es')).toBe(false);
		expect(flags("My son swears he isn't suicidal, he just sleeps all day.")).toBe(true);
	});

	it('answers spans of the story as typed', () => {
		const text = 'Mi hija habla de quitarse la vida 😢 y dice que se quiere matar';
		const spans = findStoryCrisis(text, 'es');
		expect(spans.length).toBeGreaterThan(0);
		for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.quote);
		expect(spans.map((span) => span.quote).join(' ')).toContain('quitarse la vida');
	});

	it('refuses a locale other than en or es', () => {
		expect(() => storyCrisis('hi', 'fr' as MessageLocale)).toThrow(RangeError);
	});
});

describe('story-crisis.jsonl', () => {
	it('holds at least 80 stories, crisis and not, in both languages', () => {
		expect(stories.length).toBeGreaterThanOrEqual(80);
		for (const crisis of [true, false]) {
			const own = stories.filter((story) => story.crisis === crisis);
			expect(new Set(own.map((story) => story.locale))).toEqual(new Set(['en', 'es']));
		}
	});

	it('finds at least 95% of the crises, with false alarms on at most 10% of the rest', () => {
		const { crisis } = scoreByLocale(stories, (text, locale) => ({ crisis: flags(text, locale), kinds: [] })).overall;
		const others = stories.filter((story) => !story.crisis).length;
		expect(crisis.recall).toBeGreaterThanOrEqual(0.95);
		expect(crisis.fp / others).toBeLessThanOrEqual(0.1);
	});

	it('adds no false alarm to the loved one’s own messages the check is held to', () => {
		const files = ['dev.jsonl', 'crisis-dev.jsonl', 'generalisation.jsonl', 'generalisation-blind.jsonl'];
		const calm = files.flatMap(load).filter((message) => !message.crisis);
		const raised = calm.filter((message) => storyCrisis(message.text, message.locale)).map((m) => m.text);
		expect(raised).toEqual([]);
	});
});
