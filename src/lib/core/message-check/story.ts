// A family member's story read in both languages (the server, the API, the tests); the browser loads story.en.ts
// or story.es.ts, which carry the learned list of one language only (story.reader.ts).

import { storyReaderFor } from './story.reader.ts';
import type { MessageLocale } from './types.ts';
import { crisisWeightsEn } from './weights.en.ts';
import { crisisWeightsEs } from './weights.es.ts';

export { findStoryCrisis, type ReadStory, type StoryReading } from './story.reader.ts';

/** How a guidance request's story or a message to a specialist is read, in its language ('en' or 'es'). */
export const readStory = storyReaderFor({ en: crisisWeightsEn, es: crisisWeightsEs });

/** Whether a family member's story speaks of a crisis, read as `readStory` reads it. */
export function storyCrisis(text: string, locale: MessageLocale): boolean {
	return readStory(text, locale).crisis;
}
