// Phone numbers as people type them ("(555) 010-2000", "+34 600 000 000") and the links that dial or text them.

const phonePattern = /^\+?[0-9(][0-9 ()\-.]*$/;

export function phoneDigitCount(value: string): number {
	return value.replace(/\D/g, '').length;
}

export function isPhoneNumber(value: string, minDigits = 3, maxDigits = 20): boolean {
	const trimmed = value.trim();
	const digits = phoneDigitCount(trimmed);
	return phonePattern.test(trimmed) && digits >= minDigits && digits <= maxDigits;
}

function dialable(value: string): string {
	return value.replace(/[^0-9+]/g, '');
}

export function telHref(phone: string): string {
	return `tel:${dialable(phone)}`;
}

/** `sms:` with a prefilled body; `?body=` is what Android and current iOS both read. */
export function smsHref(phone: string, body?: string): string {
	return body ? `sms:${dialable(phone)}?body=${encodeURIComponent(body)}` : `sms:${dialable(phone)}`;
}
