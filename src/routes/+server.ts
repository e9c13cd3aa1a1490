import { redirect } from '@sveltejs/kit';
import Negotiator from 'negotiator';
import { defaultLocale, isLocale, locales } from '#lib/core/i18n/catalogue.ts';

// The home page lives in a language folder; the bare address picks one: the person's last choice (a cookie the
// pages set), else the browser's Accept-Language.
export const GET = ({ cookies, request, setHeaders }) => {
	const remembered = cookies.get('lang');
	const negotiated = new Negotiator({
		headers: { 'accept-language': request.headers.get('accept-language') ?? '' }
	}).language([...locales]);
	const locale = isLocale(remembered) ? remembered : isLocale(negotiated) ? negotiated : defaultLocale;
	setHeaders({ vary: 'cookie, accept-language', 'cache-control': 'no-store' });
	redirect(303, `/${locale}`);
};
