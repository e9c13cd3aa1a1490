// What one level of crisis says: CrisisLevel.svelte; a script fills in the words that raised it.
export enum CrisisLevelMark {
	words = 'data-crisis-words',
	wordsLine = 'data-crisis-words-line'
}
