// Spanish crisis language, written without accents because the folded text has none ("está" and "esta" read
// the same). Idioms are kept out by what the patterns require: "me muero de ganas", "me mata la espera",
// "ese chiste me mató" and "muerto de cansancio" never match; "me va a matar cuando se entere" is guarded.

import { belongingsHandedOut, farewellsUnsaid, goingWithTheDead, goodbyesSaid } from './crisis.es.farewell.ts';
import { endingItAll, intentInSlang, suicideSaid, unaliveSaid } from './crisis.es.intent.ts';
import { meansAtHand, meansToldAround, waysAndMeans } from './crisis.es.method.ts';
import { selfHarmAsWritten, selfHarmInOtherWords, selfHarmNow } from './crisis.es.self-harm.ts';
import { killingSworn, threatsToHurt, threatsToLife, weaponWithWarning } from './crisis.es.threat.ts';
import type { CrisisRule } from './rules.ts';

// The themes in the order they were written: where two rules of one level mark the same words, the first
// names their category (crisis.ts, joinStrongest).
export const crisisEs: CrisisRule[] = [
	...suicideSaid,
	...killingSworn,
	...goodbyesSaid,
	...endingItAll,
	...meansAtHand,
	...selfHarmNow,
	...threatsToLife,
	...intentInSlang,
	...farewellsUnsaid,
	...meansToldAround,
	...goingWithTheDead,
	...belongingsHandedOut,
	...waysAndMeans,
	...selfHarmInOtherWords,
	...threatsToHurt,
	...selfHarmAsWritten,
	...unaliveSaid,
	...weaponWithWarning
];
