/**
 * A persona opened from a share link. It is only shown: „Übernehmen“ stores it as a new persona,
 * „Verwerfen“ forgets it. Saved personas are never touched, whatever the link contains.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PersonaStrings } from './strings';
import { PersonaCard } from './PersonaCard';
import type { Persona } from './schema';
import type { ShareError } from './share-link';

export type PreviewState = { ok: true; persona: Persona } | { ok: false; error: ShareError };

interface Props {
	preview: PreviewState;
	t: PersonaStrings;
	onAdopt: (persona: Persona) => void;
	onDismiss: () => void;
}

export function SharePreview({ preview, t, onAdopt, onDismiss }: Props) {
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => headingRef.current?.focus(), []);

	return (
		<section class="pb-preview" aria-labelledby="pb-preview-heading">
			<h2 id="pb-preview-heading" tabIndex={-1} ref={headingRef}>
				{t.preview.heading}
			</h2>
			{preview.ok ? (
				<>
					<p>{t.preview.intro}</p>
					<PersonaCard persona={preview.persona} t={t} idSuffix="preview" />
					<p class="pb-hint">{t.preview.adoptHint}</p>
					<div class="pb-actions">
						<button type="button" class="button-primary" onClick={() => onAdopt(preview.persona)}>
							{t.preview.adopt}
						</button>
						<button type="button" onClick={onDismiss}>
							{t.preview.dismiss}
						</button>
					</div>
				</>
			) : (
				<>
					<p class="field-error">
						{t.preview.errors[preview.error]} {t.preview.errorNothingChanged}
					</p>
					<button type="button" onClick={onDismiss}>
						{t.preview.dismiss}
					</button>
				</>
			)}
		</section>
	);
}
