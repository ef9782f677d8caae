/** The completeness indicator: a native <meter> plus the numbers in words. */
import { formatNumber, formatPercent } from '../../lib/number';
import type { Completeness } from './completeness';
import type { PersonaStrings } from './strings';
import { fillTemplate } from '../../lib/template';

interface Props {
	completeness: Completeness;
	t: PersonaStrings;
}

export function CompletenessMeter({ completeness: c, t }: Props) {
	return (
		<div class="pb-meter">
			<label for="pb-meter">{t.completeness.label}</label>
			<meter
				id="pb-meter"
				min={0}
				max={100}
				low={50}
				high={99}
				optimum={100}
				value={c.percent}
				aria-describedby="pb-meter-text"
			>
				{formatPercent(c.percent)}
			</meter>
			<span id="pb-meter-text">
				{fillTemplate(t.completeness.value, {
					percent: formatPercent(c.percent),
					filled: formatNumber(c.filled),
					total: formatNumber(c.total),
				})}
			</span>
		</div>
	);
}
