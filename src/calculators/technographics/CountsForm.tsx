/** The typed counts: n and one field per rung, each with its own error message. */
import { RUNGS, type Rung } from './rungs';
import type { CountsDraft, CountsField } from './counts-input';
import { fillTemplate } from '../../lib/template';
import type { GroupStrings } from './strings';

interface Props {
	draft: CountsDraft;
	errors: Partial<Record<CountsField, string>>;
	t: GroupStrings;
	onChange: (draft: CountsDraft) => void;
}

export function CountsForm({ draft, errors, t, onChange }: Props) {
	const setCount = (rung: Rung, value: string) => onChange({ ...draft, counts: { ...draft.counts, [rung]: value } });
	return (
		<fieldset class="tg-fieldset">
			<legend>{t.group.manualLegend}</legend>
			<NumberField
				id="tg-n"
				label={t.group.n}
				value={draft.n}
				error={errors.n}
				onInput={(v) => onChange({ ...draft, n: v })}
			/>
			<p class="tg-hint" id="tg-count-hint">
				{t.group.emptyHint}
			</p>
			{RUNGS.map((rung) => (
				<NumberField
					key={rung}
					id={`tg-count-${rung}`}
					label={fillTemplate(t.group.countLabel, t.rungs[rung])}
					value={draft.counts[rung]}
					error={errors[rung]}
					hint="tg-count-hint"
					onInput={(v) => setCount(rung, v)}
				/>
			))}
		</fieldset>
	);
}

interface FieldProps {
	id: string;
	label: string;
	value: string;
	error: string | undefined;
	hint?: string;
	onInput: (value: string) => void;
}

/** A text field for whole numbers; text (not type=number) so that nothing typed is swallowed. */
function NumberField({ id, label, value, error, hint, onInput }: FieldProps) {
	const describedBy = [error ? `${id}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
	return (
		<div class="tg-field tg-field-number">
			<label for={id}>{label}</label>
			<input
				id={id}
				type="text"
				inputMode="numeric"
				autoComplete="off"
				value={value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{error && (
				<p class="field-error" id={`${id}-error`}>
					{error}
				</p>
			)}
		</div>
	);
}
