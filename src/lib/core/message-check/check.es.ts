// The check for a page in Spanish: crisis and safety in both languages, the signals in Spanish only (checker.ts).
import { checkerFor } from './checker.ts';
import { patternsEs } from './patterns.es.ts';

export const checkMessage = checkerFor({ es: patternsEs });
