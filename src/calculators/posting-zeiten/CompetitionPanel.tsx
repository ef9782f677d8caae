/** Known competitor posting times, typed as a list; bad entries are listed with line numbers. */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import { $postingModel, $postingSettings, updatePostingSettings } from '../../stores/posting-zeiten';
import { totalPosts } from './competition';
import { fillTemplate } from '../../lib/template';

export function CompetitionPanel({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const settings = useStore($postingSettings);
	const { competition } = useStore($postingModel);
	const hasErrors = competition.errors.length > 0;
	return (
		<section class="pz-panel" aria-labelledby="pz-competition-heading">
			<h2 id="pz-competition-heading">3. {t.competition.heading}</h2>
			<div class="pz-field">
				<label for="pz-competition">{t.competition.label}</label>
				<textarea
					id="pz-competition"
					rows={5}
					value={settings.competition}
					placeholder={t.competition.placeholder}
					aria-describedby={`pz-competition-help pz-competition-summary${hasErrors ? ' pz-competition-errors' : ''}`}
					aria-invalid={hasErrors ? 'true' : 'false'}
					onInput={(e) => updatePostingSettings({ competition: e.currentTarget.value })}
				/>
				<p id="pz-competition-help" class="pz-hint">
					{t.competition.help}
				</p>
				<p id="pz-competition-summary" class="pz-hint">
					{fillTemplate(t.competition.summary, {
						entries: formatNumber(competition.entries, 0),
						posts: formatNumber(totalPosts(competition.week), 1),
					})}
				</p>
				{hasErrors && (
					<ul id="pz-competition-errors" class="field-error">
						{competition.errors.map((e) => (
							<li key={`${e.line}-${e.text}`}>
								{fillTemplate(t.competition.errorLine, {
									line: e.line,
									text: e.text,
									message: t.competition.errors[e.error],
								})}
							</li>
						))}
					</ul>
				)}
			</div>
		</section>
	);
}
