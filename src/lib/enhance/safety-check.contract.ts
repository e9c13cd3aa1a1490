// The private safety check: guide/safety/+page.svelte ↔ safety-check.ts.
export enum SafetyCheckMark {
	form = 'data-safety-form',
	/** Its value is the group: general, partner, elder. */
	questionGroup = 'data-question-group',
	unsafeHere = 'data-unsafe-here',
	continue = 'data-safety-continue',
	showCard = 'data-show-card',
	skip = 'data-skip-check',
	card = 'data-safety-card',
	dangerOnly = 'data-danger-only',
	cardContinue = 'data-card-continue',
	elderCard = 'data-elder-card'
}
