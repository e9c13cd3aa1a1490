// A story read for a page in Spanish: the same reading as story.ts, with one language's learned list.
import { storyReaderFor } from './story.reader.ts';
import { crisisWeightsEs } from './weights.es.ts';

export const readStory = storyReaderFor({ es: crisisWeightsEs });
