/** One study group's ranking: meta data, coverage, overall reach and platforms by reach. */
import type { FinderCard } from './finder';
import { groupLabel } from './labels';
import { fillTemplate } from '../../lib/template';
import { formatNumber, formatPercent } from '../../lib/number';
import { Bar } from '../../components/Bar';
import type { PlattformenStrings } from './strings';

interface Props {
	card: FinderCard;
	t: PlattformenStrings;
}

export function ResultCard({ card, t }: Props) {
	const { dataset: d, group, coverage, ranking, missing } = card;
	const c = t.card;
	const label = groupLabel(group, t);
	const headingId = `pf-${d.id}-${group.gender}-${group.minAge ?? 'x'}`;
	return (
		<article class="pf-card" aria-labelledby={headingId}>
			<h4 id={headingId}>{fillTemplate(c.heading, { title: d.title, group: label })}</h4>
			<p class="pf-meta">
				{`${c.population}: ${d.population}. ${c.year} ${d.dataYear}, ${c.published} ${d.published}. ${c.sample}: ${
					d.sampleSize === null ? c.sampleUnknown : formatNumber(d.sampleSize, 0)
				}. ${c.source}: `}
				<a href={`/quellen/#${d.sourceId}`}>{d.citation}</a>.
			</p>
			{coverage === 'breiter' && <p class="pf-coverage">{fillTemplate(c.coverageWider, { group: label })}</p>}
			{coverage === 'teilweise' && <p class="pf-coverage">{fillTemplate(c.coveragePartial, { group: label })}</p>}
			{group.overall !== null && (
				<p class="pf-overall">
					{`${c.overall}: `}
					<strong>{formatPercent(group.overall)}</strong>
				</p>
			)}
			{ranking.length > 0 ? (
				<table class="pf-table">
					<caption>{fillTemplate(c.caption, { frequency: t.frequencies[d.frequency] })}</caption>
					<thead>
						<tr>
							<th scope="col">{c.rank}</th>
							<th scope="col">{c.platform}</th>
							<th scope="col">{c.share}</th>
						</tr>
					</thead>
					<tbody>
						{ranking.map((r) => (
							<tr key={r.platform}>
								<td class="tg-num">{`${r.rank}.`}</td>
								<th scope="row">{r.platform}</th>
								<td>
									<Bar value={r.value} />
									<span class="tg-value">{formatPercent(r.value)}</span>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p class="tg-empty">{group.overall === null ? c.noValues : c.noPlatforms}</p>
			)}
			{missing.length > 0 && ranking.length > 0 && (
				<p class="tg-hint">{fillTemplate(c.missing, { platforms: missing.join(', ') })}</p>
			)}
			{group.notes && <p class="tg-hint">{group.notes}</p>}
			<p class="tg-hint">{d.notes}</p>
		</article>
	);
}
