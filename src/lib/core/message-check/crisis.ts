// Crisis comes first: a message that speaks of suicide or self-harm, an overdose or medical emergency, or a
// threat to someone's life puts crisis resources before anything else the check shows. Each rule says its level
// and category (types.ts); where matches overlap, the strongest level names the words.

import { crisisEnConcern } from './crisis.en.concern.ts';
import { crisisEnMedical } from './crisis.en.medical.ts';
import { crisisEn } from './crisis.en.ts';
import { hasCrisisWord } from './anchors.ts';
import { crisisConcepts } from './crisis.concepts.ts';
import { crisisEsConcern } from './crisis.es.concern.ts';
import { crisisEsMedical } from './crisis.es.medical.ts';
import { crisisEs } from './crisis.es.ts';
import { crisisEsWide } from './crisis.es.wide.ts';
import { crisisHints } from './crisis.hints.ts';
import { harmlessRanges } from './harmless.ts';
import { readLearned, type CrisisWeights } from './learned.ts';
import { negations, type Negation } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { guard, ruleMatches, type CrisisRule } from './rules.ts';
import {
	bounded,
	hearsay,
	hyperbole,
	hyperboleEs,
	joke,
	longAgo,
	news,
	othersDeathEs,
	past,
	pastEs,
	recovered,
	recoveredEs,
	reported,
	toldSo
} from './guards.ts';
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

/** A wish for a while in Spanish, said plainly: guards.ts's boundedEs only works as a lookahead after a rule. */
const forAWhileEs = String.raw`\b(?:hasta (?:el|la|manana|que|las|mediodia|\d)|un rato|una semana|un mes|unos dias|unas horas|todo el (?:dia|finde|fin de semana)|(?:este|el) (?:fin de semana|finde|puente|verano)|de vacaciones|a la playa|en (?:la playa|vacaciones))\b`;

/**
 * What the rules' guards say is not the writer's crisis: jokes and hyperbole, a wish for a while, news and others'
 * deaths, the past and recovery, a question someone else asked, what someone else calls the writer. The learned
 * list reads words, not their frame, so its flag is dropped when its stretch has one of these.
 */
const notTheWritersCrisis = guard`${joke}|${hyperbole}|${hyperboleEs}|${bounded}|${forAWhileEs}|${news}|${othersDeathEs}|${hearsay}|${reported}|${past}|${pastEs}|${longAgo}|${recovered}|${recoveredEs}|${toldSo}`;

/**
 * The learned list's flag (learned.ts) as a span of the original text; empty when the list reads no crisis, when
 * its stretch holds no word crisis is said with (anchors.ts), when it has a frame the guards know, or when its words are ones a rule saw and refused (`refused`) or a
 * phrase known to be harmless (harmless.ts).
 */
export function findLearned(
	original: string,
	folded: Folded,
	weights: CrisisWeights,
	refused: [number, number][]
): CrisisSpan[] {
	const flag = readLearned(folded, weights);
	if (!flag) return [];
	const stretch = folded.text.slice(...flag.stretch);
	if (!hasCrisisWord(stretch) || notTheWritersCrisis.test(stretch)) return [];
	const overlaps = ([start, end]: [number, number]) => start < flag.end && flag.start < end;
	if (refused.some(overlaps) || harmlessRanges(folded.text).some(overlaps)) return [];
	return [{ ...toSpan(original, folded, flag.start, flag.end), level: flag.level, category: flag.category }];
}

/**
 * The words that make the message a crisis, in order, each with its level; empty when it is not one. Matches the
 * rules refused go to `refused` when it is given.
 */
export function findCrisis(original: string, folded: Folded, refused?: [number, number][]): CrisisSpan[] {
	return mergeMatches(original, folded, crisisMatches(folded, refused));
}
