// My plan: the Print button prints the page, which the print stylesheet reduces to the plan itself.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
	button.addEventListener('click', () => window.print());
}
