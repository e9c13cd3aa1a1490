import { BreathingMark, type BreathingData, type BreathingState } from './breathing.contract.ts';
import { $, dataOf, reveal, text } from './dom.ts';

const rounds = 6;
const phases = [
	{ state: 'in', seconds: 4 },
	{ state: 'out', seconds: 6 }
] as const;

/** Paced breathing, about a minute, starting by itself; Skip stops it. Under reduced motion the still text shows. */
export function bindBreathing(section: HTMLElement): void {
	if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
	const phase = $(`[${BreathingMark.phase}]`, section)!;
	const round = $(`[${BreathingMark.round}]`, section)!;
	const skip = $(`[${BreathingMark.skip}]`, section)!;
	const restart = $(`[${BreathingMark.restart}]`, section)!;
	const data = dataOf<BreathingState>(section);
	let timer: ReturnType<typeof setTimeout> | undefined;

	function stop(): void {
		clearTimeout(timer);
		delete data.state;
		phase.textContent = text<BreathingData>(section, 'done');
		round.textContent = '';
		skip.hidden = true;
		reveal(restart);
	}

	function step(index: number): void {
		if (index >= rounds * phases.length) return stop();
		const current = phases[index % phases.length]!;
		data.state = current.state;
		phase.textContent = text<BreathingData>(section, current.state);
		round.textContent = text<BreathingData>(section, 'round', {
			n: Math.floor(index / phases.length) + 1,
			total: rounds
		});
		timer = setTimeout(() => step(index + 1), current.seconds * 1000);
	}

	function start(): void {
		restart.hidden = true;
		reveal(skip);
		step(0);
	}

	skip.addEventListener('click', () => {
		stop();
		restart.focus();
	});
	restart.addEventListener('click', () => {
		start();
		skip.focus();
	});
	start();
}
