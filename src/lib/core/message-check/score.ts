// How well the check does on hand-labelled messages, shared by scripts/eval-message-check.ts and the target
// tests. Scoring is at the message level: for each message, the set of kinds found against the set labelled.
// Crisis messages (crisis: true, kinds: null) score only crisis; their kinds are not scored.

import { checkMessage } from './check.ts';
import { messageLocales, signalKinds, type MessageLocale, type SignalKind } from './types.ts';

export interface LabelledMessage {
	id: string;
	locale: MessageLocale;
	text: string;
	/** The kinds present; null on crisis messages. */
	kinds: SignalKind[] | null;
	crisis: boolean;
}

export interface Prediction {
	crisis: boolean;
	kinds: SignalKind[];
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
	/** Set when the crisis call was wrong: what the label says. */
	crisisExpected?: boolean;
	missing: SignalKind[];
	extra: SignalKind[];
}

export interface Report {
	messages: number;
	crisis: Score;
	kinds: Record<SignalKind, Score>;
	micro: Score;
	mistakes: Mistake[];
}

/** The check itself, reduced to what is scored. */
export const predictWithCheck: Predict = (text, locale) => {
	const check = checkMessage(text, locale);
	return { crisis: check.crisis, kinds: [...new Set(check.signals.map((signal) => signal.kind))] };
};

function score(tp: number, fp: number, fn: number): Score {
	const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
	const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { tp, fp, fn, precision, recall, f1 };
}

const isKind = (value: unknown): value is SignalKind => signalKinds.includes(value as SignalKind);

/** Parses JSON lines of labelled messages; a bad line throws with its source and line number. */
export function parseLabelled(jsonl: string, source = 'input'): LabelledMessage[] {
	const messages: LabelledMessage[] = [];
	jsonl.split('\n').forEach((line, index) => {
		if (line.trim() === '') return;
		const where = `${source}:${index + 1}`;
		let row: Record<string, unknown>;
		try {
			row = JSON.parse(line) as Record<string, unknown>;
		} catch {
			throw new Error(`${where}: not valid JSON`);
		}
		const { id, locale, text, kinds, crisis } = row;
		if (typeof id !== 'string' || id === '') throw new Error(`${where}: "id" must be a non-empty string`);
		if (!messageLocales.includes(locale as MessageLocale)) throw new Error(`${where}: "locale" must be en or es`);
		if (typeof text !== 'string') throw new Error(`${where}: "text" must be a string`);
		if (typeof crisis !== 'boolean') throw new Error(`${where}: "crisis" must be true or false`);
		if (kinds !== null && !(Array.isArray(kinds) && kinds.every(isKind))) {
			throw new Error(`${where}: "kinds" must be null or a list of ${signalKinds.join(', ')}`);
		}
		if (kinds === null && !crisis) throw new Error(`${where}: "kinds" may be null only on a crisis message`);
		messages.push({ id, locale: locale as MessageLocale, text, kinds, crisis });
	});
	return messages;
}

export function scoreMessages(messages: LabelledMessage[], predict: Predict = predictWithCheck): Report {
	const crisis = { tp: 0, fp: 0, fn: 0 };
	const kinds = Object.fromEntries(signalKinds.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<
		SignalKind,
		{ tp: number; fp: number; fn: number }
	>;
	const mistakes: Mistake[] = [];
	for (const message of messages) {
		const predicted = predict(message.text, message.locale);
		if (predicted.crisis && message.crisis) crisis.tp++;
		else if (predicted.crisis) crisis.fp++;
		else if (message.crisis) crisis.fn++;
		const mistake: Mistake = { id: message.id, locale: message.locale, text: message.text, missing: [], extra: [] };
		if (predicted.crisis !== message.crisis) mistake.crisisExpected = message.crisis;
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
		if (mistake.crisisExpected !== undefined || mistake.missing.length > 0 || mistake.extra.length > 0) {
			mistakes.push(mistake);
		}
	}
	const total = (key: 'tp' | 'fp' | 'fn') => signalKinds.reduce((sum, kind) => sum + kinds[kind][key], 0);
	return {
		messages: messages.length,
		crisis: score(crisis.tp, crisis.fp, crisis.fn),
		kinds: Object.fromEntries(
			signalKinds.map((kind) => [kind, score(kinds[kind].tp, kinds[kind].fp, kinds[kind].fn)])
		) as Record<SignalKind, Score>,
		micro: score(total('tp'), total('fp'), total('fn')),
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
