// The paced breathing on the pause step: Breathing.svelte ↔ breathing.ts.
export enum BreathingMark {
	root = 'data-breathing',
	phase = 'data-phase',
	round = 'data-round-text',
	skip = 'data-breathing-skip',
	restart = 'data-breathing-restart'
}

/** The root's words; `round` has {n} and {total}. */
export interface BreathingData {
	in: string;
	out: string;
	done: string;
	round: string;
}

/** Set by the script while a breath runs (app.css moves the circle on it). */
export interface BreathingState {
	state?: 'in' | 'out';
}
