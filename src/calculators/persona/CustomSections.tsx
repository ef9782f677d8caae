/** Own sections on the overview page: a heading and a text each, as many as the author needs. */
import { useEffect, useState } from 'preact/hooks';
import { createId } from './ids';
import { issueText, unsavedText } from './messages';
import { LONG_MAX, MAX_SECTIONS, SHORT_MAX } from './schema';
import type { StepProps } from './step-props';
import { fillTemplate } from '../../lib/template';
import { TextField } from './TextField';
import { issueFor } from './validate';

export function CustomSections({ persona, t, issues, update }: StepProps) {
	const [focusId, setFocusId] = useState<string | null>(null);

	// A new section gets focus on its heading field, so keyboard users can type right away. The
	// store re-renders a tick later (useStore batches), so this retries until the field exists.
	useEffect(() => {
		if (!focusId) return;
		const field = document.getElementById(`pb-section-title-${focusId}`);
		if (!field) return;
		field.focus();
		setFocusId(null);
	});

	const setSection = (id: string, key: 'title' | 'text', value: string) =>
		update((p) => ({ ...p, customSections: p.customSections.map((s) => (s.id === id ? { ...s, [key]: value } : s)) }));
	const add = () => {
		const id = createId();
		update((p) => ({ ...p, customSections: [...p.customSections, { id, title: '', text: '' }] }));
		setFocusId(id);
	};
	const remove = (id: string) => update((p) => ({ ...p, customSections: p.customSections.filter((s) => s.id !== id) }));

	return (
		<section class="pb-block" aria-labelledby="pb-custom-heading">
			<h3 id="pb-custom-heading">{t.overview.customHeading}</h3>
			<p class="pb-hint">{t.overview.customIntro}</p>
			{persona.customSections.length === 0 && <p>{t.overview.customEmpty}</p>}
			{persona.customSections.map((s) => (
				<div class="pb-custom" key={s.id}>
					<TextField
						id={`pb-section-title-${s.id}`}
						label={t.overview.customTitle}
						value={s.title}
						max={SHORT_MAX}
						tooLong={(length) => unsavedText(t, SHORT_MAX, length)}
						error={issueText(t, issueFor(issues, `section-title:${s.id}`))}
						onInput={(v) => setSection(s.id, 'title', v)}
					/>
					<TextField
						id={`pb-section-text-${s.id}`}
						label={t.overview.customText}
						value={s.text}
						max={LONG_MAX}
						tooLong={(length) => unsavedText(t, LONG_MAX, length)}
						multiline
						error={issueText(t, issueFor(issues, `section-text:${s.id}`))}
						onInput={(v) => setSection(s.id, 'text', v)}
					/>
					<button type="button" onClick={() => remove(s.id)}>
						{fillTemplate(t.overview.customRemove, { title: s.title.trim() || t.overview.customUntitled })}
					</button>
				</div>
			))}
			{persona.customSections.length < MAX_SECTIONS && (
				<button type="button" onClick={add}>
					{t.overview.customAdd}
				</button>
			)}
		</section>
	);
}
