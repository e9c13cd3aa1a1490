import { describe, expect, it } from 'vitest';
import { crisisLevelMark, messageMark, threadData, threadIds, threadMark, threadSelect } from './thread.ts';

describe('the thread contract', () => {
	it('finds, in the script, every hook the markup spreads', () => {
		for (const [name, mark] of Object.entries(threadMark)) {
			const [attribute] = Object.keys(mark);
			expect(threadSelect[name as keyof typeof threadMark]).toBe(`[${attribute}]`);
		}
		expect(Object.keys(messageMark('m1'))).toEqual([threadSelect.message.slice(1, -1)]);
		expect(crisisLevelMark('urgent')).toEqual({ 'data-crisis-level': 'urgent' });
		expect(threadSelect.crisisLevelOf('urgent')).toBe('[data-crisis-level="urgent"]');
		expect([threadSelect.list, threadSelect.template, threadSelect.crisisNow]).toEqual(
			Object.values(threadIds).map((id) => `#${id}`)
		);
	});

	it('writes the section’s dataset as data-* attributes the script reads back by the same names', () => {
		const attributes = threadData({
			thread: 't1',
			as: 'member',
			stream: '/api/v1/threads/t1/stream',
			post: '/api/v1/threads/t1/messages',
			read: '/api/v1/threads/t1/read',
			locale: 'es',
			you: 'Tú',
			other: 'Sofía',
			sent: 'Enviado',
			failed: 'No se envió'
		});
		expect(attributes['data-thread']).toBe('t1');
		expect(attributes['data-as']).toBe('member');
		expect(attributes['data-stream']).toBe('/api/v1/threads/t1/stream');
		expect(Object.keys(attributes)).toHaveLength(10);
		expect(Object.keys(attributes).every((name) => /^data-[a-z]+$/.test(name))).toBe(true);
	});
});
