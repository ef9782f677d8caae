/** Step 1: name, B2C or B2B, and a typical sentence. */
import { FieldsStep } from './FieldsStep';
import type { PersonaKind } from './schema';
import type { StepProps } from './step-props';

export function BasicsStep(props: StepProps) {
	const { persona, t, update } = props;
	const setKind = (kind: PersonaKind) => update((p) => ({ ...p, kind }));
	return (
		<>
			<FieldsStep {...props} fields={['name']} />
			<fieldset class="pb-fieldset" aria-describedby="pb-kind-hint">
				<legend>{t.kind.legend}</legend>
				<p class="pb-hint" id="pb-kind-hint">
					{t.kind.hint}
				</p>
				{(['b2c', 'b2b'] as const).map((kind) => (
					<label class="pb-choice" key={kind}>
						<input
							type="radio"
							name="pb-kind"
							value={kind}
							checked={persona.kind === kind}
							onChange={() => setKind(kind)}
						/>
						{t.kind[kind]}
					</label>
				))}
			</fieldset>
			<FieldsStep {...props} fields={['quote']} />
		</>
	);
}
