/**
 * One piece of what the team sees: a post, a thread, a message or figures. The status badge
 * says whether it is documented (with sources) or written for the exercise.
 */
import type { JSX } from 'preact';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import type { Material as MaterialData } from '../../schemas/planspiel';
import type { Citation } from '../load';
import { Cite, Paragraphs } from './Text';

interface Props {
	m: MaterialData;
	values: Record<string, string>;
	citations: Record<string, Citation>;
	t: PlanspielStrings;
}

export function Material({ m, values, citations, t }: Props): JSX.Element {
	return (
		<li class={`ps-material ps-material-${m.kind}`} data-status={m.status}>
			<p class="ps-material-head">
				<span class="ps-kind">{t.kinds[m.kind]}</span> <span class="ps-from">{m.from}</span>{' '}
				<span class={`ps-badge ps-badge-${m.status}`}>{t.status[m.status]}</span>
			</p>
			<div class="ps-material-text">
				<Paragraphs text={m.text} values={values} />
			</div>
			{m.sources.length > 0 && (
				<p class="ps-material-sources">
					<Cite ids={m.sources} citations={citations} />
				</p>
			)}
		</li>
	);
}
