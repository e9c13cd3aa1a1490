import type { Catalogue } from '../i18n/catalogue.ts';

/** The guide's pages in order; Step 1 to 5 are numbered, the decision closes the pass. */
export const guideSteps = [
	{ slug: 'pause', name: 'pause' },
	{ slug: 'ask-yourself', name: 'askYourself' },
	{ slug: 'ask-them', name: 'askThem' },
	{ slug: 'conditions', name: 'conditions' },
	{ slug: 'safe', name: 'safe' },
	{ slug: 'decide', name: 'decide' }
] as const satisfies ReadonlyArray<{ slug: string; name: keyof Catalogue['guide']['stepNames'] }>;

export type GuideStepSlug = (typeof guideSteps)[number]['slug'];

/** The guide numbers its five steps; the decision that follows has no number. */
export const numberedSteps = 5;

export function stepPosition(slug: GuideStepSlug) {
	const index = guideSteps.findIndex((step) => step.slug === slug);
	return {
		number: index < numberedSteps ? index + 1 : null,
		total: numberedSteps,
		previous: index > 0 ? guideSteps[index - 1]!.slug : null,
		next: index < guideSteps.length - 1 ? guideSteps[index + 1]!.slug : null
	};
}

export type GuideStepName = (typeof guideSteps)[number]['name'];

/** The words that frame a pass: each step's name and title, and the decision's closing. */
export interface PassWords {
	stepNames: Record<GuideStepName, string>;
	titles: Record<GuideStepName, string>;
	closingTitle: string;
	closing: readonly string[];
}

/**
 * The pass after the safety card (high danger) speaks of safety from start to end: where a step's name, title or
 * the closing speaks of reconnecting, it has words of its own (t.safety.mode); every other step keeps its own.
 */
export function passWords(t: Catalogue, highDanger: boolean): PassWords {
	const titles = Object.fromEntries(guideSteps.map(({ name }) => [name, t.guide[name].title])) as PassWords['titles'];
	const standard: PassWords = {
		stepNames: t.guide.stepNames,
		titles,
		closingTitle: t.guide.decide.closingTitle,
		closing: t.guide.decide.closing
	};
	if (!highDanger) return standard;
	const mode = t.safety.mode;
	return {
		stepNames: { ...standard.stepNames, ...mode.stepNames },
		titles: { ...standard.titles, ...mode.titles },
		closingTitle: mode.closingTitle,
		closing: mode.closing
	};
}
