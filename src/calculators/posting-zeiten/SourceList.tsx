/**
 * What each imported file gave: format, records, skipped lines with reasons and the first bad
 * lines with their numbers — nothing is dropped silently.
 */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import {
	$importedSources,
	$postingSettings,
	clearSources,
	removeSource,
	type ImportedSource,
} from '../../stores/posting-zeiten';
import { formatInstant } from './describe';
import { SKIP_REASONS } from './import-core';
import { fillTemplate } from '../../lib/template';

function SourceItem({
	source,
	t,
	timeZone,
}: {
	source: ImportedSource;
	t: PostingZeitenStrings;
	timeZone: string;
}): JSX.Element {
	const s = source.summary;
	return (
		<li class={`pz-source${s.problem ? ' pz-source-problem' : ''}`}>
			<div class="pz-source-head">
				<strong>{source.name}</strong>
				{s.format && <span class="badge">{t.data.formatNames[s.format]}</span>}
				<button type="button" class="pz-small" onClick={() => removeSource(source.id)}>
					{fillTemplate(t.data.remove, { name: source.name })}
				</button>
			</div>
			{s.problem ? (
				<div class="field-error" role="alert">
					<p>{t.data.problems[s.problem]}</p>
					{s.expected && <p>{t.data.expected[s.expected]}</p>}
				</div>
			) : (
				<>
					<p>
						{fillTemplate(t.data.stats, {
							records: formatNumber(s.records, 0),
							total: formatNumber(s.total, 0),
							skipped: formatNumber(s.skipped, 0),
						})}
					</p>
					{s.filtered > 0 && <p>{fillTemplate(t.data.filtered, { filtered: formatNumber(s.filtered, 0) })}</p>}
					{s.firstMs !== undefined && s.lastMs !== undefined && (
						<p>
							{fillTemplate(t.data.period, {
								from: formatInstant(s.firstMs, timeZone),
								to: formatInstant(s.lastMs, timeZone),
							})}
						</p>
					)}
					{s.header && <p class="pz-hint">{fillTemplate(t.data.header, { header: s.header })}</p>}
				</>
			)}
			{s.skipped > 0 && (
				<details class="pz-bad-lines">
					<summary>
						{t.data.badLines} (
						{SKIP_REASONS.filter((r) => s.reasons[r] > 0)
							.map((r) =>
								fillTemplate(t.data.reasonCount, { reason: t.data.reasons[r], count: formatNumber(s.reasons[r], 0) }),
							)
							.join('; ')}
						)
					</summary>
					<ul>
						{s.samples.map((b) => (
							<li key={b.line}>
								{fillTemplate(t.data.badLine, { line: formatNumber(b.line, 0), reason: t.data.reasons[b.reason] })}{' '}
								<code>{b.text}</code>
							</li>
						))}
					</ul>
				</details>
			)}
		</li>
	);
}

export function SourceList({ t }: { t: PostingZeitenStrings }): JSX.Element | null {
	const sources = useStore($importedSources);
	const settings = useStore($postingSettings);
	if (sources.length === 0) return null;
	return (
		<div class="pz-sources">
			<h3>{t.data.sourcesHeading}</h3>
			<ul class="pz-source-list">
				{sources.map((s) => (
					<SourceItem key={s.id} source={s} t={t} timeZone={settings.timeZone} />
				))}
			</ul>
			<button type="button" onClick={clearSources}>
				{t.data.removeAll}
			</button>
		</div>
	);
}
