/** A step that is just a list of text fields (goals, habitus, sources, approach). */
import { issueText, unsavedText } from './messages';
import { LONG_FIELDS, type LongField, type TextField as TextKey } from './schema';
import type { StepProps } from './step-props';
import { TextField } from './TextField';
import { issueFor, textLimit } from './validate';

interface Props extends StepProps {
	fields: readonly TextKey[];
}

export function FieldsStep({ persona, t, issues, update, fields }: Props) {
	return (
		<div class="pb-fields">
			{fields.map((f) => (
				<TextField
					key={f}
					id={`pb-${f}`}
					label={t.fields[f].label}
					hint={t.fields[f].hint || undefined}
					value={persona[f]}
					multiline={LONG_FIELDS.includes(f as LongField)}
					max={textLimit(f)}
					tooLong={(length) => unsavedText(t, textLimit(f), length)}
					error={issueText(t, issueFor(issues, f))}
					onInput={(value) => update((p) => ({ ...p, [f]: value }))}
				/>
			))}
		</div>
	);
}
