// English self-harm now: cutting or burning oneself, bleeding that will not stop, the urge, the relief, the
// relapse.

import { self } from './crisis.en.concern.ts';
import { joke, news, past, reported } from './guards.ts';
import { anyOf, guard, r, type CrisisRule } from './rules.ts';

// Self-harm now.
export const selfHarmNow: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:cut\w*|burn\w*|hurt\w*|harm\w*|stab\w*|punish\w*|starv\w*) ${self}\b(?! (?:at work|lifting|playing|working|on the job|falling))`,
			r`\b(?:i|im|ive|started|relapsed and) (?:cut\w*|slit|sliced)(?: ${self})? (?:again|my (?:wrists?|arms?|legs?|thighs?|skin|stomach))\b`,
			r`\b(?:slit\w*|cut\w*|slic\w*|burn\w*|scratch\w*|carv\w*) (?:my|his|her) (?:wrists?|arms?|legs?|thighs?|skin|stomach|throat)\b(?! (?:on|open on|while|cooking|at work|by accident))`,
			r`\bself ?harm\w*`,
			r`\bcut (?:too |really |so )?deep\b`
		),
		unless: guard`${reported}|${past}`
	},
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:wont|doesnt|cant|isnt|not) (?:make it |get it to )?stop\w* (?:the )?bleeding\b`,
			r`\bbleeding (?:a lot|so much|everywhere|bad|badly|heavily|out|really bad)\b`,
			r`\b(?:blood everywhere|so much blood)\b`,
			r`\blost (?:a lot of|so much) blood\b`
		),
		negatable: false
	}
];

// Self-harm now or again: the urge, the relief, the relapse.
export const selfHarmAgain: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:felt|feels|feel|feeling|it felt) (?:so |really |too )?(?:good|nice|right|calm|relieving|like relief|better) to (?:cut|bleed|burn|hurt|see (?:the )?blood|harm)\b`,
			r`\b(?:urge|urges|want|wanting|need|needing|craving|itching|tempted) to (?:cut|bleed|burn ${self}|hurt ${self}|self ?harm|sh)\b(?! (?:ties|back|down|costs|out|the|my hair|him|her|it|them|you|a|this|class|some|corners))`,
			r`\b(?:cut|cutting|burned|burning|hurt|hurting|harming) (?:${self} )?again\b`,
			r`\b(?:relapsed|relapse|slipped|gave in)\b(?: \w+){0,2}? (?:cut|cutting|self ?harm|sh|burning|burned)\b`,
			r`\b(?:fresh|new|deep) (?:cuts|cut|burns|wounds|scars) (?:on|in) my\b`,
			r`\b(?:hid|hide|hiding|cover\w*) (?:the |my )?(?:cuts|burns|marks|wounds|blood)\b`,
			r`\b(?:sh|cut|cutting|cuts|burned|burning) (?:${self} )?again\b`,
			r`\b(?:didnt mean to |did not mean to )?(?:go|went|going|cut|cutting) (?:so |too |that )deep(?:er)? (?:this time|again|tonight)\b`,
			r`\b(?:carv\w*|cut|cutting|scratch\w*|burn\w*) (?:\w+ ){1,3}?(?:in|into|on) my (?:wrists?|arms?|legs?|thighs?|skin|stomach|chest)\b`,
			r`\b(?:hitting|banging|bashing|punching|slamming|hit|banged|bashed|slammed) my (?:head|fists?|hands?) (?:\w+ ){0,3}?(?:on|against|into) (?:the|a|my) (?:wall|floor|door|desk|mirror|counter)\b(?! (?:by accident|accidentally))`,
			r`\b(?:a )?(?:couple|few|some) (?:of )?(?:cuts|burns)\b(?=.*\b(?:calms?|helps?|relief|release|better|numb|feel something)\b)`,
			r`\bhurt on the outside\b`
		),
		unless: guard`${reported}|${news}|${joke}|\b(?:hair|grass|carbs|sugar|calories|class|school|budget|cost|ties|wood|lawn|lines)\b`
	}
];
