/** The own group's result: shares with 95 % intervals, index, export and the saved state. */
import { RUNGS } from './rungs';
import type { ProfileShares, RungValues } from './profile';
import type { LadderDataset } from './datasets';
import { buildResultCsv } from './export';
import { fillTemplate } from '../../lib/template';
import { formatNumber, formatPercent } from '../../lib/number';
import { Bar } from '../../components/Bar';
import { CSV_TYPE, downloadFile } from '../../lib/download';
import type { GroupStrings } from './strings';

interface Props {
	n: number | null;
	profile: ProfileShares | null;
	index: RungValues;
	reference: LadderDataset | null;
	fromLink: boolean;
	saved: boolean;
	t: GroupStrings;
	onAdopt: () => void;
	onForget: () => void;
}

export function GroupResult({ n, profile, index, reference, fromLink, saved, t, onAdopt, onForget }: Props) {
	const g = t.group;
	if (!profile || n === null) {
		return (
			<div class="tg-result" aria-live="polite">
				<h3>{g.resultHeading}</h3>
				<p class="tg-empty">{g.resultEmpty}</p>
				{saved && (
					<button type="button" class="no-print" onClick={onForget}>
						{g.forget}
					</button>
				)}
			</div>
		);
	}

	const download = () => {
		const csv = buildResultCsv(n, profile, index, { columns: g.exportColumns, rungs: t.rungs });
		downloadFile(g.exportFile, csv, CSV_TYPE);
	};

	return (
		<div class="tg-result tg-print-result">
			<h3>{g.resultHeading}</h3>
			{fromLink && (
				<div class="tg-notice no-print">
					<p>{g.sharedNotice}</p>
					<button type="button" onClick={onAdopt}>
						{g.adopt}
					</button>
				</div>
			)}
			<div class="table-scroll">
				<table class="tg-ladder tg-group-table">
					<caption>
						{reference
							? fillTemplate(g.captionIndex, { n, reference: reference.title })
							: fillTemplate(g.caption, { n })}
					</caption>
					<thead>
						<tr>
							<th scope="col">{t.compare.rungColumn}</th>
							<th scope="col">{g.count}</th>
							<th scope="col">{g.share}</th>
							<th scope="col">{g.interval}</th>
							{reference && <th scope="col">{g.index}</th>}
						</tr>
					</thead>
					<tbody>
						{RUNGS.map((rung) => {
							const r = profile[rung];
							const idx = index[rung];
							return (
								<tr key={rung}>
									<th scope="row" class="tg-rung">
										<span class="tg-rung-de">{t.rungs[rung].de}</span>{' '}
										<span class="tg-rung-en" lang="en">
											{t.rungs[rung].en}
										</span>
									</th>
									<td class="tg-num">
										{r ? formatNumber(r.count, 0) : <span class="tg-missing">{t.notSurveyed}</span>}
									</td>
									<td>
										<Bar value={r?.share ?? null} interval={r ? { low: r.low, high: r.high } : null} />
										<span class="tg-value">{r ? formatPercent(r.share, 1) : ''}</span>
									</td>
									<td class="tg-num">
										{r
											? fillTemplate(g.intervalValue, { low: formatPercent(r.low, 1), high: formatPercent(r.high, 1) })
											: ''}
									</td>
									{reference && <td class="tg-num">{idx === null ? '' : formatNumber(idx, 0)}</td>}
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			<p class="tg-note">{g.intervalExplain}</p>
			<p class="tg-note">{t.overlap}</p>
			{reference && <p class="tg-note">{t.indexExplain}</p>}
			<div class="tg-actions no-print">
				<button type="button" onClick={download}>
					{g.exportCsv}
				</button>
				{saved && (
					<button type="button" onClick={onForget}>
						{g.forget}
					</button>
				)}
			</div>
			{saved && <p class="tg-hint no-print">{g.saved}</p>}
		</div>
	);
}
