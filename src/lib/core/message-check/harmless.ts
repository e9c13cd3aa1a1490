// Phrases known to be harmless although they hold a crisis word: a water gun, sticking to one's guns, dead tired,
// blood pressure pills, looking after the dog while someone is away.
// The rules keep them out with their own guards; these are for the learned word list (learned.ts), which reads
// words and not idioms: where one of these holds the words it would mark, it raises nothing. Folded text.

import { re } from './rules.ts';

export const harmlessPhrases = re`\b(?:(?:water|toy|nerf|glue|nail|staple|paint|heat|spray|squirt|bb|airsoft|paintball|laser|cap|finger)\s(?:guns?|pistols?|rifles?)|(?:stick\w*|stuck)\sto\s\w+\sguns|jump\w*\sthe\sgun|big\sguns|top\sgun|son\sof\sa\sgun|smoking\sgun|under\sthe\sgun|guns?\sblazing|pistolas?\sde\s(?:agua|juguete|silicon\w*|pintura|aire)|dead\s(?:tired|battery|phone|last|serious|end|ass|wrong)|(?:battery|phone|cel|celular)\s(?:is\s|esta\s)?(?:dead|died|muerto|murio)|killing\sit|dying\sto|to\sdie\sfor|me\smuero\sde\s(?:risa|ganas|hambre|sueno|calor|frio|la\sverguenza)|(?:blood\spressure|bp|thyroid|allergy|vitamin|birth\scontrol|heart|cholesterol|diabetes)\s(?:pills?|meds|medication|tablets)|pastillas\s(?:de|para)\s(?:la\s)?(?:presion|diabetes|tiroides|alergia|azucar|colesterol|corazon)|take\scare\sof\s(?:\w+\s){1,4}?(?:while|till|until|for\sthe\s(?:weekend|week)|this\sweekend)|cuid(?:ame|enme|a)\s(?:\w+\s){1,4}?(?:mientras|hasta|este\sfin|el\sfin|el\sfinde|este\sfinde))\b`;

/** The folded ranges of harmless phrases in the text. */
export function harmlessRanges(folded: string): [number, number][] {
	return [...folded.matchAll(harmlessPhrases)].map((match) => [match.index, match.index + match[0].length]);
}
