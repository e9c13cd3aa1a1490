// The message check's contract: what the analyzer returns, shared by the browser, the API and the tests.

export const signalKinds = [
	'request',
	'apology',
	'action',
	'responsibility',
	'blame',
	'minimizing',
	'pressure',
	'guilt'
] as const;
export type SignalKind = (typeof signalKinds)[number];

export const messageLocales = ['en', 'es'] as const;
export type MessageLocale = (typeof messageLocales)[number];

/** A span of the message, by UTF-16 offsets into the text as given: text.slice(start, end) === quote. */
export interface Span {
	start: number;
	end: number;
	quote: string;
}

export interface Signal extends Span {
	kind: SignalKind;
	/** A short, plain explanation of the pattern, in the message's language; never a verdict. */
	explanation: string;
}

/**
 * Both levels are a crisis and put crisis resources first; the words differ. `urgent`: act now (911 and 988
 * first). `concern`: a wish to be dead or the ground it grows in (988 first, and "it is all right to ask").
 */
export const crisisLevels = ['urgent', 'concern'] as const;
export type CrisisLevel = (typeof crisisLevels)[number];

/** What raised a crisis, by level: the categories of `shared/message-check/README.md`. */
export const crisisCategories = {
	urgent: ['intent', 'method', 'farewell', 'overdose', 'self_harm_now', 'withdrawal', 'threat'],
	concern: ['passive_wish', 'worthless', 'burden', 'trapped', 'self_harm_past']
} as const;
export type CrisisCategory = (typeof crisisCategories)[CrisisLevel][number];
/** Every crisis category, the urgent ones first. */
export const allCrisisCategories: readonly CrisisCategory[] = crisisLevels.flatMap((level) => crisisCategories[level]);

/** The level a category belongs to. */
export function crisisLevelOf(category: CrisisCategory): CrisisLevel {
	return crisisLevels.find((level) => (crisisCategories[level] as readonly CrisisCategory[]).includes(category))!;
}

/** The words that raised a crisis, with the level and category of the strongest rule that matched them. */
export interface CrisisSpan extends Span {
	level: CrisisLevel;
	category: CrisisCategory;
}

export interface MessageCheck {
	/** Suicide or self-harm, an overdose or medical emergency, or a threat to someone's life: crisis resources first. */
	crisis: boolean;
	/** The strongest level among the crisis spans; null when crisis is false. */
	level: CrisisLevel | null;
	/** The words that made it a crisis, for the UI to show. Empty when crisis is false. */
	crisisSpans: CrisisSpan[];
	/**
	 * Someone else hurting or threatening the writer ("he hit me again"): a safety concern for the writer, worth
	 * its own words and the domestic violence line. Not self-harm, and not by itself a crisis.
	 */
	safetySpans: Span[];
	signals: Signal[];
}
