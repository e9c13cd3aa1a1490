import { describe, expect, it } from 'vitest';
import { catalogue, locales } from '../i18n/catalogue.ts';
import { guideSteps, passWords, type PassWords } from './steps.ts';

/** Words of reconnecting, in either language: none may frame the pass after the safety card. */
const reconnectionWording =
	/reconnect|reconect|re-engage|door reopens|door opens|puerta|vuelve a abrir|volver a abrir|your terms|tus términos|recovery|recuperación/i;

function everyLine(words: PassWords): string[] {
	return [...Object.values(words.stepNames), ...Object.values(words.titles), words.closingTitle, ...words.closing];
}

describe('the words that frame a pass', () => {
	for (const locale of locales) {
		const t = catalogue(locale);
		const standard = passWords(t, false);
		const highDanger = passWords(t, true);

		it(`${locale}: the standard pass keeps the guide's own names, titles and closing`, () => {
			expect(standard.stepNames).toEqual(t.guide.stepNames);
			for (const { name } of guideSteps) expect(standard.titles[name]).toBe(t.guide[name].title);
			expect(standard.closingTitle).toBe(t.guide.decide.closingTitle);
			expect(standard.closing).toEqual(t.guide.decide.closing);
		});

		it(`${locale}: the high-danger pass speaks of safety, not reconnection, from its step names to its closing`, () => {
			const reconnectionTexts = [
				t.guide.conditions.title,
				t.guide.stepNames.conditions,
				t.guide.decide.closingTitle,
				...t.guide.decide.closing
			];
			for (const line of everyLine(highDanger)) {
				expect(line, line).not.toMatch(reconnectionWording);
				expect(reconnectionTexts, line).not.toContain(line);
			}
			expect(highDanger.titles.conditions).toBe(t.safety.mode.titles.conditions);
			expect(highDanger.closingTitle).toBe(t.safety.mode.closingTitle);
		});

		it(`${locale}: the high-danger pass keeps the step numbers and every other step's title`, () => {
			for (const { name } of guideSteps) {
				if (name !== 'conditions') expect(highDanger.titles[name]).toBe(standard.titles[name]);
			}
			expect(highDanger.titles.conditions.split(':')[0]).toBe(standard.titles.conditions.split(':')[0]);
		});
	}
});
