// The shape of a pattern and the one loop that runs it, shared by the crisis check and the signals.

import type { CrisisWeights } from './learned.ts';
import { isNegated, sentenceAt, type Negation } from './negation.ts';
import type { CrisisCategory, CrisisLevel, SignalKind } from './types.ts';

export interface Rule {
	/** Runs on the folded text (normalize.ts), so it is written in lower case without accents or apostrophes. */
	re: RegExp;
	/** Whether a negation just before the match turns it off. Off for patterns that carry their own "not". */
	negatable?: boolean;
	/** When this matches the sentence around the match, the match does not count (jokes, news, the past). */
	unless?: RegExp;
	/** When set, the match counts only if the whole message also matches this (shaking counts in withdrawal). */
	requires?: RegExp;
}

/** A crisis rule says what it raises; `crisis.ts` keeps the strongest level where matches overlap. */
export interface CrisisRule extends Rule {
	level: CrisisLevel;
	category: CrisisCategory;
}

/** Rules that share a level and category, written once for the group. */
export function crisisRules(level: CrisisLevel, category: CrisisCategory, rules: Rule[]): CrisisRule[] {
	return rules.map((rule) => ({ ...rule, level, category }));
}

export interface SignalRule extends Rule {
	kind: SignalKind;
	/** Kinds this match cancels in its own sentence: "sorry you feel that way" is not an apology. */
	masks?: SignalKind[];
}

/** One language's signal patterns. */
export interface LocalePatterns {
	rules: SignalRule[];
	/**
	 * Words just before an action that make it an intention ("I'll go to rehab", "quiero ir a terapia"): without
	 * a date, an appointment or a step already taken in the sentence, that is a promise, not an action.
	 */
	intent: RegExp;
	/** What makes an intended step concrete: a day, a time, an appointment, a call already made. */
	concrete: RegExp;
	/** The learned word list of this language (learned.ts), read for crisis when the rules found none. */
	crisisWeights: CrisisWeights;
}

/**
 * A global pattern from a raw template, so word lists can be shared between patterns:
 * re`\b(?:${drugs}) with alcohol\b`. Backslashes stay as written.
 */
export function re(strings: TemplateStringsArray, ...parts: string[]): RegExp {
	return new RegExp(String.raw(strings, ...parts), 'g');
}

/** String.raw by a short name, for one alternative of a pattern per line: anyOf(r`…`, r`…`). */
export const r = String.raw;

/** A global pattern matching any of the alternatives, each written on its own line so it can be read alone. */
export function anyOf(...alternatives: string[]): RegExp {
	return new RegExp(alternatives.join('|'), 'g');
}

/** A pattern for `unless` and `requires`, built the same way. */
export function guard(strings: TemplateStringsArray, ...parts: string[]): RegExp {
	return new RegExp(String.raw(strings, ...parts));
}

/**
 * Folded ranges [start, end) where the rule holds. Matches a negation or the rule's guard turned off are added to
 * `refused` when it is given: the rule saw those words and judged them not to count.
 */
export function ruleMatches(
	text: string,
	rule: Rule,
	negation: Negation,
	refused?: [number, number][]
): [number, number][] {
	const found: [number, number][] = [];
	if (rule.requires && !rule.requires.test(text)) return found;
	// Whether `unless` holds, by sentence start: many matches can share one long sentence.
	const guarded = new Map<number, boolean>();
	for (const match of text.matchAll(rule.re)) {
		const start = match.index;
		const end = start + match[0].length;
		if (end === start) continue;
		if (rule.negatable !== false && isNegated(text, start, negation)) {
			refused?.push([start, end]);
			continue;
		}
		if (rule.unless) {
			const sentence = sentenceAt(text, start);
			let skip = guarded.get(sentence.start);
			if (skip === undefined) {
				skip = rule.unless.test(text.slice(sentence.start, sentence.end));
				guarded.set(sentence.start, skip);
			}
			if (skip) {
				refused?.push([start, end]);
				continue;
			}
		}
		found.push([start, end]);
	}
	return found;
}

/** Overlapping or touching ranges joined, in order. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const [start, end] of sorted) {
		const last = merged[merged.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}
