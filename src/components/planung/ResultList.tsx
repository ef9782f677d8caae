/** Key figures of a result as a description list: label, then the formatted value. */
import type { JSX } from 'preact';

export interface ResultItem {
	label: string;
	value: string;
	/** Set for the figure the verdict is about, so that it stands out. */
	strong?: boolean;
}

export function ResultList({ items }: { items: readonly ResultItem[] }): JSX.Element {
	return (
		<dl class="pl-figures">
			{items.map((item) => (
				<div key={item.label} class={item.strong ? 'pl-figure pl-figure-strong' : 'pl-figure'}>
					<dt>{item.label}</dt>
					<dd>{item.value}</dd>
				</div>
			))}
		</dl>
	);
}
