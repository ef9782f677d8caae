/** The result area: basis of the model, heatmap with view switch, ranking, plan and exports. */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { $postingModel, $postingSettings, updatePostingSettings } from '../../stores/posting-zeiten';
import { Heatmap } from './Heatmap';
import { PlanExport } from './PlanExport';
import { Ranking } from './Ranking';
import type { HeatmapView } from './settings';
import { fillTemplate } from '../../lib/template';

const VIEWS: HeatmapView[] = ['score', 'audience', 'competition'];

export function Results({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const settings = useStore($postingSettings);
	const model = useStore($postingModel);
	const { result, basis } = model;
	const planned = new Set(result.plan.slots);
	const values =
		settings.view === 'audience'
			? result.audience.map((v) => v * 100)
			: settings.view === 'score'
				? result.scoreIndex.map((v) => v * 100)
				: result.competition;
	const d = t.data;
	return (
		<section class="pz-results" aria-labelledby="pz-results-heading">
			<h2 id="pz-results-heading">{t.results.heading}</h2>
			<p class="pz-basis" data-basis={basis.kind}>
				{basis.kind === 'data'
					? fillTemplate(t.results.basisData, { count: basis.count, zone: settings.timeZone })
					: basis.kind === 'persona'
						? fillTemplate(t.results.basisPersona, { name: basis.name || t.audience.personaUnnamed })
						: t.results.basisOwn}
			</p>
			{basis.kind === 'data' && basis.audience.total === 0 && <p class="pz-note">{d.noActivity}</p>}
			{basis.kind === 'data' && basis.audience.weekdaysOnly && <p class="pz-note">{d.weekdaysOnly}</p>}
			{basis.kind === 'data' && basis.audience.hoursOnly && <p class="pz-note">{d.hoursOnly}</p>}
			<fieldset class="pz-views">
				<legend>{t.results.viewLabel}</legend>
				{VIEWS.map((v) => (
					<span class="pz-check" key={v}>
						<input
							id={`pz-view-${v}`}
							type="radio"
							name="pz-view"
							checked={settings.view === v}
							onChange={() => updatePostingSettings({ view: v })}
						/>
						<label for={`pz-view-${v}`}>{t.results.views[v]}</label>
					</span>
				))}
			</fieldset>
			<Heatmap t={t} view={settings.view} values={values} planned={planned} allowed={model.allowed} />
			<div class="pz-result-columns">
				<Ranking t={t} ranking={result.ranking} planned={planned} />
				<PlanExport t={t} model={model} settings={settings} />
			</div>
		</section>
	);
}
