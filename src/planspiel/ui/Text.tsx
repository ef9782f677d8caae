/** Scenario text as paragraphs, with `{name}` figures filled in, and short citations as links. */
import type { JSX } from 'preact';
import { fillTemplate } from '../../lib/template';
import { paragraphs } from '../format';
import type { Citation } from '../load';

export function Paragraphs({
	text,
	values,
	class: cls,
}: {
	text: string;
	values: Record<string, string>;
	class?: string;
}): JSX.Element {
	return (
		<>
			{paragraphs(text).map((p, i) => (
				<p key={i} class={cls}>
					{fillTemplate(p, values)}
				</p>
			))}
		</>
	);
}

/** „(FAZ.NET 2012; RTL.de 2012)“, each linking to its bibliography entry. */
export function Cite({
	ids,
	citations,
}: {
	ids: readonly string[];
	citations: Record<string, Citation>;
}): JSX.Element | null {
	if (ids.length === 0) return null;
	return (
		<span class="quelle ps-cite">
			(
			{ids.map((id, i) => (
				<span key={id}>
					{i > 0 && '; '}
					<a href={`/quellen/#${id}`} title={citations[id]?.title}>
						{citations[id]?.label ?? id}
					</a>
				</span>
			))}
			)
		</span>
	);
}
