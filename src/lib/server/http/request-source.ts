import type { RequestEvent } from '@sveltejs/kit';
import { device } from '../auth/device.ts';

/** The browser-and-system summary of the request's user agent, as sessions and security events keep it. */
export const deviceOf = (event: Pick<RequestEvent, 'request'>) => device(event.request.headers.get('user-agent'));

/**
 * What the app's account and passkey calls need from the request: the origin for links in e-mails (and the
 * passkey ceremony, whose relying party is this host) and the device for security events.
 */
export const requestSource = (event: Pick<RequestEvent, 'request' | 'url'>) => ({
	origin: event.url.origin,
	rpID: event.url.hostname,
	device: deviceOf(event)
});
