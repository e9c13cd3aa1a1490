// "Wipe this device", after a confirmation.
import { wipeDevice } from '#lib/device/wipe.ts';
import { $, announce, reveal } from './dom.ts';
import { setUpBringIn } from './bring-in.ts';
import { signOutEverything } from './sign-out.ts';

const section = $('[data-wipe]')!;
const ask = $('[data-wipe-ask]', section)!;
const confirmBox = $('[data-wipe-confirm]', section)!;
const yes = $('[data-wipe-yes]', section)!;
const cancel = $('[data-wipe-cancel]', section)!;
const status = $('[data-wipe-status]', section)!;

ask.addEventListener('click', () => {
	reveal(confirmBox);
	ask.hidden = true;
	yes.focus();
});
cancel.addEventListener('click', () => {
	confirmBox.hidden = true;
	reveal(ask);
	ask.focus();
});
yes.addEventListener('click', async () => {
	await wipeDevice();
	// After the local wipe, so nothing is left behind that the server's Clear-Site-Data did not reach.
	const signedOut = await signOutEverything();
	confirmBox.hidden = true;
	reveal(ask);
	announce(status, (signedOut ? status.dataset.done : status.dataset.signOutFailed) ?? '');
	status.setAttribute('tabindex', '-1');
	status.focus();
});

void setUpBringIn();
