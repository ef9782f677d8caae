/** Choose, create, load and delete personas. */
import { addPersona, loadExample, removePersona, setActivePersona } from '../../stores/personas';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { createExample, type ExampleId } from './examples';
import type { PersonaLabels } from './labels';
import { MAX_PERSONAS, type Persona, type PersonaKind } from './schema';
import { fillTemplate } from '../../lib/template';

interface Props {
	personas: readonly Persona[];
	active: Persona | undefined;
	labels: PersonaLabels;
	announce: (message: string) => void;
	/** Called after a persona was created or loaded, so the builder can start at step 1. */
	onCreated: () => void;
}

export function PersonaManager({ personas, active, labels, announce, onCreated }: Props) {
	const t = labels.manage;
	const full = personas.length >= MAX_PERSONAS;
	const displayName = (p: Persona) => p.name.trim() || labels.newPersonaName;

	const create = (kind: PersonaKind) => {
		if (full) return announce(fillTemplate(t.full, { max: MAX_PERSONAS }));
		addPersona(labels.newPersonaName, kind);
		announce(t.created);
		onCreated();
	};
	const example = (id: ExampleId) => {
		if (full) return announce(fillTemplate(t.full, { max: MAX_PERSONAS }));
		loadExample(id);
		announce(fillTemplate(t.exampleLoaded, { name: createExample(id).name }));
		onCreated();
	};

	return (
		<section class="pb-block pb-manage" aria-labelledby="pb-manage-heading">
			<h2 id="pb-manage-heading">{t.heading}</h2>
			{active ? (
				<div class="pb-field pb-field--short">
					<label for="pb-select">{t.select}</label>
					<select id="pb-select" value={active.id} onChange={(e) => setActivePersona(e.currentTarget.value)}>
						{personas.map((p) => (
							<option key={p.id} value={p.id}>
								{displayName(p)}
							</option>
						))}
					</select>
				</div>
			) : (
				<p>{t.empty}</p>
			)}
			<div class="pb-actions">
				<button type="button" onClick={() => create('b2c')}>
					{t.newB2c}
				</button>
				<button type="button" onClick={() => create('b2b')}>
					{t.newB2b}
				</button>
			</div>
			<div class="pb-actions" role="group" aria-label={t.examples}>
				<button type="button" onClick={() => example('oldtimer')}>
					{t.exampleOldtimer}
				</button>
				<button type="button" onClick={() => example('geschirr')}>
					{t.exampleGeschirr}
				</button>
			</div>
			{active && (
				<ConfirmButton
					key={active.id}
					label={t.remove}
					question={fillTemplate(t.removeConfirm, { name: displayName(active) })}
					confirmLabel={t.removeYes}
					cancelLabel={t.cancel}
					danger
					onConfirm={() => {
						removePersona(active.id);
						announce(fillTemplate(t.removed, { name: displayName(active) }));
					}}
				/>
			)}
		</section>
	);
}
