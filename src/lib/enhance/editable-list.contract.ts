// A list the person writes (conditions, boundaries…): EditableList.svelte ↔ editable-list.ts; the examples that add
// to one (the conditions step) are bound by guide.ts.
export enum EditableListMark {
	/** Its value is the list's name in the draft: conditions, boundaries… */
	root = 'data-list',
	items = 'data-items',
	template = 'data-item-template',
	add = 'data-add-item',
	error = 'data-add-error',
	status = 'data-list-status',
	empty = 'data-list-empty',
	/** An example button; its value is the item it adds. */
	example = 'data-use-example'
}

/** The root's heading and words: `edit` and `removeItem` have {n} and {list}; `added` and `removed` {list}. */
export interface EditableListData {
	listName: string;
	edit: string;
	removeItem: string;
	added: string;
	removed: string;
	tooLong: string;
	empty: string;
}

/** An example button's list. */
export interface ListExampleData {
	listTarget: string;
}
