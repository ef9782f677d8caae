import Quelle from '../mdx/Quelle.astro';
import Nichts from './capture/Nichts.astro';
import NurText from './capture/NurText.astro';
import FigurFolie from './capture/FigurFolie.astro';
import NotizFolie from './capture/NotizFolie.astro';
import LoesungFolie from './capture/LoesungFolie.astro';

/**
 * The MDX components while a deck is built (see Deck.astro): every name that chapters and
 * exercises may use (src/components/mdx/index.ts, src/components/learning/mdx-components.ts) is
 * mapped, so that MDX finds each one, but only to small stand-ins. Importing the real map would
 * pull every calculator's styles and scripts into the deck page. `slide-components.test.ts`
 * checks that no name is missing.
 */
export const chapterSlideComponents = {
	Hinweis: Nichts,
	Begriff: NurText,
	Quelle,
	Zitat: Nichts,
	Abbildung: FigurFolie,
	RechnerLink: Nichts,
	PersonaBaukasten: Nichts,
	PostingZeiten: Nichts,
	TechnographicsLeiter: Nichts,
	TechnographicsSelbsttest: Nichts,
	PlattformFinder: Nichts,
	EchtzeitBudget: Nichts,
	KpiMonitoring: Nichts,
	KulanzRechner: Nichts,
	Planspiel: Nichts,
};

/** Exercises: the same, plus trainer note and solution marked for the speaker notes. */
export const exerciseSlideComponents = {
	...chapterSlideComponents,
	Abbildung: NurText,
	Loesung: LoesungFolie,
	TrainerNotiz: NotizFolie,
};
