/** What every step component receives from the builder. */
import type { PersonaLabels } from './labels';
import type { Persona } from './schema';
import type { Issue } from './validate';

export interface StepProps {
	persona: Persona;
	labels: PersonaLabels;
	issues: readonly Issue[];
	/** Change the persona being edited; the store stamps the time and saves. */
	update: (change: (p: Persona) => Persona) => void;
}
