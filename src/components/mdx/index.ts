import Hinweis from './Hinweis.astro';
import Begriff from './Begriff.astro';
import Quelle from './Quelle.astro';
import Zitat from './Zitat.astro';
import Abbildung from './Abbildung.astro';
import RechnerLink from './RechnerLink.astro';
import PersonaBaukasten from '../../calculators/persona/PersonaBuilder.astro';
import PostingZeiten from '../../calculators/posting-zeiten/PostingZeiten.astro';
import TechnographicsLeiter from '../../calculators/technographics/TechnographicsLeiter.astro';
import TechnographicsSelbsttest from '../../calculators/technographics/TechnographicsSelbsttest.astro';
import PlattformFinder from '../../calculators/plattformen/PlattformFinder.astro';
import EchtzeitBudget from '../../calculators/echtzeit-budget/EchtzeitBudget.astro';
import KpiMonitoring from '../../calculators/kpi-monitoring/KpiMonitoring.astro';
import KulanzRechner from '../../calculators/kulanz/KulanzRechner.astro';
import Planspiel from '../../planspiel/Planspiel.astro';

/**
 * Components that chapters and exercises can use without an import. The chapter page passes
 * this map to `<Content components={mdxComponents} />`; calculators add their wrapper here.
 */
export const mdxComponents = {
	Hinweis,
	Begriff,
	Quelle,
	Zitat,
	Abbildung,
	RechnerLink,
	PersonaBaukasten,
	PostingZeiten,
	TechnographicsLeiter,
	TechnographicsSelbsttest,
	PlattformFinder,
	EchtzeitBudget,
	KpiMonitoring,
	KulanzRechner,
	Planspiel,
};
