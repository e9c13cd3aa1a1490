// English crisis concepts: a small vocabulary per concept, joined by short word gaps and a first-person anchor,
// so a phrasing nobody wrote down before still matches. A farewell is a goodbye together with something final
// anywhere in the message; a method is a means together with what makes it deadly; a threat is "I will" with
// a harm and a person; worthlessness and being a burden are "I am" with what the Suicide Risk Lexicon (see
// NOTICE) lists for them. The narrower phrases in crisis.en.ts and crisis.en.concern.ts stay for what these
// miss; the guards are the same.

import { mostOfItTaken, selfHarmOnSkin, selfHarmSideways, shakesWorse } from './crisis.en.general.body.ts';
import {
	betterOffWithout,
	burdenAnotherWay,
	favourByGoing,
	neverRight,
	noWayOut,
	trappedPictured,
	worthlessAnotherWay,
	worthlessSaid
} from './crisis.en.general.despair.ts';
import { foundAsleep, lastGoodbye, quietFarewell } from './crisis.en.general.farewell.ts';
import { endDecided } from './crisis.en.general.intent.ts';
import { meansAtHand, meansKept, meansMadeDeadly } from './crisis.en.general.method.ts';
import { harmWilled, threatSideways, threatWarned } from './crisis.en.general.threat.ts';
import type { CrisisRule } from './rules.ts';

// The concepts in the order they were written: where two rules of one level mark the same words, the first
// names their category (crisis.ts, joinStrongest).
export const crisisEnGeneral: CrisisRule[] = [
	...lastGoodbye,
	...meansMadeDeadly,
	...harmWilled,
	...worthlessSaid,
	...betterOffWithout,
	...quietFarewell,
	...endDecided,
	...meansKept,
	...threatSideways,
	...worthlessAnotherWay,
	...burdenAnotherWay,
	...trappedPictured,
	...selfHarmSideways,
	...shakesWorse,
	...mostOfItTaken,
	...foundAsleep,
	...meansAtHand,
	...threatWarned,
	...neverRight,
	...favourByGoing,
	...noWayOut,
	...selfHarmOnSkin
];
