// My plan: the Print button prints the page, which the print stylesheet reduces to the plan itself.
import { PlanPageMark } from './plan.contract.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>(`[${PlanPageMark.print}]`)) {
	button.addEventListener('click', () => window.print());
}
