// How well the check does on hand-labelled messages (labelled.ts), shared by scripts/eval-message-check.ts and the
// target tests. Scoring is at the message level: for each message, the set of kinds found against the set labelled.
// Crisis messages (crisis: true, kinds: null) score only crisis; their kinds are not scored. Messages that also
// carry a level, a category, a safety flag and a split (real-voice.*.jsonl) are scored per level, per category,
// for false alarms on the hard negatives, and for safety; older fixtures carry none of those.

import { checkMessage } from './check.ts';
import {
	isQuiet,
	quietCategories,
	type LabelledMessage,
	type MessageCategory,
	type QuietCategory,
	type Split
} from './labelled.ts';
import {
	allCrisisCategories,
	crisisLevels,
	messageLocales,
	signalKinds,
	type CrisisCategory,
	type CrisisLevel,
	type MessageLocale,
	type SignalKind
} from './types.ts';

export interface Prediction {
	crisis: boolean;
	kinds: SignalKind[];
	/** The level called; a predictor that does not give one (undefined) is not scored per level. */
	level?: CrisisLevel | null;
	/** Whether any safety span was found; undefined when the predictor does not say, and then not scored. */
	safety?: boolean;
}

export type Predict = (text: string, locale: MessageLocale) => Prediction;

export interface Score {
	tp: number;
	fp: number;
	fn: number;
	/** Vacuous cases (nothing predicted, or nothing to find) count as 1; the counts tell them apart. */
	precision: number;
	recall: number;
	f1: number;
}

export interface Mistake {
	id: string;
	locale: MessageLocale;
	text: string;
	category?: MessageCategory;
	split?: Split;
	/** Set when the crisis call was wrong: what the label says. */
	crisisExpected?: boolean;
	/** Set when both call it a crisis but at different levels. */
	level?: { expected: CrisisLevel; predicted: CrisisLevel };
	/** Set when the safety call was wrong: what the label says. */
	safetyExpected?: boolean;
	missing: SignalKind[];
	extra: SignalKind[];
}

/**
 * `hits` of `of` messages. `share` is hits / of; with nothing to count it is 1 for a recall or precision and 0
 * for a false-alarm rate, and `of` tells those apart.
 */
export interface Share {
	hits: number;
	of: number;
	share: number;
}

export interface LevelScore {
	/** Of the messages labelled this level, those called a crisis at any level. */
	recall: Share;
	/** Of the messages called a crisis at this level, those labelled a crisis at any level. */
	precision: Share;
	/** Of the messages labelled this level, those called a crisis at this very level. */
	exact: Share;
}

export interface Report {
	messages: number;
	crisis: Score;
	kinds: Record<SignalKind, Score>;
	micro: Score;
	/** Per level; recall and exact count only messages labelled with a level. */
	levels: Record<CrisisLevel, LevelScore>;
	/** Per crisis category: of the messages labelled with it, those called a crisis. */
	categories: Record<CrisisCategory, Share>;
	/** Per quiet category: of the messages labelled with it, those called a crisis (lower is better). */
	falseAlarms: Record<QuietCategory, Share>;
	/** The safety call, on the messages labelled for safety. */
	safety: Score;
	mistakes: Mistake[];
}

/** The check itself, reduced to what is scored. */
export const predictWithCheck: Predict = (text, locale) => {
	const check = checkMessage(text, locale);
	return {
		crisis: check.crisis,
		kinds: [...new Set(check.signals.map((signal) => signal.kind))],
		level: check.level,
		safety: check.safetySpans.length > 0
	};
};

const share = (hits: number, of: number, empty: number): Share => ({ hits, of, share: of === 0 ? empty : hits / of });

function score(tp: number, fp: number, fn: number): Score {
	const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
	const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { tp, fp, fn, precision, recall, f1 };
}

export function scoreMessages(messages: LabelledMessage[], predict: Predict = predictWithCheck): Report {
	const crisis = { tp: 0, fp: 0, fn: 0 };
	const kinds = Object.fromEntries(signalKinds.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<
		SignalKind,
		{ tp: number; fp: number; fn: number }
	>;
	const tally = () => ({ hits: 0, of: 0 });
	const levels = Object.fromEntries(
		crisisLevels.map((level) => [level, { recall: tally(), precision: tally(), exact: tally() }])
	) as Record<CrisisLevel, Record<keyof LevelScore, { hits: number; of: number }>>;
	const categories = Object.fromEntries(allCrisisCategories.map((category) => [category, tally()])) as Record<
		CrisisCategory,
		{ hits: number; of: number }
	>;
	const falseAlarms = Object.fromEntries(quietCategories.map((category) => [category, tally()])) as Record<
		QuietCategory,
		{ hits: number; of: number }
	>;
	const safety = { tp: 0, fp: 0, fn: 0 };
	const mistakes: Mistake[] = [];
	for (const message of messages) {
		const predicted = predict(message.text, message.locale);
		if (predicted.crisis && message.crisis) crisis.tp++;
		else if (predicted.crisis) crisis.fp++;
		else if (message.crisis) crisis.fn++;
		const predictedLevel = predicted.crisis ? (predicted.level ?? null) : null;
		if (predictedLevel) {
			levels[predictedLevel].precision.of++;
			if (message.crisis) levels[predictedLevel].precision.hits++;
		}
		if (message.level) {
			const level = levels[message.level];
			level.recall.of++;
			if (predicted.crisis) level.recall.hits++;
			if (predicted.level !== undefined) {
				level.exact.of++;
				if (predictedLevel === message.level) level.exact.hits++;
			}
		}
		if (message.category !== undefined) {
			const counts = isQuiet(message.category) ? falseAlarms[message.category] : categories[message.category];
			counts.of++;
			if (predicted.crisis) counts.hits++;
		}
		const safetyScored = message.safety !== undefined && predicted.safety !== undefined;
		if (safetyScored) {
			if (predicted.safety && message.safety) safety.tp++;
			else if (predicted.safety) safety.fp++;
			else if (message.safety) safety.fn++;
		}
		const mistake: Mistake = {
			id: message.id,
			locale: message.locale,
			text: message.text,
			...(message.category !== undefined && { category: message.category }),
			...(message.split !== undefined && { split: message.split }),
			missing: [],
			extra: []
		};
		if (predicted.crisis !== message.crisis) mistake.crisisExpected = message.crisis;
		if (message.level && predictedLevel && predictedLevel !== message.level) {
			mistake.level = { expected: message.level, predicted: predictedLevel };
		}
		if (safetyScored && predicted.safety !== message.safety) mistake.safetyExpected = message.safety;
		if (message.kinds !== null) {
			const gold = new Set(message.kinds);
			const got = new Set(predicted.kinds);
			for (const kind of signalKinds) {
				if (gold.has(kind) && got.has(kind)) {
					kinds[kind].tp++;
				} else if (got.has(kind)) {
					kinds[kind].fp++;
					mistake.extra.push(kind);
				} else if (gold.has(kind)) {
					kinds[kind].fn++;
					mistake.missing.push(kind);
				}
			}
		}
		const wrong = [mistake.crisisExpected, mistake.level, mistake.safetyExpected].some((x) => x !== undefined);
		if (wrong || mistake.missing.length > 0 || mistake.extra.length > 0) mistakes.push(mistake);
	}
	const total = (key: 'tp' | 'fp' | 'fn') => signalKinds.reduce((sum, kind) => sum + kinds[kind][key], 0);
	return {
		messages: messages.length,
		crisis: score(crisis.tp, crisis.fp, crisis.fn),
		kinds: Object.fromEntries(
			signalKinds.map((kind) => [kind, score(kinds[kind].tp, kinds[kind].fp, kinds[kind].fn)])
		) as Record<SignalKind, Score>,
		micro: score(total('tp'), total('fp'), total('fn')),
		levels: Object.fromEntries(
			crisisLevels.map((level) => {
				const { recall, precision, exact } = levels[level];
				return [
					level,
					{
						recall: share(recall.hits, recall.of, 1),
						precision: share(precision.hits, precision.of, 1),
						exact: share(exact.hits, exact.of, 1)
					}
				];
			})
		) as Record<CrisisLevel, LevelScore>,
		categories: Object.fromEntries(
			allCrisisCategories.map((category) => [category, share(categories[category].hits, categories[category].of, 1)])
		) as Record<CrisisCategory, Share>,
		falseAlarms: Object.fromEntries(
			quietCategories.map((category) => [category, share(falseAlarms[category].hits, falseAlarms[category].of, 0)])
		) as Record<QuietCategory, Share>,
		safety: score(safety.tp, safety.fp, safety.fn),
		mistakes
	};
}

/** One report per locale present, and one for all messages together. */
export function scoreByLocale(
	messages: LabelledMessage[],
	predict: Predict = predictWithCheck
): { overall: Report } & Partial<Record<MessageLocale, Report>> {
	const reports: { overall: Report } & Partial<Record<MessageLocale, Report>> = {
		overall: scoreMessages(messages, predict)
	};
	for (const locale of messageLocales) {
		const own = messages.filter((message) => message.locale === locale);
		if (own.length > 0) reports[locale] = scoreMessages(own, predict);
	}
	return reports;
}
