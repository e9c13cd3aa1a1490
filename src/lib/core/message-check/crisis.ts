// Crisis comes first: a message that speaks of suicide or self-harm, an overdose or medical emergency, or a
// threat to someone's life puts crisis resources before anything else the check shows.

import { crisisEnMedical } from './crisis.en.medical.ts';
import { crisisEn } from './crisis.en.ts';
import { crisisConcepts } from './crisis.concepts.ts';
import { crisisEsMedical } from './crisis.es.medical.ts';
import { crisisEs } from './crisis.es.ts';
import { crisisHints } from './crisis.hints.ts';
import { negations } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { mergeRanges, ruleMatches } from './rules.ts';
import type { Span } from './types.ts';

// Both languages run on every message, whatever its locale: people switch language mid-message, and a crisis
// missed because the wrong language was chosen is the worst failure this check can make.
const sets = [
	{ rules: [...crisisEn, ...crisisEnMedical], negation: negations.en },
	{ rules: [...crisisEs, ...crisisEsMedical], negation: negations.es },
	{ rules: crisisConcepts, negation: negations.both }
];

/** Two different hints in one message make a crisis; one alone does not. */
const hintsNeeded = 2;

/** The words that make the message a crisis, in order; empty when it is not one. */
export function findCrisis(original: string, folded: Folded): Span[] {
	const ranges: [number, number][] = [];
	for (const { rules, negation } of sets) {
		for (const rule of rules) ranges.push(...ruleMatches(folded.text, rule, negation));
	}
	const hinted = crisisHints.map((rule) => ruleMatches(folded.text, rule, negations.en)).filter((m) => m.length > 0);
	if (hinted.length >= hintsNeeded) ranges.push(...hinted.flat());
	return mergeRanges(ranges).map(([start, end]) => toSpan(original, folded, start, end));
}
