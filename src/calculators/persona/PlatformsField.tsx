/** The persona's platforms: a free list typed by hand, plus the platform finder's last selection. */
import { useState } from 'preact/hooks';
import type { PlatformSelection } from '../../stores/plattformen';
import type { PersonaStrings } from './strings';
import { issueText } from './messages';
import { fillTemplate } from '../../lib/template';
import { checkPlatformName } from './validate';

interface Props {
	platforms: readonly string[];
	t: PersonaStrings;
	onChange: (platforms: string[]) => void;
	/** The platform finder's last selection, if the reader used it. */
	finder?: PlatformSelection | null | undefined;
	onAdoptFinder?: (() => void) | undefined;
}

export function PlatformsField({ platforms, t, onChange, finder, onAdoptFinder }: Props) {
	const [draft, setDraft] = useState('');
	const [error, setError] = useState<string | undefined>(undefined);

	const add = (name: string): boolean => {
		const issue = checkPlatformName(platforms, name);
		setError(issueText(t, issue));
		if (issue) return false;
		onChange([...platforms, name.trim()]);
		return true;
	};

	return (
		<fieldset class="pb-fieldset">
			<legend>{t.media.platformsLegend}</legend>
			{platforms.length === 0 ? (
				<p class="pb-hint">{t.media.platformsEmpty}</p>
			) : (
				<ul class="pb-chips">
					{platforms.map((name) => (
						<li key={name} class="pb-chip">
							<span>{name}</span>
							<button
								type="button"
								class="pb-chip-remove"
								aria-label={fillTemplate(t.media.platformRemove, { name })}
								onClick={() => onChange(platforms.filter((p) => p !== name))}
							>
								<span aria-hidden="true">×</span>
							</button>
						</li>
					))}
				</ul>
			)}
			<form
				class="pb-inline-form"
				onSubmit={(e) => {
					e.preventDefault();
					if (add(draft)) setDraft('');
				}}
			>
				<div class="pb-field pb-field--short">
					<label for="pb-platform">{t.media.platformInput}</label>
					<input
						id="pb-platform"
						type="text"
						autocomplete="off"
						value={draft}
						onInput={(e) => setDraft(e.currentTarget.value)}
						aria-invalid={error ? 'true' : undefined}
						aria-describedby={error ? 'pb-platform-error' : undefined}
					/>
					{error && (
						<p class="field-error" id="pb-platform-error">
							{error}
						</p>
					)}
				</div>
				<button type="submit">{t.media.platformAdd}</button>
			</form>
			{/* The button stays while a selection exists, even when everything is taken over, so that
			    keyboard focus is never dropped; the builder announces what was (or was not) added. */}
			{finder && onAdoptFinder ? (
				<div class="pb-suggestions">
					<p class="pb-hint">
						<span id="pb-finder-selection">
							{fillTemplate(t.media.finderSelection, {
								year: String(finder.year),
								platforms: finder.platforms.join(', '),
							})}
						</span>{' '}
						<a href="/rechner/plattformen/">{t.media.finderLink}</a>
					</p>
					<button type="button" aria-describedby="pb-finder-selection" onClick={onAdoptFinder}>
						{t.media.fromFinder}
					</button>
				</div>
			) : (
				<p class="pb-hint">
					{t.media.noFinder} <a href="/rechner/plattformen/">{t.media.finderLink}</a>
				</p>
			)}
		</fieldset>
	);
}
