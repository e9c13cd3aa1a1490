import { checkListItem, limits, type PlanLists } from '#lib/core/guide/reach-out.ts';
import type { DraftSession } from './draft-session.ts';
import { EditableListMark, type EditableListData } from './editable-list.contract.ts';
import { $, announce, cloneTemplate, dataOf, text } from './dom.ts';

export interface ListController {
	add(item: string): void;
	/** Draws the list again from the draft, after something else changed it (the plan, for instance). */
	refresh(): void;
}

/** A list the person writes (conditions, boundaries…): add, edit in place, remove; kept in the draft. */
export function bindEditableList(section: HTMLElement, session: DraftSession): ListController {
	const key = section.getAttribute(EditableListMark.root) as keyof PlanLists;
	const listName = dataOf<EditableListData>(section).listName ?? '';
	const items = $(`[${EditableListMark.items}]`, section)!;
	const template = $(`[${EditableListMark.template}]`, section) as HTMLTemplateElement;
	const form = $(`[${EditableListMark.add}]`, section) as HTMLFormElement;
	const input = form.querySelector('input')!;
	const error = $(`[${EditableListMark.error}]`, section)!;
	const status = $(`[${EditableListMark.status}]`, section);
	const empty = $(`[${EditableListMark.empty}]`, section);

	function render(focusIndex?: number): void {
		const list = session.draft[key];
		items.replaceChildren(
			...list.map((item, index) => {
				const row = cloneTemplate(template);
				const area = row.querySelector('textarea')!;
				const remove = row.querySelector('button')!;
				area.value = item;
				area.setAttribute('aria-label', text<EditableListData>(section, 'edit', { n: index + 1, list: listName }));
				remove.setAttribute(
					'aria-label',
					text<EditableListData>(section, 'removeItem', { n: index + 1, list: listName })
				);
				area.addEventListener('input', () => {
					void session.update((draft) => (draft[key][index] = area.value.slice(0, limits.item)));
				});
				remove.addEventListener('click', () => {
					void session.update((draft) => draft[key].splice(index, 1));
					render();
					announce(status, text<EditableListData>(section, 'removed', { list: listName }));
					input.focus();
				});
				return row;
			})
		);
		if (empty) empty.hidden = list.length > 0;
		if (focusIndex !== undefined) items.querySelectorAll('textarea')[focusIndex]?.focus();
	}

	function add(raw: string): boolean {
		const checked = checkListItem(raw);
		if (!checked.ok) {
			error.textContent = text<EditableListData>(section, checked.reason === 'empty' ? 'empty' : 'tooLong');
			input.setAttribute('aria-invalid', 'true');
			return false;
		}
		error.textContent = '';
		input.removeAttribute('aria-invalid');
		if (session.draft[key].length >= limits.listItems) return false;
		void session.update((draft) => draft[key].push(checked.item));
		render();
		announce(status, text<EditableListData>(section, 'added', { list: listName }));
		return true;
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (add(input.value)) input.value = '';
		input.focus();
	});

	// The form is on screen from the start (no layout shift); it works once this script has bound it.
	form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
	render();
	return {
		add(item) {
			if (!session.draft[key].includes(item.trim())) add(item);
		},
		refresh() {
			render();
		}
	};
}
