import { site } from './de/site';
import { lernen } from './de/lernen';
import { search } from './de/search';
import { daten } from './de/daten';
import { speicher } from './de/speicher';
import { persona } from './de/persona';
import { postingZeiten } from './de/posting-zeiten';
import { technographics } from './de/technographics';
import { plattformen } from './de/plattformen';
import { echtzeitBudget } from './de/echtzeit-budget';
import { kpiMonitoring } from './de/kpi-monitoring';
import { kulanz } from './de/kulanz';
import { pruefen } from './de/pruefen';
import { planspiel } from './de/planspiel';
import { folien } from './de/folien';
import { offline } from './de/offline';
import { zahl } from './de/zahl';

/**
 * The one German dictionary of the site. Each area keeps its strings in its own file under
 * `./de/` so that files stay small; this object is the only entry point. Islands never import
 * it: the `.astro` wrapper passes the strings they need as props.
 */
export const de = {
	site,
	lernen,
	search,
	daten,
	speicher,
	persona,
	postingZeiten,
	technographics,
	plattformen,
	echtzeitBudget,
	kpiMonitoring,
	kulanz,
	pruefen,
	planspiel,
	folien,
	offline,
	zahl,
} as const;

export type Dictionary = typeof de;
