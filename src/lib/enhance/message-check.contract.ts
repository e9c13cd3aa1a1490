// The message check on the ask-them step: MessageCheckPanel.svelte ↔ message-check-panel.ts.
export enum MessageCheckMark {
	root = 'data-message-check',
	run = 'data-message-check-run',
	status = 'data-message-check-status',
	result = 'data-message-check-result',
	crisis = 'data-crisis',
	/** Its value is the level: urgent, concern. */
	crisisLevel = 'data-crisis-level',
	safety = 'data-safety',
	safetyWords = 'data-safety-words',
	resultHeading = 'data-result-heading',
	highlighted = 'data-highlighted',
	signalsSection = 'data-signals-section',
	signalList = 'data-signal-list',
	summary = 'data-summary'
}
