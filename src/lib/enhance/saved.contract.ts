// Saved reach-outs: reach-outs/+page.svelte ↔ saved.ts.
export enum SavedMark {
	root = 'data-saved-reach-outs',
	empty = 'data-saved-empty',
	list = 'data-saved-list',
	status = 'data-saved-status',
	template = 'data-saved-template',
	/** In the template: each field filled in, each section hidden when empty, and the two actions. */
	field = 'data-field',
	section = 'data-section',
	open = 'data-open',
	delete = 'data-delete'
}

export type SavedField =
	'when' | 'decision' | 'who' | 'safety' | 'askYourself' | 'theirAnswers' | 'conditions' | 'safe' | 'reply';
export type SavedSection = 'askYourself' | 'theirAnswers' | 'conditions' | 'safe' | 'reply';

export interface SavedData {
	locale: string;
}
