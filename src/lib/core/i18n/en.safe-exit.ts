// Leaving safely (issue #11): the safety check without scripts.

export const enSafeExit = {
	check: {
		noScript:
			'This check needs JavaScript, which is off in this browser, so the questions cannot be answered here. Nothing you choose on this page is sent or saved. The safety card below has the numbers to call, and you can skip the check.'
	}
};
