// Someone else hurting or threatening the writer: "he hit me again", "mi pareja me golpea". That is a safety
// concern for the writer, worth its own words and the domestic violence line; it is not self-harm and not by
// itself a crisis (a threat to the writer's life is, in crisis.*.ts). Both languages run on every message.

import { past } from './guards.ts';
import { negations } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { guard, mergeRanges, re, ruleMatches, type Rule } from './rules.ts';
import type { Span } from './types.ts';

export const safetyRules: Rule[] = [
	{
		re: re`\b(?:he|she|they|someone|somebody|hes|shes|theyre)\b(?: \w+){0,2}? (?:hit\w*|beat\w*|chok\w+|strangl\w+|punched|slapp\w*|push\w*|shov\w*|kick\w*) (?:me|us)\b(?! (?:up|a |an |some|with the truth|to|into (?:going|doing)|around))`,
		unless: guard`${past}`
	},
	{
		re: re`\bme (?:golpeo|golpea|golpearon|estan golpeando|esta golpeando|pega|pego|pegaron|ahorco|ahorca|estrangulo|empuja|empujo|patea|pateo|cachetea|cacheteo)\b`,
		unless: guard`${past}`
	}
];

/** Where someone else hurts or threatens the writer, in order; empty when nothing does. */
export function findSafety(original: string, folded: Folded): Span[] {
	const ranges = safetyRules.flatMap((rule) => ruleMatches(folded.text, rule, negations.both));
	return mergeRanges(ranges).map(([start, end]) => toSpan(original, folded, start, end));
}
