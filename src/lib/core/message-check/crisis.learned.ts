// When the learned word list may speak. It reads words, not what frames them, so the rules' knowledge has the last
// word: a crisis word must be in its stretch, and no guard's frame, refused match or harmless phrase may be.

import { hasCrisisWord } from './anchors.ts';
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
import { harmlessRanges } from './harmless.ts';
import { readLearned, type CrisisWeights } from './learned.ts';
import { toSpan, type Folded } from './normalize.ts';
import { guard } from './rules.ts';
import type { CrisisSpan, Span } from './types.ts';

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
 * its stretch holds no word crisis is said with (anchors.ts) or has a frame the guards know, or when its words are
 * ones a rule saw and refused (`refused`, from findCrisis) or a phrase known to be harmless (harmless.ts).
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
 * The second reading, shared by the check and the story: the rules' spans when they found any (a rule always
 * names the words); otherwise the learned list's, but not where someone else is hurting the writer, which is a
 * safety concern and never self-harm by itself. `safety` is asked only when the rules found nothing.
 */
export function rulesThenLearned(
	ruled: CrisisSpan[],
	safety: () => readonly Span[],
	read: () => CrisisSpan[]
): CrisisSpan[] {
	return ruled.length > 0 || safety().length > 0 ? ruled : read();
}
