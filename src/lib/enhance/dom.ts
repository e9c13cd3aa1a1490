import { format } from '#lib/core/i18n/format.ts';

export function $(selector: string, root: ParentNode = document): HTMLElement | null {
	return root.querySelector<HTMLElement>(selector);
}

export function $$(selector: string, root: ParentNode = document): HTMLElement[] {
	return [...root.querySelectorAll<HTMLElement>(selector)];
}

/** Reads an inert JSON block the server rendered from the catalogue. */
export function readJson<T>(id: string): T {
	const element = document.getElementById(id);
	if (!element?.textContent) throw new Error(`missing data block #${id}`);
	return JSON.parse(element.textContent) as T;
}

/**
 * A catalogue string the server put in a data attribute, with its placeholders filled. The contract's dataset type
 * (`text<BreathingData>(section, 'done')`) names the keys the element carries.
 */
export function text<Data extends object = Record<string, string>>(
	element: HTMLElement,
	key: Extract<keyof Data, string>,
	values: Record<string, string | number> = {}
): string {
	return format(element.dataset[key] ?? '', values);
}

/** An element's dataset with the keys its contract declares (*.contract.ts); the server may leave any out. */
export function dataOf<Data extends object>(element: HTMLElement): Partial<Data> {
	return element.dataset as Partial<Data>;
}

export function reveal(...elements: Array<HTMLElement | null>): void {
	for (const element of elements) if (element) element.hidden = false;
}

/** Says something to screen readers (and shows it) in a role=status element. */
export function announce(status: HTMLElement | null, message: string): void {
	if (!status) return;
	status.textContent = '';
	// A fresh text node after clearing makes screen readers read the same message twice in a row.
	requestAnimationFrame(() => (status.textContent = message));
}

export function cloneTemplate(template: HTMLTemplateElement): HTMLElement {
	return (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
}
