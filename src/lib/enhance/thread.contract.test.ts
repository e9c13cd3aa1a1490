import { describe, expect, it } from 'vitest';
import { dataAttributes, mark } from './attributes.ts';
import { ThreadMark, threadIds, threadSection, type ThreadData } from './thread.contract.ts';

describe('the thread contract', () => {
	it('marks each hook with the attribute the script queries', () => {
		for (const attribute of Object.values(ThreadMark)) {
			expect(attribute).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
			expect(Object.keys(mark(attribute))).toEqual([attribute]);
		}
		expect(mark(ThreadMark.message, 'm1')).toEqual({ 'data-message-id': 'm1' });
		expect(mark(ThreadMark.crisisLevel, 'urgent')).toEqual({ 'data-crisis-level': 'urgent' });
		expect(Object.values(threadIds)).toEqual(['thread-messages', 'message-template', 'crisis-now']);
	});

	it('writes the section’s dataset as data-* attributes the script reads back by the same names', () => {
		const attributes = dataAttributes<ThreadData>({
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
		// The script finds the section by the attribute its first key writes.
		expect(threadSection).toBe('[data-thread]');
	});
});
