// "Wipe this device", after a confirmation.
import { wipeDevice } from '#lib/device/wipe.ts';
import { $, announce, reveal } from './dom.ts';
import { setUpBringIn } from './bring-in.ts';

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
	confirmBox.hidden = true;
	reveal(ask);
	announce(status, status.dataset.done ?? '');
	status.setAttribute('tabindex', '-1');
	status.focus();
});

void setUpBringIn();
