/** The best hours, each with the sentences that explain its rank. */
import type { JSX } from 'preact';
import type { PostingZeitenLabels } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import { reasonSentences, slotText } from './describe';
import type { SlotReason } from './explain';
import { fillTemplate } from '../../lib/template';

export function Ranking({
	labels,
	ranking,
	planned,
}: {
	labels: PostingZeitenLabels;
	ranking: SlotReason[];
	planned: ReadonlySet<number>;
}): JSX.Element {
	const t = labels.results;
	return (
		<section class="pz-ranking" aria-labelledby="pz-ranking-heading">
			<h3 id="pz-ranking-heading">{t.rankingHeading}</h3>
			<p class="pz-hint">{t.rankingIntro}</p>
			<ol>
				{ranking.map((r) => (
					<li key={r.slot} data-slot={r.slot}>
						<strong>
							{fillTemplate(t.rankTitle, { slot: slotText(labels, r.slot), score: formatNumber(r.scoreIndex, 0) })}
						</strong>
						{planned.has(r.slot) && <span class="badge pz-badge-plan">{t.inPlan}</span>}
						<br />
						<span class="pz-reason">{reasonSentences(labels, r).join(' ')}</span>
					</li>
				))}
			</ol>
		</section>
	);
}
