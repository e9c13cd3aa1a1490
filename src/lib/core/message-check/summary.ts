// A few words for the whole message, in the guide's own terms ("Are they showing up with action, or just
// apology?", "If they deflect, blame, or manipulate, pause"). Keys only: the UI translates them.

import type { MessageCheck } from './types.ts';

/** In the order the UI shows them. */
export const summaryKeys = [
	/** A request: "What kind of help are you asking for?" */
	'asksForSomething',
	/** Apology or promise and no action: words about change, and no concrete step yet. */
	'changeWithoutAction',
	/** Action: a concrete step taken or scheduled. */
	'concreteSteps',
	/** Responsibility taken without putting it on the family member. */
	'ownsIt',
	/** Blame or minimizing: "If they deflect, blame, or manipulate, pause. It might not be time." */
	'deflects',
	/** Pressure or guilt: "You don't owe an immediate answer." */
	'pressure',
	/** None of the patterns the guide names. */
	'nothingFound'
] as const;

export type SummaryKey = (typeof summaryKeys)[number];

/**
 * The summary keys that apply, in `summaryKeys` order. A crisis message with no other signal gets no key at
 * all rather than "nothing found": the crisis resources are what the person sees first.
 */
export function summarize(check: MessageCheck): SummaryKey[] {
	const kinds = new Set(check.signals.map((signal) => signal.kind));
	const keys = new Set<SummaryKey>();
	if (kinds.has('request')) keys.add('asksForSomething');
	if (kinds.has('action')) keys.add('concreteSteps');
	else if (kinds.has('apology')) keys.add('changeWithoutAction');
	if (kinds.has('responsibility')) keys.add('ownsIt');
	if (kinds.has('blame') || kinds.has('minimizing')) keys.add('deflects');
	if (kinds.has('pressure') || kinds.has('guilt')) keys.add('pressure');
	if (keys.size === 0 && !check.crisis) keys.add('nothingFound');
	return summaryKeys.filter((key) => keys.has(key));
}
