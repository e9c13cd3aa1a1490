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
