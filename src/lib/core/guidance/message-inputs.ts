import { z } from 'zod';
import { storableText } from '../shared/text.ts';

// What a caller may send about messages: one schema each, for the form and the API alike.

export const MAX_MESSAGE_LENGTH = 5000;

export const postMessageInput = z
	.object({
		body: storableText(MAX_MESSAGE_LENGTH, 'messageTooLong').refine((text) => text.trim() !== '', 'messageEmpty')
	})
	.strict();

/** POST /api/v1/threads: the other person of the thread (one's own specialist, or one's assigned client). */
export const openThreadInput = z
	.object({
		with: z
			.string({ error: 'threadWithInvalid' })
			.max(64, 'threadWithInvalid')
			.regex(/^[A-Za-z0-9_-]+$/, 'threadWithInvalid')
	})
	.strict();

/** `?since=` of a thread's messages: an ISO date and time in UTC. */
export const sinceInput = z.iso.datetime({ offset: false, error: 'sinceInvalid' });
