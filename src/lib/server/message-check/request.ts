import { z } from 'zod';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { format } from '#lib/core/i18n/format.ts';
import { messageLocales } from '#lib/core/message-check/types.ts';

// The body of POST /api/v1/message-check, shared by the route and its OpenAPI description. Each field's message
// is in the language the caller reads (Accept-Language), not the language of the message being checked: a
// refused body may have no valid `locale` at all.

export const maxMessageLength = 5000;

export function messageCheckRequest(language: Locale = 'en') {
	const words = catalogue(language).errors;
	return z.object({
		text: z
			.string({ error: words.messageCheckTextNotString })
			.refine((text) => text.trim() !== '', words.messageCheckTextEmpty)
			.refine(
				(text) => text.length <= maxMessageLength,
				format(words.messageCheckTextTooLong, { max: maxMessageLength })
			),
		locale: z.enum(messageLocales, {
			error: format(words.messageCheckLocaleInvalid, { locales: messageLocales.join(', ') })
		})
	});
}

export type MessageCheckRequest = z.infer<ReturnType<typeof messageCheckRequest>>;
