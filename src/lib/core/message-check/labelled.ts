// Hand-labelled messages: what a message may be labelled with, the train and held-out splits, and reading them
// from JSON lines with every label checked, for the scoring (score.ts), the training and the tests.

import {
	allCrisisCategories,
	crisisCategories,
	crisisLevels,
	messageLocales,
	signalKinds,
	type CrisisCategory,
	type CrisisLevel,
	type MessageLocale,
	type SignalKind
} from './types.ts';

/** What a message that is not a crisis is, the hard negatives first. */
export const quietCategories = ['hyperbole', 'bounded_wish', 'news', 'hurt_by_others', 'recovery', 'everyday'] as const;
export type QuietCategory = (typeof quietCategories)[number];
export type MessageCategory = CrisisCategory | QuietCategory;

/** `train` may be tuned on; `held-out` is the honest test and must never be read while writing rules. */
export const splits = ['train', 'held-out'] as const;
export type Split = (typeof splits)[number];

export interface LabelledMessage {
	id: string;
	locale: MessageLocale;
	text: string;
	/** The kinds present; null when they are not scored (crisis messages, and real-voice ones). */
	kinds: SignalKind[] | null;
	crisis: boolean;
	/** The level of a crisis, null when there is none. */
	level?: CrisisLevel | null;
	/** The strongest thing in the message: a crisis category of its level, or a quiet one. */
	category?: MessageCategory;
	/** Someone else hurting or threatening the writer. */
	safety?: boolean;
	split?: Split;
}

/** The messages of one split. Messages with no split (the older fixtures, all of them tuned on) count as train. */
export function inSplit(messages: LabelledMessage[], split: Split): LabelledMessage[] {
	return messages.filter((message) => (message.split ?? 'train') === split);
}

const isKind = (value: unknown): value is SignalKind => signalKinds.includes(value as SignalKind);
export const isQuiet = (value: unknown): value is QuietCategory => quietCategories.includes(value as QuietCategory);

/** The optional labels of real-voice messages, checked against each other; throws with where. */
function optionalLabels(row: Record<string, unknown>, crisis: boolean, where: string): Partial<LabelledMessage> {
	const labels: Partial<LabelledMessage> = {};
	const { level, category, safety, split } = row;
	if (level !== undefined) {
		if (level !== null && !crisisLevels.includes(level as CrisisLevel)) {
			throw new Error(`${where}: "level" must be null, ${crisisLevels.join(' or ')}`);
		}
		if ((level !== null) !== crisis) throw new Error(`${where}: "level" must be set exactly when "crisis" is true`);
		labels.level = level as CrisisLevel | null;
	}
	if (category !== undefined) {
		if (crisis) {
			const allowed: readonly string[] = labels.level ? crisisCategories[labels.level] : allCrisisCategories;
			if (!allowed.includes(category as string)) {
				throw new Error(
					`${where}: "category" of a crisis${labels.level ? ` (${labels.level})` : ''} must be ${allowed.join(', ')}`
				);
			}
		} else if (!isQuiet(category)) {
			throw new Error(`${where}: "category" of a message that is not a crisis must be ${quietCategories.join(', ')}`);
		}
		labels.category = category as MessageCategory;
	}
	if (safety !== undefined) {
		if (typeof safety !== 'boolean') throw new Error(`${where}: "safety" must be true or false`);
		if (category === 'hurt_by_others' && !safety)
			throw new Error(`${where}: "hurt_by_others" must have "safety": true`);
		labels.safety = safety;
	}
	if (split !== undefined) {
		if (!splits.includes(split as Split)) throw new Error(`${where}: "split" must be ${splits.join(' or ')}`);
		labels.split = split as Split;
	}
	return labels;
}

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
		if (kinds === null && !crisis && row.category === undefined) {
			throw new Error(`${where}: "kinds" may be null only on a crisis message, or one with a "category"`);
		}
		messages.push({ id, locale: locale as MessageLocale, text, kinds, crisis, ...optionalLabels(row, crisis, where) });
	});
	return messages;
}
