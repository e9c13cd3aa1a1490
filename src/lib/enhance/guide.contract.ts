// The guide's pages: GuideStep.svelte and the guide's intro and safety pages ↔ guide.ts.
export enum GuideMark {
	/** Its value is the step's slug: intro, safety, pause… */
	step = 'data-guide-step',
	relationship = 'data-relationship',
	resume = 'data-resume',
	begin = 'data-begin',
	startOver = 'data-start-over'
}

export interface GuideStepData {
	locale: string;
	/** The document's title in the pass after the safety card, where the step's title differs in that pass. */
	safetyTitle?: string;
	/** Set once the page has read the device and is fully interactive (tests wait for it). */
	ready?: '';
}

/** On <html>: this pass showed the safety card, so app.css hides the reconnection advice. */
export interface SafetyModeState {
	safetyMode?: '';
}
