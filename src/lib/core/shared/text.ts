import { z } from 'zod';

/**
 * Free text as it will be stored: a string of at most `max` characters, in well-formed Unicode. A lone surrogate
 * (possible in JSON, never typed) cannot be stored as UTF-8 and would come back changed, so it is refused.
 */
export const storableText = (max: number, tooLong: string) =>
	z
		.string({ error: 'textInvalid' })
		.max(max, tooLong)
		.refine((text) => text.isWellFormed(), 'textInvalid');
