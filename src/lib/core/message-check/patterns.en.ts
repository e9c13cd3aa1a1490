// English signal patterns, in the guide's terms (shared/message-check/README.md). They read the folded text:
// lower case, no apostrophes ("im", "dont", "youre"), shorthand spelled out ("u" → "you", "ur" → "your").
// Patterns are phrases with small gaps and inflections, never whole sentences, so they carry to new messages.

import { deflectEn, people } from './patterns.en.deflect.ts';
import { anyOf, guard, r, re, type LocalePatterns, type SignalRule } from './rules.ts';
import { crisisWeightsEn } from './weights.en.ts';

const num = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a couple(?: of)?|a few|several|couple|few)`;
const period = String.raw`(?:days?|weeks?|months?|years?|yrs?|mos?)`;

const rules: SignalRule[] = [
	// request: money, a place to stay, a ride, bail, a favour.
	{
		kind: 'request',
		re: re`\b(?:can|could|would|will) you(?: please| just| maybe| possibly| even| really| be willing to| ever)* (?!(?:please|pls|just|maybe|really|even|forgive|believe|understand|imagine|see|tell|feel|stop|not|ever|trust|hear|explain|blame|remember|promise|say|let me know|be|answer|reply|respond|call|text|talk|listen|look at|read|think|give me (?:another|one more|a second|a|some) (?:chance|time|space))\b)[a-z]+`
	},
	{
		kind: 'request',
		re: re`\b(?:can|could|may) i (?:please |just |maybe |possibly )*(?!(?:ask|say|tell|be|explain|talk|speak|call|text|just|have (?:another|one more|a second|a) chance)\b)[a-z]+`
	},
	{
		kind: 'request',
		re: re`\b(?:i|just|really|still)(?: really| just| badly| desperately| urgently| seriously| still)* (?:need|needed|could use) (?:some |a little |a bit of |the |a |an |my |to borrow |to get )?(?:money|cash|rent|bail|\$|\d+ (?:bucks|dollars)|ride|place to (?:stay|crash|sleep)|somewhere to (?:stay|sleep|go|crash)|couch|phone|gas|food|groceries|bus fare|loan|lawyer|help (?:with|paying)|favor|you to (?!(?:understand|know|listen|believe|trust|forgive|hear|see|stop|calm|be)\b)[a-z]+)`
	},
	{
		kind: 'request',
		re: anyOf(
			r`\b(?:lend|loan|wire|venmo|zelle|spot|front|cash ?app) me\b`,
			r`\bsend me (?:some |a few |the |a little )?(?:money|cash|\$|\d+|bucks|something|anything|gas money)`,
			r`\bpick me up\b(?! the phone)`,
			r`\bcome (?:get|pick) me\b`,
			r`\b(?:give|get) me a ride\b`,
			r`(?<!(?:had|hadnt|have|youd|wouldve|couldve|would have|could have)(?: just)? )\b(?:let me|lemme) (?:stay|crash|sleep|move|come (?:home|back|over|live|stay)|borrow|use|live|keep|have the car)\b`,
			r`\bfloat me\b`,
			r`\b(?:bail|bond) (?:me out|money)\b`,
			r`\bhelp (?:me )?(?:pay|with) (?:my |the |for )?(?:rent|bills?|phone|fines?|lawyer|tickets?|court|debt|car|insurance|electric|deposit|gas)\b`,
			r`\b(?:bail|bond|rent|the fine|the ticket|the deposit|the bill|the lawyer|my lawyer|the tow|impound)\b(?: \w+){0,2}? (?:is|was|comes to|costs?|will be) (?:\$|\d)`,
			r`\b(?:for|post|posting|need) (?:my )?bail\b`,
			r`\bif you (?:dont|wont|cant) (?:send|lend|give|help|pay|pick me up|come|wire|let me)\b`
		)
	},
	{
		kind: 'request',
		re: anyOf(
			r`\b(?:wondering|hoping) (?:if|whether) (?:you|u|i) (?:could|can|would|might)\b`,
			r`\bany (?:chance|way) (?:you|u|i) (?:could|can|would|might)\b`,
			r`\bdo you (?:have|got) (?:any |some |a little |a few )?(?:money|cash|\$|\d+|room|space|a couch|a spare|an extra)\b`,
			r`\b(?:asking|ask) (?:you )?(?:for|if you could) (?:a |some |the |your )?(?:money|help|a favor|favor|loan|ride|place|cash|\$|\d+)`
		)
	},
	// apology: apology, promise or claim of change with nothing concrete behind it.
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:so |really |very |truly |deeply |terribly |super |sincerely )*sorry\b(?! (?:you|if|that you|to hear|for your loss|about your|to bother|for bothering|for (?:texting|writing|calling|messaging) (?:so )?late))`,
			r`\b(?:i )?apologi[sz]e\b`,
			r`\bmy apologies\b`,
			r`\bforgive me\b`,
			r`\bi (?:can |could )?(?:promise|swear)\b`,
			r`\bi dont want (?:that|this) life anymore\b`,
			r`\bpromise (?:you|to|i)\b`,
			r`\bi give you my word\b`,
			r`(?<!to )\btrust me\b`,
			r`\bi (?:really |truly )?mean it this time\b`,
			r`\bthis time i (?:really |truly )?mean it\b`,
			r`\b(?:dead |so |very )?serious (?:about (?:getting|staying|quitting|stopping|changing)|this time)\b`,
			r`\blearned my lesson\b`
		)
	},
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:never|not|wont|will not|isnt|not going to|never going to) (?:\w+ ){0,2}?(?:happen|do (?:it|that|this)|touch (?:it|that|drugs|a drink|the stuff|another drink|pills)|use|drink|let you down|hurt you|lie to you|steal)(?: from you)? (?:ever )?again\b`,
			r`\b(?:wont|will not|never) let you down\b`
		),
		negatable: false
	},
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:ive|i have|i) (?:really |truly |honestly |finally )?(?:changed|grown up)\b(?! my (?:number|phone|address|mind))`,
			r`\bim (?:a )?(?:different|new|changed|better) (?:person|man|woman|guy|girl)\b`,
			r`\bim (?:so |really |totally |completely )?(?:different|better) now\b`,
			r`\b(?:this time|things|it|everything)(?: (?:is|are|will|s|be|going to|is going to|are going to))* (?:be )?(?:different|better)\b`,
			r`\b(?:itll|thingsll|thisll) be (?:different|better)\b`,
			r`\bthis time is (?:for real|real|for good|serious)\b`,
			r`\bfor real this time\b`
		)
	},
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:i|ill|i will|im going to|im ready to|i want to|i need to|i have to|i got to|i promise to|im trying to|im willing to|i can)(?: really| finally| just)? (?:change|do better|be better|get better|get clean|get sober|stay clean|stay sober|stop (?:using|drinking|partying)|quit (?:using|drinking|drugs|for good)|make it up to you|make (?:this|it|things) right|turn (?:my life|it|things) around|fix (?:this|things|it|everything|us)|get (?:my life|my shit|my act|it) together|clean (?:up|myself up)|get help|get my life back)\b`,
			r`\bim (?:done|through|finished) (?:with )?(?:using|drinking|drugs|pills|the drugs|that life|partying|getting high|all that|that stuff|the bottle|booze|meth|heroin|crack|coke|dope|weed|alcohol|fent\w*|xanax|oxy\w*)\b`,
			r`\bim (?:clean|sober) now\b`,
			r`\bim ready\b(?! (?:for (?:my|the|work|bed)|to go to (?:bed|work)))`
		)
	},
	// action: recovery steps taken or scheduled.
	{
		kind: 'action',
		re: anyOf(
			r`\b${num}(?:[ -]\w+)? ${period}\b(?: \w+){0,2}? (?:sober|clean|dry|without (?:a drink|drinking|using|drugs|a drop|pills)|off (?:drugs|the \w+|pills|booze|dope|heroin|meth|alcohol))\b`,
			r`\b(?:sober|clean|dry)\b(?: (?:for|since|now|almost|about|over|going on))* ${num} ${period}\b`,
			r`\b(?:sober|clean) since (?:\w+ ){0,2}?(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|new year\w*|thanksgiving|\d+)\b`,
			r`\b(?:chip|chips|keytag|key tag|medallion)\b(?! in)`,
			r`\b${num}[ -](?:days?|months?|years?|yrs?) (?:coin|token)\b`
		)
	},
	{
		kind: 'action',
		re: anyOf(
			r`\bmeetings?\b(?! with (?:my|the|a) (?:boss|lawyer|manager|landlord|teacher))`,
			r`\b(?:home group|support group|recovery group|group therapy|group session|step work|the steps|(?:\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:st|nd|rd|th)? step|12 steps?|twelve steps?|big book|sponsor|sponsee|smart recovery|celebrate recovery|al ?anon|the program|fellowship)\b`,
			r`\b(?:to|at|in|from|an|my|the|of) (?:aa|na|ca)\b`,
			r`\b(?:aa|na|ca) (?:meetings?|group|sponsor)\b`
		)
	},
	{
		kind: 'action',
		re: re`\b(?:therapist|therapy|counselor|counsellor|counseling|counselling|psychiatrist|psychologist|social worker|case ?worker|case manager|addiction (?:doctor|specialist|medicine)|recovery coach|peer (?:support|coach|specialist)|rehab|(?<!silent )treatment|detox|inpatient|outpatient|iop|residential program|recovery (?:house|home|center|program|residence)|sober (?:living|house|home)|halfway house|intake|clinic|methadone|suboxone|subutex|sublocade|vivitrol|naltrexone|buprenorphine|bupe|antabuse|campral|acamprosate|medication (?:for|to help with) (?:cravings|drinking|the cravings|my \w+)|drug (?:tests?|screens?)|urine (?:tests?|screens?)|breathalyzer|tested (?:clean|negative)|passed (?:every |my |a |the |all (?:my )?)?(?:drug )?tests?|amends|helpline|samhsa|(?:narcan|naloxone) (?:kit|training)|(?:in|at|to|from|after) group)\b`
	},
	{
		kind: 'action',
		re: re`\b${num} ${period} (?:now|today|and counting|strong)\b`,
		requires: guard`\b(?:stopped|quit|sober|clean|drink\w*|using|meetings?|no more|pills|drugs)\b`
	},
	// responsibility: owns the harm without shifting it.
	{
		kind: 'responsibility',
		re: anyOf(
			r`\b(?:thats|that is|its|it is|this is|this was|that was|it was|all of (?:this|that) is|all) on me\b`,
			r`\bmy (?:own )?fault\b`,
			r`\bfault is mine\b`,
			r`\bi (?:take|accept|own|am taking|have to take|need to take) (?:full |complete |all the |total |all |the )?(?:responsibility|accountability|ownership|blame)\b`,
			r`\bmine to own\b`,
			r`\bi own (?:it|that|this|what i did|my part|my mistakes|my actions|my choices)\b`,
			r`\bim (?:fully |totally |the one )?responsible\b`,
			r`\bi was (?:wrong|the problem|selfish)\b`,
			r`\bwhat i did (?:to you |to the family )?was (?:wrong|terrible|awful|not ok|unforgivable|messed up)\b`
		)
	},
	{
		kind: 'responsibility',
		re: anyOf(
			r`\bi (?:hurt|betrayed|lied to|stole from|failed|disappointed|scared|embarrassed|used|manipulated|abandoned|robbed|cheated on) (?:you|the family|everyone|all of you|my (?:family|kids|children|son|daughter|wife|husband|parents)|${people})\b`,
			r`\bi (?:lied|stole|cheated)\b`,
			r`\bi let (?:you|everyone|the family|all of you|${people}) down\b`,
			r`\bi broke (?:your|the|our) (?:trust|heart)\b`,
			r`\b(?:the pain|the hurt|the damage|the harm|the chaos|the mess|everything|what|all) i (?:caused|put (?:you|this family|the family|everyone|you all|all of you|mom|dad) through|did to you)\b`,
			r`\bi was the one who\b`,
			r`\bsorry for (?:the|my|all the|all my) (?:lies|lying|stealing|what i did|things i did|the way i treated|how i treated|the pain|the hurt|hurting you)\b`,
			r`\bi (?:really |totally )?(?:messed|screwed|fucked) (?:everything |it all |things |it )?up\b`,
			r`\bi blew it\b`,
			r`\bi made (?:a|some|so many|a lot of) mistakes?\b`
		)
	},
	{
		kind: 'responsibility',
		re: anyOf(
			r`\byou (?:didnt|did not|never|dont) deserve (?:it|that|this|any of (?:it|that|this)|what i|how i|to be)\b`,
			r`\b(?:it|this|that|none of this|none of it) (?:wasnt|was not|isnt|is not|was never|is never) your fault\b`,
			r`\bnot your fault\b`,
			r`\byou did nothing wrong\b`,
			r`\b(?:nobody|no one) (?:made|forced|pushed|makes) me\b`,
			r`\bi made (?:my own|the|those|these|bad|the wrong) (?:choices?|decisions?)\b`,
			r`\bno excuses?\b`,
			r`\b(?:done|stop|stopped|not) making excuses\b`,
			r`\bim not (?:blaming|trying to blame|going to blame) (?:you|anyone|anybody)\b`,
			r`\bi dont blame (?:you|anyone|anybody)\b`
		),
		negatable: false
	},
	{
		kind: 'responsibility',
		re: anyOf(
			r`\bi (?:relapsed|slipped|used again|drank again|picked up again|started using again|started drinking again|had a slip|had a relapse|drank|used(?! to| with)|got high|went back to using)\b`,
			r`\b(?:ashamed|embarrassed) (?:of|about|by) (?:what i|myself|how i|the way i|everything i|my)\b`,
			r`\bim (?:so |really |deeply )?ashamed\b(?! to)`
		)
	},
	...deflectEn
];

export const patternsEn: LocalePatterns = {
	rules,
	crisisWeights: crisisWeightsEn,
	// "going to" followed by a verb is an intention; "going to a meeting" is a step being taken.
	intent: guard`\b(?:ill|i will|i shall|(?:going to|gonna) (?!(?:a|an|the|my|our|this|that|some|meetings?|rehab|detox|therapy|treatment|group|church|aa|na)\b)\w+|want to|would like to|id like to|plan to|planning to|promise to|could|should|might|maybe|need to|have to|got to|thinking about|think about|hope to|hoping to|ready to|willing to|try to|trying to)\b`,
	concrete: guard`\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|weekend|morning|afternoon|evening)|next (?:week|month)|at \d|\d+ ?(?:am|pm)|\d{1,2}[:/]\d{1,2}|appointment|intake|scheduled|booked|signed up|registered|enrolled|waitlist|waiting list|a bed|start date|called|already)\b`
};
