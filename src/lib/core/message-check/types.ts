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

export interface MessageCheck {
	/** Suicide or self-harm, an overdose or medical emergency, or a threat to someone's life: crisis resources first. */
	crisis: boolean;
	/** The words that made it a crisis, for the UI to show. Empty when crisis is false. */
	crisisSpans: Span[];
	signals: Signal[];
}
