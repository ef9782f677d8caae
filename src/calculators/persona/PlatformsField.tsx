/** The persona's platforms: a free list typed by hand, plus suggestions from the platform finder. */
import { useState } from 'preact/hooks';
import type { PersonaLabels } from './labels';
import { issueText } from './messages';
import { fill } from './template';
import { checkPlatformName } from './validate';

interface Props {
	platforms: readonly string[];
	labels: PersonaLabels;
	onChange: (platforms: string[]) => void;
	/** Platforms from the platform finder's last selection, if the reader used it. */
	suggestions?: readonly string[] | undefined;
}

export function PlatformsField({ platforms, labels, onChange, suggestions = [] }: Props) {
	const [draft, setDraft] = useState('');
	const [error, setError] = useState<string | undefined>(undefined);
	const t = labels.media;

	const add = (name: string): boolean => {
		const issue = checkPlatformName(platforms, name);
		setError(issueText(labels, issue));
		if (issue) return false;
		onChange([...platforms, name.trim()]);
		return true;
	};
	const open = suggestions.filter((s) => checkPlatformName(platforms, s) === undefined);

	return (
		<fieldset class="pb-fieldset">
			<legend>{t.platformsLegend}</legend>
			{platforms.length === 0 ? (
				<p class="pb-hint">{t.platformsEmpty}</p>
			) : (
				<ul class="pb-chips">
					{platforms.map((name) => (
						<li key={name} class="pb-chip">
							<span>{name}</span>
							<button
								type="button"
								class="pb-chip-remove"
								aria-label={fill(t.platformRemove, { name })}
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
					<label for="pb-platform">{t.platformInput}</label>
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
				<button type="submit">{t.platformAdd}</button>
			</form>
			{open.length > 0 && (
				<div class="pb-suggestions">
					<p class="pb-hint">
						{t.finderHeading} <a href="/rechner/plattformen/">{t.finderLink}</a>
					</p>
					<ul class="pb-chips">
						{open.map((name) => (
							<li key={name}>
								<button type="button" onClick={() => add(name)}>
									{fill(t.finderAdd, { name })}
								</button>
							</li>
						))}
					</ul>
				</div>
			)}
		</fieldset>
	);
}
