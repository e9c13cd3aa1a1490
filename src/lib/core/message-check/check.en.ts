// The check for a page in English: crisis and safety in both languages, the signals in English only (checker.ts).
import { checkerFor } from './checker.ts';
import { patternsEn } from './patterns.en.ts';

export const checkMessage = checkerFor({ en: patternsEn });
