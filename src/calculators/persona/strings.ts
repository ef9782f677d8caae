/** The strings the island receives as a prop: exactly the `persona` part of the dictionary. */
import type { persona } from '../../i18n/de/persona';

export type PersonaStrings = typeof persona;
