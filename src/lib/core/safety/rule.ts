// The private safety check (shared/safety/README.md): who reached out, a few questions, and what they change.
// Pure and table-tested; the answers themselves are never stored, sent or logged by any caller.

export const relationships = ['child', 'partner', 'sibling', 'parent', 'other'] as const;
export type Relationship = (typeof relationships)[number];

export const safetyAnswers = ['yes', 'no', 'unsure'] as const;
/** A question left unanswered counts as skipped. */
export type SafetyAnswer = (typeof safetyAnswers)[number] | undefined;

/** Asked of everyone. */
export const generalQuestions = ['safeNow', 'weapon', 'threatToKill', 'mightKill', 'lovedOneInCrisis'] as const;
/** The Lethality Assessment Program's risk factors, asked when the loved one is a partner or ex-partner. */
export const partnerFactors = [
	'gun',
	'strangle',
	'jealousControl',
	'separated',
	'unemployed',
	'suicideAttempt',
	'childNotTheirs',
	'stalking'
] as const;
/** Asked of a parent whose adult child reached out: an older parent harmed or exploited has another route. */
export const elderQuestions = ['over60', 'harmed'] as const;

export type SafetyQuestion =
	(typeof generalQuestions)[number] | (typeof partnerFactors)[number] | (typeof elderQuestions)[number];
export type SafetyAnswers = Partial<Record<SafetyQuestion, SafetyAnswer>>;

/** Four or more of the eight partner factors is high danger. */
export const partnerFactorThreshold = 4;

export interface SafetyOutcome {
	/** "Are you somewhere safe to use Porchlight right now?" answered no: offer quick exit and 911 at once. */
	unsafeHere: boolean;
	/** The loved one speaks of suicide, overdose or dangerous withdrawal: the crisis page comes first. */
	lovedOneInCrisis: boolean;
	/** The safety card first, and no reconnection advice for this pass. */
	highDanger: boolean;
	/** An older parent harmed or exploited by their adult child: Adult Protective Services. */
	elderAbuse: boolean;
	/** How many partner factors were answered yes (0 for anyone but a partner). */
	partnerFactorsYes: number;
}

export function questionsFor(relationship: Relationship | undefined): SafetyQuestion[] {
	if (relationship === 'partner') return [...generalQuestions, ...partnerFactors];
	if (relationship === 'child') return [...generalQuestions, ...elderQuestions];
	return [...generalQuestions];
}

/**
 * The rule: high danger is yes to any of questions 2–4 (weapon, threat to kill, might kill), or, for a partner
 * or ex-partner, yes to 4 or more of the 8 factors. "Not sure" and skipped are never a yes. Answers to questions
 * that do not apply to the relationship are ignored.
 */
export function assessSafety(relationship: Relationship | undefined, answers: SafetyAnswers): SafetyOutcome {
	const asked = new Set(questionsFor(relationship));
	const yes = (question: SafetyQuestion) => asked.has(question) && answers[question] === 'yes';
	const partnerFactorsYes = partnerFactors.filter(yes).length;
	return {
		unsafeHere: asked.has('safeNow') && answers.safeNow === 'no',
		lovedOneInCrisis: yes('lovedOneInCrisis'),
		highDanger: yes('weapon') || yes('threatToKill') || yes('mightKill') || partnerFactorsYes >= partnerFactorThreshold,
		elderAbuse: yes('over60') && yes('harmed'),
		partnerFactorsYes
	};
}
