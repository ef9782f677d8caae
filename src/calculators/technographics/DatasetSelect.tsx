/** A labelled select of published ladders, full ladders first, then ladders with gaps. */
import type { LadderDataset } from './datasets';

interface Props {
	id: string;
	label: string;
	value: string;
	datasets: LadderDataset[];
	noneLabel: string;
	groupFull: string;
	groupPartial: string;
	onChange: (id: string) => void;
}

export function DatasetSelect({ id, label, value, datasets, noneLabel, groupFull, groupPartial, onChange }: Props) {
	const groups = [
		{ label: groupFull, items: datasets.filter((d) => d.complete) },
		{ label: groupPartial, items: datasets.filter((d) => !d.complete) },
	];
	return (
		<div class="tg-field">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
				<option value="">{noneLabel}</option>
				{groups.map((g) =>
					g.items.length > 0 ? (
						<optgroup label={g.label} key={g.label}>
							{g.items.map((d) => (
								<option value={d.id} key={d.id}>
									{d.title}
								</option>
							))}
						</optgroup>
					) : null,
				)}
			</select>
		</div>
	);
}
