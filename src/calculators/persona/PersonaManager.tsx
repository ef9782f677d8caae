/** Choose, create, load and delete personas. */
import { addPersona, loadExample, removePersona, setActivePersona } from '../../stores/personas';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { createExample, type ExampleId } from './examples';
import type { PersonaStrings } from './strings';
import { MAX_PERSONAS, type Persona, type PersonaKind } from './schema';
import { fillTemplate } from '../../lib/template';

interface Props {
	personas: readonly Persona[];
	active: Persona | undefined;
	t: PersonaStrings;
	announce: (message: string) => void;
	/** Called after a persona was created or loaded, so the builder can start at step 1. */
	onCreated: () => void;
	/**
	 * Before the island runs, the stored personas are not known yet: say „wird geladen“ instead of
	 * „Noch keine Persona“, in exactly the space the empty message takes (no shift on hydration).
	 */
	loading?: boolean;
}

export function PersonaManager({ personas, active, t, announce, onCreated, loading = false }: Props) {
	const full = personas.length >= MAX_PERSONAS;
	const displayName = (p: Persona) => p.name.trim() || t.newPersonaName;

	const create = (kind: PersonaKind) => {
		if (full) return announce(fillTemplate(t.manage.full, { max: MAX_PERSONAS }));
		addPersona(t.newPersonaName, kind);
		announce(t.manage.created);
		onCreated();
	};
	const example = (id: ExampleId) => {
		if (full) return announce(fillTemplate(t.manage.full, { max: MAX_PERSONAS }));
		loadExample(id);
		announce(fillTemplate(t.manage.exampleLoaded, { name: createExample(id).name }));
		onCreated();
	};

	return (
		<section class="pb-block pb-manage" aria-labelledby="pb-manage-heading">
			<h2 id="pb-manage-heading">{t.manage.heading}</h2>
			{active ? (
				<div class="pb-field pb-field--short">
					<label for="pb-select">{t.manage.select}</label>
					<select id="pb-select" value={active.id} onChange={(e) => setActivePersona(e.currentTarget.value)}>
						{personas.map((p) => (
							<option key={p.id} value={p.id}>
								{displayName(p)}
							</option>
						))}
					</select>
				</div>
			) : loading ? (
				<p class="pb-waiting">
					<span class="pb-waiting-text">{t.loading}</span>
					<span class="pb-waiting-size" aria-hidden="true">
						{t.manage.empty}
					</span>
				</p>
			) : (
				<p>{t.manage.empty}</p>
			)}
			<div class="pb-actions">
				<button type="button" onClick={() => create('b2c')}>
					{t.manage.newB2c}
				</button>
				<button type="button" onClick={() => create('b2b')}>
					{t.manage.newB2b}
				</button>
			</div>
			<div class="pb-actions" role="group" aria-label={t.manage.examples}>
				<button type="button" onClick={() => example('oldtimer')}>
					{t.manage.exampleOldtimer}
				</button>
				<button type="button" onClick={() => example('geschirr')}>
					{t.manage.exampleGeschirr}
				</button>
			</div>
			{active && (
				<ConfirmButton
					key={active.id}
					label={t.manage.remove}
					question={fillTemplate(t.manage.removeConfirm, { name: displayName(active) })}
					confirmLabel={t.manage.removeYes}
					cancelLabel={t.manage.cancel}
					danger
					onConfirm={() => {
						removePersona(active.id);
						announce(fillTemplate(t.manage.removed, { name: displayName(active) }));
					}}
				/>
			)}
		</section>
	);
}
