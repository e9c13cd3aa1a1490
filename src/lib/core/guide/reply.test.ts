import { describe, expect, it } from 'vitest';
import { catalogue, locales } from '../i18n/catalogue.ts';
import { safetyChoices, standardChoices } from './reach-out.ts';
import { buildQuestionsMessage, buildReply } from './reply.ts';

const conditions = ['Go to a meeting first', 'Call before you come over'];
const boundaries = ['No visits when using'];

describe('the draft reply', () => {
	for (const locale of locales) {
		const { replies: templates, safetyReplies } = catalogue(locale);
		const both = { replies: templates, safetyReplies };

		for (const choice of standardChoices) {
			it(`for "${choice}" in ${locale} opens with that choice's own words and carries every condition`, () => {
				const reply = buildReply(both, { choice, conditions, boundaries });
				expect(reply.startsWith(templates[choice].body)).toBe(true);
				expect(reply).toContain(templates[choice].withConditions);
				for (const condition of conditions) expect(reply).toContain(`- ${condition}`);
			});

			it(`for "${choice}" in ${locale} is just the opening words when there are no conditions`, () => {
				expect(buildReply(both, { choice, conditions: [' ', ''], boundaries: [] })).toBe(templates[choice].body);
			});
		}

		it(`in ${locale}, only "Yes — with boundaries and support" carries the boundaries`, () => {
			for (const choice of standardChoices) {
				const reply = buildReply(both, { choice, conditions: [], boundaries });
				if (choice === 'yes') expect(reply).toContain(`${templates.yes.withBoundaries}\n- No visits when using`);
				else expect(reply).not.toContain('No visits when using');
			}
		});

		it(`in ${locale}, every choice has different wording`, () => {
			const bodies = standardChoices.map((choice) => templates[choice].body);
			expect(new Set(bodies).size).toBe(standardChoices.length);
		});

		for (const choice of safetyChoices) {
			it(`after the safety card, "${choice}" in ${locale} asks for space and carries no condition or boundary`, () => {
				const reply = buildReply(both, { choice, conditions, boundaries, safetyCardShown: true });
				expect(reply).toBe(safetyReplies[choice]);
				for (const words of [...conditions, ...boundaries]) expect(reply).not.toContain(words);
			});
		}
	}

	it('keeps the person’s words exactly, trimming only the edges', () => {
		const reply = buildReply(catalogue('en'), {
			choice: 'notYet',
			conditions: ['  <b>sober</b> & honest  '],
			boundaries: []
		});
		expect(reply).toContain('- <b>sober</b> & honest');
	});
});

describe('the Step 3 questions message', () => {
	it('numbers the four questions under the opening line', () => {
		const step = catalogue('es').guide.askThem;
		const message = buildQuestionsMessage(step.messageIntro, step.questions);
		expect(message.split('\n')).toEqual([step.messageIntro, ...step.questions.map((q, i) => `${i + 1}. ${q}`)]);
	});
});
