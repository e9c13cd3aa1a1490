// "Copy" and "Share" buttons on the guide's steps: CopyButton.svelte (and the decide step's share) ↔ copy.ts.
// Each mark's value is the id of the element whose text is copied or shared.
export enum CopyMark {
	from = 'data-copy-from',
	status = 'data-copy-status',
	shareFrom = 'data-share-from'
}

export interface CopyButtonData {
	copied: string;
	failed: string;
}
