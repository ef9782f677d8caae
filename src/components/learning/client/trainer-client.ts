/**
 * Trainer mode in the page: applies `?trainer=…`, mirrors the store into `html[data-trainer]`,
 * every switch's `aria-pressed` and the `open` state of solutions. Imported by every component
 * that needs it; as an ES module it runs once per page.
 */
import { $trainerMode, parseTrainerParam, setTrainerMode, toggleTrainerMode } from '../../../stores/trainer';

const fromUrl = parseTrainerParam(location.search);
if (fromUrl !== undefined) setTrainerMode(fromUrl);

$trainerMode.subscribe((on) => {
	document.documentElement.dataset['trainer'] = on ? 'on' : 'off';
	for (const button of document.querySelectorAll('[data-trainer-switch]')) {
		button.setAttribute('aria-pressed', String(on));
	}
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-loesung]')) {
		details.open = on;
	}
});

document.addEventListener('click', (event) => {
	if (event.target instanceof Element && event.target.closest('[data-trainer-switch]')) toggleTrainerMode();
});
