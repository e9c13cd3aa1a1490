import { limits, type ReachOut } from '#lib/core/guide/reach-out.ts';
import type { DraftSession } from './draft-session.ts';
import { DraftFieldsMark } from './draft.contract.ts';
import { $$ } from './dom.ts';

// Form fields inside DraftFieldsMark.root are named after their place in the draft ("askYourselfNotes.recovery").

type Field = HTMLInputElement | HTMLTextAreaElement;

function read(draft: ReachOut, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
			draft
		);
}

function write(draft: ReachOut, path: string, value: string): void {
	const keys = path.split('.');
	const last = keys.pop()!;
	let target = draft as unknown as Record<string, unknown>;
	for (const key of keys) target = (target[key] ??= {}) as Record<string, unknown>;
	target[last] = value;
}

export function fillField(field: Field, draft: ReachOut): void {
	const value = read(draft, field.name);
	if (field instanceof HTMLInputElement && field.type === 'radio') field.checked = value === field.value;
	else field.value = typeof value === 'string' ? value : '';
}

export function bindDraftFields(session: DraftSession): void {
	const fields = $$(`[${DraftFieldsMark.root}] input[name], [${DraftFieldsMark.root}] textarea[name]`) as Field[];
	for (const field of fields) {
		fillField(field, session.draft);
		field.addEventListener(field.type === 'radio' ? 'change' : 'input', () => {
			if (field instanceof HTMLInputElement && field.type === 'radio' && !field.checked) return;
			void session.update((draft) => write(draft, field.name, field.value.slice(0, limits.answers)));
		});
	}
}
