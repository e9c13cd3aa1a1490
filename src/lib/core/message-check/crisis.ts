// Crisis comes first: a message that speaks of suicide or self-harm, an overdose or medical emergency, or a
// threat to someone's life puts crisis resources before anything else the check shows. Each rule says its level
// and category (types.ts); where matches overlap, the strongest level names the words.

import { crisisEnConcern } from './crisis.en.concern.ts';
import { crisisEnMedical } from './crisis.en.medical.ts';
import { crisisEn } from './crisis.en.ts';
import { crisisConcepts } from './crisis.concepts.ts';
import { crisisEsConcern } from './crisis.es.concern.ts';
import { crisisEsMedical } from './crisis.es.medical.ts';
import { crisisEs } from './crisis.es.ts';
import { crisisEsWide } from './crisis.es.wide.ts';
import { crisisHints } from './crisis.hints.ts';
import { negations, type Negation } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { ruleMatches, type CrisisRule } from './rules.ts';
import type { CrisisLevel, CrisisSpan } from './types.ts';

// Both languages run on every message, whatever its locale: people switch language mid-message, and a crisis
// missed because the wrong language was chosen is the worst failure this check can make.
const sets: { rules: CrisisRule[]; negation: Negation }[] = [
	{ rules: [...crisisEn, ...crisisEnMedical, ...crisisEnConcern], negation: negations.en },
	{ rules: [...crisisEs, ...crisisEsMedical, ...crisisEsConcern, ...crisisEsWide], negation: negations.es },
	{ rules: crisisConcepts, negation: negations.both }
];

/** Two different hints in one message make a crisis; one alone does not. */
const hintsNeeded = 2;

/** A folded range and the rule that raised it. */
export interface CrisisMatch {
	start: number;
	end: number;
	rule: Pick<CrisisRule, 'level' | 'category'>;
}

/**
 * Every crisis rule's matches on the folded text, before merging. Matches a guard or a negation turned off go to
 * `refused` when it is given.
 */
export function crisisMatches(folded: Folded, refused?: [number, number][]): CrisisMatch[] {
	const found: CrisisMatch[] = [];
	const add = (rule: CrisisRule, ranges: [number, number][]) => {
		for (const [start, end] of ranges) found.push({ start, end, rule });
	};
	for (const { rules, negation } of sets)
		for (const rule of rules) add(rule, ruleMatches(folded.text, rule, negation, refused));
	const hinted = crisisHints
		.map((rule) => ({ rule, ranges: ruleMatches(folded.text, rule, negations.en) }))
		.filter((hint) => hint.ranges.length > 0);
	if (hinted.length >= hintsNeeded) for (const { rule, ranges } of hinted) add(rule, ranges);
	return found;
}

const strength: Record<CrisisLevel, number> = { urgent: 2, concern: 1 };

/** The strongest level among spans, or null when there are none. */
export function strongestLevel(spans: readonly { level: CrisisLevel }[]): CrisisLevel | null {
	let level: CrisisLevel | null = null;
	for (const span of spans) if (!level || strength[span.level] > strength[level]) level = span.level;
	return level;
}

/**
 * Overlapping or touching ranges joined into one each, named by the strongest among them (the first such, in
 * text order, when two are as strong). Shared by the check's matches and a story's two readings.
 */
export function joinStrongest<T extends { start: number; end: number }>(
	items: T[],
	levelOf: (item: T) => CrisisLevel
): T[] {
	const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
	const joined: T[] = [];
	for (const item of sorted) {
		const last = joined[joined.length - 1];
		if (last && item.start <= last.end) {
			const stronger = strength[levelOf(item)] > strength[levelOf(last)] ? item : last;
			joined[joined.length - 1] = { ...stronger, start: last.start, end: Math.max(last.end, item.end) };
		} else joined.push(item);
	}
	return joined;
}

/** The matches joined (joinStrongest), as spans of the original text with their level and category. */
export function mergeMatches(original: string, folded: Folded, matches: CrisisMatch[]): CrisisSpan[] {
	return joinStrongest(matches, (match) => match.rule.level).map(({ start, end, rule }) => ({
		...toSpan(original, folded, start, end),
		level: rule.level,
		category: rule.category
	}));
}

/**
 * The words that make the message a crisis, in order, each with its level; empty when it is not one. Matches the
 * rules refused go to `refused` when it is given.
 */
export function findCrisis(original: string, folded: Folded, refused?: [number, number][]): CrisisSpan[] {
	return mergeMatches(original, folded, crisisMatches(folded, refused));
}
