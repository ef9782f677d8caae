/**
 * The stylesheets of the calculators and the Planspiel, as URLs of their built files instead of
 * side-effect imports. An import would put every calculator's CSS into the head of every chapter
 * page, because the chapter route knows all MDX components (issue 14). Instead, a calculator page
 * links its sheets in the head (`RechnerLayout styles`), and an embedded calculator names them in
 * `data-island-css`: src/scripts/island-css.ts loads them when the calculator nears the viewport.
 */
import technographics from './technographics/technographics.css?url';
import plattformen from './plattformen/plattformen.css?url';
import postingZeiten from './posting-zeiten/posting-zeiten.css?url';
import persona from './persona/persona.css?url';
import planung from '../components/planung/planung.css?url';
import kpiMonitoring from './kpi-monitoring/kpi-monitoring.css?url';
import planspiel from '../planspiel/planspiel.css?url';

export const calculatorCss = {
	technographics: [technographics],
	plattformen: [technographics, plattformen],
	postingZeiten: [postingZeiten],
	persona: [persona],
	planung: [planung],
	kpiMonitoring: [planung, kpiMonitoring],
	planspiel: [planspiel],
} as const satisfies Record<string, readonly string[]>;

/** Attributes for an embedded calculator's outer element: its sheets, loaded on approach. */
export function islandCss(sheets: readonly string[]): { 'data-island-css': string } {
	return { 'data-island-css': sheets.join(' ') };
}
