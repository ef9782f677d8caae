/**
 * The two printed versions of the card, hidden on screen: the one-page card (texts shortened
 * where needed, see card-fit.ts), which Strg+P and „Persona-Karte drucken“ print, and the full
 * version on several pages, which `printCard('voll')` selects (persona.css).
 */
import { fitCard } from './card-fit';
import type { PersonaStrings } from './strings';
import { PersonaCard } from './PersonaCard';
import type { Persona } from './schema';

/** Print one version: the full one switches the print stylesheet by a data attribute on <html>. */
export function printCard(version: 'eine-seite' | 'voll'): void {
	const root = document.documentElement;
	if (version === 'voll') root.dataset['print'] = 'persona-voll';
	const restore = () => {
		delete root.dataset['print'];
		window.removeEventListener('afterprint', restore);
	};
	window.addEventListener('afterprint', restore);
	window.print();
}

export function PrintCards({ persona, t }: { persona: Persona; t: PersonaStrings }) {
	const fit = fitCard(persona, t);
	return (
		<>
			<div class="pb-print-card pb-print-card-one">
				<PersonaCard persona={fit.persona} t={t} idSuffix="print" shortened={fit.shortened} />
			</div>
			<div class="pb-print-card pb-print-card-full">
				<PersonaCard persona={persona} t={t} idSuffix="print-full" />
			</div>
		</>
	);
}
