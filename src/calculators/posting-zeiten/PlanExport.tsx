/** The weekly plan and the ways out: calendar file, CSV, share link, print. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import type { PostingModel } from '../../stores/posting-zeiten';
import { buildScoresCsv } from './csv-export';
import { reasonSentences, slotText } from './describe';
import { rankSlots } from './explain';
import { buildIcs } from './ics';
import { decayWeights } from './score';
import type { PostingSettings } from './settings';
import { encodeSettingsLink, LEGACY_PARAM } from './share';
import { rewriteHref } from '../../lib/share-link';
import { fillTemplate } from '../../lib/template';
import { CSV_TYPE, downloadFile } from '../../lib/download';

interface Props {
	t: PostingZeitenStrings;
	model: PostingModel;
	settings: PostingSettings;
}

export function PlanExport({ t, model, settings }: Props): JSX.Element {
	const e = t.export;
	const { plan } = model.result;
	const [shareMessage, setShareMessage] = useState<string | undefined>(undefined);
	const [shareUrl, setShareUrl] = useState<string | undefined>(undefined);

	const exportIcs = (): void => {
		const r = model.result;
		const planned = new Set(plan.slots);
		const reasons = rankSlots(
			r.scores,
			r.audience,
			r.competition,
			decayWeights(model.numbers.halfLife),
			Array.from({ length: 168 }, (_, s) => planned.has(s)),
			168,
		);
		const text = buildIcs({
			timeZone: settings.timeZone,
			now: Date.now(),
			calendarName: e.icsCalendarName,
			durationMinutes: 15,
			events: reasons.map((reason) => ({
				slot: reason.slot,
				summary: fillTemplate(e.icsSummary, { platform: t.platform.names[settings.platform] }),
				description: fillTemplate(e.icsDescription, { reasons: reasonSentences(t, reason).join(' ') }),
			})),
		});
		downloadFile(e.icsFile, text, 'text/calendar;charset=utf-8');
	};

	const exportCsv = (): void => {
		const r = model.result;
		const csv = buildScoresCsv(r.audience, r.competition, r.scoreIndex, new Set(plan.slots), {
			headers: e.csvHeaders,
			dayNames: t.dayNames,
			yes: e.yes,
			no: e.no,
		});
		downloadFile(e.csvFile, csv, CSV_TYPE);
	};

	const share = async (): Promise<void> => {
		// The settings go into the fragment only, which browsers never send to the server.
		const link = await encodeSettingsLink(settings);
		if (!link.ok) {
			setShareUrl(undefined);
			setShareMessage(e.shareTooLarge);
			return;
		}
		const href = rewriteHref(location.href, link.fragment, [LEGACY_PARAM]);
		setShareUrl(href);
		try {
			await navigator.clipboard.writeText(href);
			setShareMessage(e.shareCopied);
		} catch {
			// Clipboard access can be refused; the link is then shown for copying by hand.
			setShareMessage(e.shareManual);
		}
	};

	return (
		<section class="pz-plan" aria-labelledby="pz-plan-result-heading">
			<h3 id="pz-plan-result-heading">{t.results.planHeading}</h3>
			{plan.slots.length === 0 ? (
				<p class="field-error">{t.results.planEmpty}</p>
			) : (
				<>
					<p>
						{fillTemplate(t.results.planIntro, {
							count: plan.slots.length,
							gap: formatNumber(model.numbers.minGapHours),
						})}
					</p>
					<ol class="pz-plan-list">
						{plan.slots.map((s) => (
							<li key={s} data-slot={s}>
								{slotText(t, s)}
							</li>
						))}
					</ol>
					{plan.slots.length < plan.requested && (
						<p class="pz-note">
							{fillTemplate(t.results.planShort, { count: plan.slots.length, requested: plan.requested })}
						</p>
					)}
				</>
			)}
			<h3>{e.heading}</h3>
			<div class="pz-actions">
				<button type="button" class="button-primary" onClick={exportIcs} disabled={plan.slots.length === 0}>
					{e.ics}
				</button>
				<button type="button" onClick={exportCsv}>
					{e.csv}
				</button>
				<button type="button" onClick={() => void share()}>
					{e.share}
				</button>
				<button type="button" onClick={() => window.print()}>
					{e.print}
				</button>
			</div>
			<div role="status" aria-live="polite">
				{shareMessage && <p>{shareMessage}</p>}
			</div>
			{shareUrl && (
				<input
					class="pz-share-url"
					type="text"
					readOnly
					value={shareUrl}
					aria-label={e.shareManual}
					onFocus={(ev) => ev.currentTarget.select()}
				/>
			)}
		</section>
	);
}
