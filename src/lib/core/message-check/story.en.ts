// A story read for a page in English: the same reading as story.ts, with one language's learned list.
import { storyReaderFor } from './story.reader.ts';
import { crisisWeightsEn } from './weights.en.ts';

export const readStory = storyReaderFor({ en: crisisWeightsEn });
