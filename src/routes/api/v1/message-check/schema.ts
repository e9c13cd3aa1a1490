import { z } from 'zod';
import { messageLocales } from '#lib/core/message-check/types.ts';

export const maxMessageLength = 5000;

export const messageCheckRequest = z.object({
	text: z
		.string({ error: 'text must be a string.' })
		.refine((text) => text.trim() !== '', 'text must not be empty.')
		.refine((text) => text.length <= maxMessageLength, `text must be at most ${maxMessageLength} characters.`),
	locale: z.enum(messageLocales, { error: `locale must be one of: ${messageLocales.join(', ')}.` })
});

export type MessageCheckRequest = z.infer<typeof messageCheckRequest>;
