/** Time zone of the audience and the model used when no data are imported. */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { $activePersona } from '../../stores/personas';
import { $importedSources, $postingSettings, updatePostingSettings } from '../../stores/posting-zeiten';
import { ScheduleFields } from './ScheduleFields';
import { fillTemplate } from '../../lib/template';
import { escapeHtml } from '../../lib/escape-html';

const COMMON_ZONES = [
	'Europe/Berlin',
	'Europe/Vienna',
	'Europe/Zurich',
	'Europe/London',
	'Europe/Paris',
	'America/New_York',
	'America/Chicago',
	'America/Los_Angeles',
	'UTC',
];

/**
 * The options of all other zones (about 420) as one piece of HTML. Preact neither builds nor
 * compares them one by one: hydrating them as elements was most of the form's longest task on
 * load (issue 14). Zone ids are ASCII names; they are escaped all the same.
 */
function zoneOptionsHtml(zones: readonly string[]): string {
	return zones
		.map((zone) => {
			const name = escapeHtml(zone);
			return `<option value="${name}">${name}</option>`;
		})
		.join('');
}

function allZones(): string[] {
	try {
		return Intl.supportedValuesOf('timeZone');
	} catch {
		return [];
	}
}

export function AudiencePanel({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const settings = useStore($postingSettings);
	const persona = useStore($activePersona);
	const sources = useStore($importedSources);
	const zones = useMemo(() => allZones().filter((z) => !COMMON_ZONES.includes(z)), []);
	const otherOptions = useMemo(() => ({ __html: zoneOptionsHtml(zones) }), [zones]);
	const known = COMMON_ZONES.includes(settings.timeZone) || zones.includes(settings.timeZone);

	return (
		<section class="pz-panel" aria-labelledby="pz-audience-heading">
			<h2 id="pz-audience-heading">2. {t.audience.heading}</h2>
			<div class="pz-field">
				<label for="pz-zone">{t.audience.timeZone}</label>
				<select
					id="pz-zone"
					aria-describedby="pz-zone-hint"
					value={settings.timeZone}
					onChange={(e) => updatePostingSettings({ timeZone: e.currentTarget.value })}
				>
					<optgroup label={t.audience.commonZones}>
						{!known && <option value={settings.timeZone}>{settings.timeZone}</option>}
						{COMMON_ZONES.map((z) => (
							<option key={z} value={z}>
								{z}
							</option>
						))}
					</optgroup>
					<optgroup label={t.audience.allZones} dangerouslySetInnerHTML={otherOptions} />
				</select>
				<p id="pz-zone-hint" class="pz-hint">
					{t.audience.timeZoneHint}
				</p>
			</div>
			{sources.length > 0 && <p class="pz-note">{t.audience.usingData}</p>}
			<fieldset>
				<legend>{t.audience.model}</legend>
				<div class="pz-check">
					<input
						id="pz-model-persona"
						type="radio"
						name="pz-model"
						checked={settings.model === 'persona'}
						onChange={() => updatePostingSettings({ model: 'persona' })}
					/>
					<label for="pz-model-persona">{t.audience.modelPersona}</label>
				</div>
				{settings.model === 'persona' && (
					<div class="pz-persona">
						{persona ? (
							<>
								<p>{fillTemplate(t.audience.persona, { name: persona.name || t.audience.personaUnnamed })}</p>
								<button
									type="button"
									class="pz-small"
									onClick={() => updatePostingSettings({ model: 'eigene', schedule: persona.schedule })}
								>
									{t.audience.copyPersona}
								</button>
							</>
						) : (
							<p>{t.audience.noPersona}</p>
						)}{' '}
						<a href="/rechner/persona/">{t.audience.personaLink}</a>
					</div>
				)}
				<div class="pz-check">
					<input
						id="pz-model-own"
						type="radio"
						name="pz-model"
						checked={settings.model === 'eigene'}
						onChange={() => updatePostingSettings({ model: 'eigene' })}
					/>
					<label for="pz-model-own">{t.audience.modelOwn}</label>
				</div>
			</fieldset>
			{(settings.model === 'eigene' || !persona) && (
				<ScheduleFields
					t={t}
					schedule={settings.schedule}
					onChange={(schedule) => updatePostingSettings({ schedule })}
				/>
			)}
		</section>
	);
}
