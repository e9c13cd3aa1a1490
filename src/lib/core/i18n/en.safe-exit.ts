// Leaving safely (issue #11): the safety check without scripts, and a wipe that could not sign out.

export const enSafeExit = {
	check: {
		noScript:
			'This check needs JavaScript, which is off in this browser, so the questions cannot be answered here. Nothing you choose on this page is sent or saved. The safety card below has the numbers to call, and you can skip the check.'
	},
	wipe: {
		signOutFailed:
			'Everything Porchlight stored in this browser is removed, but Porchlight could not be reached to sign you out. Connect to the internet and wipe again, or sign out on your account page.'
	}
};
