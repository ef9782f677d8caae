/** The best hours, each with the sentences that explain its rank. */
import type { JSX } from 'preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import { reasonSentences, slotText } from './describe';
import type { SlotReason } from './explain';
import { fillTemplate } from '../../lib/template';

export function Ranking({
	t,
	ranking,
	planned,
}: {
	t: PostingZeitenStrings;
	ranking: SlotReason[];
	planned: ReadonlySet<number>;
}): JSX.Element {
	return (
		<section class="pz-ranking" aria-labelledby="pz-ranking-heading">
			<h3 id="pz-ranking-heading">{t.results.rankingHeading}</h3>
			<p class="pz-hint">{t.results.rankingIntro}</p>
			<ol>
				{ranking.map((r) => (
					<li key={r.slot} data-slot={r.slot}>
						<strong>
							{fillTemplate(t.results.rankTitle, { slot: slotText(t, r.slot), score: formatNumber(r.scoreIndex, 0) })}
						</strong>
						{planned.has(r.slot) && <span class="badge pz-badge-plan">{t.results.inPlan}</span>}
						<br />
						<span class="pz-reason">{reasonSentences(t, r).join(' ')}</span>
					</li>
				))}
			</ol>
		</section>
	);
}
