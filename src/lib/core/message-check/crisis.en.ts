// English crisis language. Missing a real crisis is the worst failure, so these lean wide; the guards keep out
// what the README names as not a crisis: idioms and jokes ("this job is killing me", "dead tired", "I'd kill for
// a coffee"), a past overdose told as part of recovery, news about others, and negated statements. Idioms are
// mostly kept out by what the patterns require: "killing me", "dying to" and "dead" alone never match.
// The folded text has "im", "dont", "cant", "wont", "youre" for every spelling of them (spelling.ts).

import { burdenAndWish } from './crisis.en.burden.ts';
import { goodbyes, goodbyesAndDeadlines } from './crisis.en.farewell.ts';
import { crisisEnGeneral } from './crisis.en.general.ts';
import { intentInSlang, suicideSaid } from './crisis.en.intent.ts';
import { methodAsked, placesAndMeans } from './crisis.en.method.ts';
import { notWakingUp, overdoseInPassing } from './crisis.en.overdose.ts';
import { selfHarmAgain, selfHarmNow } from './crisis.en.self-harm.ts';
import { threatsToLife } from './crisis.en.threat.ts';
import type { CrisisRule } from './rules.ts';

// The themes in the order they were written, then the concepts: where two rules of one level mark the same
// words, the first names their category (crisis.ts, joinStrongest).
export const crisisEn: CrisisRule[] = [
	...suicideSaid,
	...notWakingUp,
	...burdenAndWish,
	...goodbyes,
	...placesAndMeans,
	...selfHarmNow,
	...intentInSlang,
	...goodbyesAndDeadlines,
	...methodAsked,
	...overdoseInPassing,
	...selfHarmAgain,
	...threatsToLife,
	...crisisEnGeneral
];
