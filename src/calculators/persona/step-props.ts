/** What every step component receives from the builder. */
import type { PersonaStrings } from './strings';
import type { Persona } from './schema';
import type { Issue } from './validate';

export interface StepProps {
	persona: Persona;
	t: PersonaStrings;
	issues: readonly Issue[];
	/** Change the persona being edited; the store stamps the time and saves. */
	update: (change: (p: Persona) => Persona) => void;
}
