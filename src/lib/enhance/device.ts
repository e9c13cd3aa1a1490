// "Wipe this device", after a confirmation.
import { wipeDevice } from '#lib/device/wipe.ts';
import { WipeMark, type WipeStatusData } from './device.contract.ts';
import { $, announce, dataOf, reveal } from './dom.ts';
import { setUpBringIn } from './bring-in.ts';
import { signOutEverything } from './sign-out.ts';
import { forgetPass } from './safety-pass.ts';

const section = $(`[${WipeMark.root}]`)!;
const ask = $(`[${WipeMark.ask}]`, section)!;
const confirmBox = $(`[${WipeMark.confirm}]`, section)!;
const yes = $(`[${WipeMark.yes}]`, section)!;
const cancel = $(`[${WipeMark.cancel}]`, section)!;
const status = $(`[${WipeMark.status}]`, section)!;
const words = dataOf<WipeStatusData>(status);

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
	// Not stored, but this tab's note of a pass after the safety card goes with everything else.
	forgetPass();
	// After the local wipe, so nothing is left behind that the server's Clear-Site-Data did not reach.
	const signedOut = await signOutEverything();
	confirmBox.hidden = true;
	reveal(ask);
	announce(status, (signedOut ? words.done : words.signOutFailed) ?? '');
	status.setAttribute('tabindex', '-1');
	status.focus();
});

void setUpBringIn();
