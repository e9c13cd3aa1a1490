import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { formProblems, itemsToLines, linesToItems, planFormInput } from './plan-form.ts';
import { savePlan, type PlanStore, type PlanVersion } from './plan.ts';

function memoryStore(): PlanStore {
	const versions: PlanVersion[] = [];
	return {
		latest: async () => versions.at(-1),
		version: async (_, n) => versions.find((v) => v.version === n),
		history: async () => versions.map((v) => ({ version: v.version, savedAt: v.savedAt! })).reverse(),
		append: async (_, __, version) => {
			if (versions.some((v) => v.version === version.version)) return false;
			versions.push(version);
			return true;
		}
	};
}

describe('the plan form, one item per line', () => {
	it('trims each line and leaves out blank ones, remembering where each item was', () => {
		expect(linesToItems('  No visits when using  \r\n\n   \nCall ahead\rMeetings weekly\n')).toEqual({
			items: ['No visits when using', 'Call ahead', 'Meetings weekly'],
			lines: [1, 4, 5]
		});
		expect(linesToItems('')).toEqual({ items: [], lines: [] });
		expect(linesToItems('\n \n\t\n')).toEqual({ items: [], lines: [] });
	});

	it('keeps accents, quotes and other writing as typed', () => {
		expect(linesToItems('¿Está sobrio? ¡Sí!\n“Llama antes” — ñandú’s').items).toEqual([
			'¿Está sobrio? ¡Sí!',
			'“Llama antes” — ñandú’s'
		]);
	});

	it('writes a list back as lines, and reading them again gives the same list', () => {
		const list = ['One', 'Two, with a comma', 'Tres'];
		expect(linesToItems(itemsToLines(list)).items).toEqual(list);
	});

	it('builds what savePlan takes: five lists, a missing one empty, and the base version as a number', () => {
		const { input } = planFormInput({ conditions: 'Sober when we talk', signs: 'Meetings\n\nA job' }, '3');
		expect(input).toEqual({
			conditions: ['Sober when we talk'],
			boundaries: [],
			expectations: [],
			supports: [],
			signs: ['Meetings', 'A job'],
			baseVersion: 3
		});
		expect(planFormInput({}, '').input).not.toHaveProperty('baseVersion');
		expect(planFormInput({}, 'x1').input.baseVersion).toBe('x1');
	});

	it('saves through the core, and points a refused item at its textarea line', async () => {
		const store = memoryStore();
		const first = planFormInput({ boundaries: 'No visits\n\nCall first' }, '0');
		const saved = await savePlan(store, 'm', first.input, 'a', new Date('2026-11-30T10:00:00Z'));
		expect(saved.version).toBe(1);
		expect(saved.lists.boundaries).toEqual(['No visits', 'Call first']);

		const tooLong = planFormInput({ signs: `fine\n\n${'x'.repeat(501)}` }, '1');
		const error = await savePlan(store, 'm', tooLong.input, 'b', new Date()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DomainError);
		expect(formProblems(error as DomainError, tooLong.lines)).toEqual([
			{ field: 'signs', problem: 'itemTooLong', line: 3 }
		]);

		const stale = planFormInput({ signs: 'Meetings' }, '0');
		const conflict = (await savePlan(store, 'm', stale.input, 'c', new Date()).catch((e: unknown) => e)) as DomainError;
		expect(conflict.code).toBe('conflict');
		expect(formProblems(conflict, stale.lines)).toEqual([{ field: 'form', problem: 'planChanged' }]);
	});

	it('says a list with too many lines is too long, on that list', async () => {
		const many = planFormInput({ supports: Array.from({ length: 31 }, (_, i) => `Person ${i}`).join('\n') }, '');
		const error = (await savePlan(memoryStore(), 'm', many.input, 'a', new Date()).catch(
			(e: unknown) => e
		)) as DomainError;
		expect(formProblems(error, many.lines)).toEqual([{ field: 'supports', problem: 'listTooLong' }]);
	});
});
