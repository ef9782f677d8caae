/** Platform and half-life of a post, with the source of the default. */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import { $postingModel, $postingSettings, updatePostingSettings } from '../../stores/posting-zeiten';
import { Field } from '../../components/forms/Field';
import { PZ_FIELD } from './field-look';
import { PLATFORMS, platformDefault, type PlatformId } from './platforms';
import { fillTemplate } from '../../lib/template';

export function PlatformPanel({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const settings = useStore($postingSettings);
	const { numbers } = useStore($postingModel);
	const preset = platformDefault(settings.platform);
	const error = numbers.errors.halfLife;
	return (
		<section class="pz-panel" aria-labelledby="pz-platform-heading">
			<h2 id="pz-platform-heading">4. {t.platform.heading}</h2>
			<div class="pz-field">
				<label for="pz-platform">{t.platform.label}</label>
				<select
					id="pz-platform"
					value={settings.platform}
					onChange={(e) => {
						const platform = e.currentTarget.value as PlatformId;
						updatePostingSettings({ platform, halfLife: String(platformDefault(platform).halfLifeMinutes) });
					}}
				>
					{PLATFORMS.map((p) => (
						<option key={p.id} value={p.id}>
							{t.platform.names[p.id]}
						</option>
					))}
				</select>
			</div>
			<Field
				{...PZ_FIELD}
				id="pz-half-life"
				label={t.platform.halfLife}
				value={settings.halfLife}
				inputMode="decimal"
				hint={`${t.platform.halfLifeHint} ${t.platform.sources[settings.platform]}`}
				error={
					error ? `${error} ${fillTemplate(t.plan.fallback, { value: formatNumber(numbers.halfLife) })}` : undefined
				}
				onInput={(halfLife) => updatePostingSettings({ halfLife })}
			/>
			{settings.halfLife !== String(preset.halfLifeMinutes) && (
				<button
					type="button"
					class="pz-small"
					onClick={() => updatePostingSettings({ halfLife: String(preset.halfLifeMinutes) })}
				>
					{t.platform.useDefault} ({formatNumber(preset.halfLifeMinutes)})
				</button>
			)}
		</section>
	);
}
