/** Step 2: demographics for B2C, company and role for B2B. */
import { FieldsStep } from './FieldsStep';
import { BUYING_ROLES, type BuyingRole } from './schema';
import type { StepProps } from './step-props';

export function PeopleStep(props: StepProps) {
	const { persona, t, update } = props;
	if (persona.kind === 'b2c') {
		return <FieldsStep {...props} fields={['age', 'gender', 'income', 'education', 'occupation', 'place']} />;
	}
	return (
		<>
			<FieldsStep
				{...props}
				fields={['industry', 'companySize', 'revenue', 'jobTitle', 'reportsTo', 'successMeasure']}
			/>
			<div class="pb-field">
				<label for="pb-buyingRole">{t.buyingRole.label}</label>
				<p class="pb-hint" id="pb-buyingRole-hint">
					{t.buyingRole.hint}
				</p>
				<select
					id="pb-buyingRole"
					aria-describedby="pb-buyingRole-hint"
					value={persona.buyingRole}
					onChange={(e) => {
						const role = e.currentTarget.value as BuyingRole;
						if (BUYING_ROLES.includes(role)) update((p) => ({ ...p, buyingRole: role }));
					}}
				>
					{BUYING_ROLES.map((role) => (
						<option key={role} value={role}>
							{t.buyingRole.options[role]}
						</option>
					))}
				</select>
			</div>
		</>
	);
}
