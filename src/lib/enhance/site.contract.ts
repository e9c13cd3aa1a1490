// Every page (app.ts): the quick exit links (the header's, and the safety check's) and the notes that say what needs
// a script (hidden once it runs).
export enum SiteMark {
	quickExit = 'data-quick-exit',
	noScript = 'data-no-script'
}
