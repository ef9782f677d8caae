/** Island: compare up to three published ladders and index them against a reference. */
import { useStore } from '@nanostores/preact';
import { useShareHash } from './use-share-hash';
import { $ladderSelection, setLadderSelection, type LadderSelection } from '../../stores/technographics';
import { RUNGS, rungNotSurveyed } from './rungs';
import { MAX_COMPARE } from './share-link';
import { replaceSlot, type LadderDataset } from './datasets';
import { indexValue } from './profile';
import { fillTemplate } from '../../lib/template';
import { useHydrated } from '../../components/use-hydrated';
import { formatNumber, formatPercent } from '../../lib/number';
import { Bar } from '../../components/Bar';
import { DatasetSelect } from './DatasetSelect';
import type { CompareStrings } from './strings';

interface Props {
	datasets: LadderDataset[];
	defaults: LadderSelection;
	t: CompareStrings;
}

export function LadderCompare({ datasets, defaults, t }: Props) {
	const stored = useStore($ladderSelection);
	const ids = datasets.map((d) => d.id);
	useShareHash(defaults, ids);

	const hydrated = useHydrated();
	// The first render must match the server's HTML (see src/components/use-hydrated.ts).
	const selection = (hydrated ? stored : null) ?? defaults;
	const byId = new Map(datasets.map((d) => [d.id, d]));
	const shown = selection.compare.flatMap((id) => byId.get(id) ?? []);
	const reference = selection.reference ? byId.get(selection.reference) : undefined;
	const c = t.compare;

	const chooseSlot = (slot: number, id: string) =>
		setLadderSelection({ ...selection, compare: replaceSlot(selection.compare, slot, id) });

	return (
		<section class="tg-block" aria-labelledby="tg-compare-heading">
			<h2 id="tg-compare-heading">{c.heading}</h2>
			<p>{c.intro}</p>
			<div class="tg-controls">
				{Array.from({ length: MAX_COMPARE }, (_, slot) => (
					<DatasetSelect
						id={`tg-slot-${slot + 1}`}
						label={fillTemplate(c.slot, { n: slot + 1 })}
						value={selection.compare[slot] ?? ''}
						datasets={datasets}
						noneLabel={c.none}
						groupFull={c.groupFull}
						groupPartial={c.groupPartial}
						onChange={(id) => chooseSlot(slot, id)}
					/>
				))}
				<DatasetSelect
					id="tg-reference"
					label={c.reference}
					value={selection.reference ?? ''}
					datasets={datasets}
					noneLabel={c.referenceNone}
					groupFull={c.groupFull}
					groupPartial={c.groupPartial}
					onChange={(id) => setLadderSelection({ ...selection, reference: id || null })}
				/>
			</div>

			{shown.length === 0 ? (
				<p class="tg-empty">{c.empty}</p>
			) : (
				<div class="table-scroll">
					<table class="tg-ladder">
						<caption>{reference ? fillTemplate(c.captionIndex, { reference: reference.title }) : c.caption}</caption>
						<thead>
							<tr>
								<th scope="col">{c.rungColumn}</th>
								{shown.map((d) => (
									<th scope="col" key={d.id}>
										{d.title}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{RUNGS.map((rung) => (
								<tr key={rung}>
									<th scope="row" class="tg-rung">
										<span class="tg-rung-de">{t.rungs[rung].de}</span>{' '}
										<span class="tg-rung-en" lang="en">
											{t.rungs[rung].en}
										</span>
									</th>
									{shown.map((d, i) => {
										const value = d.values[rung];
										const index = reference ? indexValue(value, reference.values[rung]) : null;
										return (
											<td key={d.id}>
												<Bar value={value} series={(i + 1) as 1 | 2 | 3} />
												<span class="tg-value">
													{value === null ? (
														<span class="tg-missing">
															{rungNotSurveyed(rung, d.dataYear, value) ? t.notCollected : t.notPublished}
														</span>
													) : (
														formatPercent(value)
													)}
												</span>
												{index !== null && <span class="tg-index">{`${c.index} ${formatNumber(index, 0)}`}</span>}
											</td>
										);
									})}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<p class="tg-note">{t.overlap}</p>
			{reference && <p class="tg-note">{t.indexExplain}</p>}
			<DatasetMeta datasets={shown} t={t} />
		</section>
	);
}

/** Data year, population and source under the chart, plus notes on single values. */
function DatasetMeta({ datasets, t }: { datasets: LadderDataset[]; t: CompareStrings }) {
	const c = t.compare;
	return (
		<ul class="tg-meta">
			{datasets.map((d, i) => (
				<li key={d.id} class={`tg-meta-item tg-meta-s${i + 1}`}>
					<strong>{d.title}</strong>
					{`: ${c.dataYear} ${d.dataPeriod ?? d.dataYear}, ${c.published} ${d.published}. ${c.population}: ${d.population}. ${c.source}: `}
					<a href={`/quellen/#${d.sourceId}`}>{d.citation}</a>
					{`. ${d.notes}`}
					{Object.keys(d.valueNotes).length > 0 && (
						<ul class="tg-value-notes" aria-label={`${c.valueNotes}: ${d.title}`}>
							{RUNGS.flatMap((rung) => {
								const note = d.valueNotes[rung];
								return note ? [<li key={rung}>{`${t.rungs[rung].de}: ${note}`}</li>] : [];
							})}
						</ul>
					)}
				</li>
			))}
		</ul>
	);
}
