import { defineParams } from '@sveltejs/kit/params';
import { isLocale } from '#lib/core/i18n/catalogue.ts';

export const params = defineParams({
	lang: (param) => (isLocale(param) ? param : undefined)
});
