/**
 * A persona opened from a share link. It is only shown: „Übernehmen“ stores it as a new persona,
 * „Verwerfen“ forgets it. Saved personas are never touched, whatever the link contains.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PersonaLabels } from './labels';
import { PersonaCard } from './PersonaCard';
import type { Persona } from './schema';
import type { ShareError } from './share-link';

export type PreviewState = { ok: true; persona: Persona } | { ok: false; error: ShareError };

interface Props {
	preview: PreviewState;
	labels: PersonaLabels;
	onAdopt: (persona: Persona) => void;
	onDismiss: () => void;
}

export function SharePreview({ preview, labels, onAdopt, onDismiss }: Props) {
	const t = labels.preview;
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => headingRef.current?.focus(), []);

	return (
		<section class="pb-preview" aria-labelledby="pb-preview-heading">
			<h2 id="pb-preview-heading" tabIndex={-1} ref={headingRef}>
				{t.heading}
			</h2>
			{preview.ok ? (
				<>
					<p>{t.intro}</p>
					<PersonaCard persona={preview.persona} labels={labels} idSuffix="preview" />
					<p class="pb-hint">{t.adoptHint}</p>
					<div class="pb-actions">
						<button type="button" class="button-primary" onClick={() => onAdopt(preview.persona)}>
							{t.adopt}
						</button>
						<button type="button" onClick={onDismiss}>
							{t.dismiss}
						</button>
					</div>
				</>
			) : (
				<>
					<p class="field-error">
						{t.errors[preview.error]} {t.errorNothingChanged}
					</p>
					<button type="button" onClick={onDismiss}>
						{t.dismiss}
					</button>
				</>
			)}
		</section>
	);
}
