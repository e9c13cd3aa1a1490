// The markup's side of every contract (*.contract.ts). An element a script needs is marked by a data attribute
// named once, in its contract's enum of marks: the markup spreads it (mark), the script queries it as `[${…}]`.
// The marks are string enums because esbuild writes an enum's values in place (and folds them into those template
// literals), so a contract costs the page scripts nothing. The other data attributes on an element are its dataset,
// typed in the contract: the markup writes them (dataAttributes), the script reads them (dataOf and text in dom.ts).

export type DataName = `data-${string}`;

/**
 * The attribute as markup writes it: `<p {...mark(BreathingMark.phase)}>` renders `<p data-phase="">`, and
 * `mark(SavedMark.field, 'when')` renders `data-field="when"`. A null value renders no attribute at all.
 */
export function mark<const Name extends DataName>(
	name: Name,
	value: string | null = ''
): { [K in Name]: string | null } {
	return { [name]: value } as { [K in Name]: string | null };
}

/**
 * An element's dataset as markup writes it, in the order given: `dataAttributes<BringInData>({ replyDrafted })`
 * renders `data-reply-drafted="…"`. The type argument makes the markup name every key the script reads.
 */
export function dataAttributes<Data extends object>(data: Data): Record<DataName, string | undefined> {
	const attributes: Record<DataName, string | undefined> = {};
	for (const [key, value] of Object.entries(data) as Array<[string, string | undefined]>)
		attributes[`data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`] = value;
	return attributes;
}
