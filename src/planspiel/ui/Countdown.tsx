/**
 * The round's countdown: time left, pause, one more minute, switch off (WCAG 2.2.1: a time limit
 * can be turned off, paused and extended). The clock itself is not announced every second;
 * a polite live region says when 30 and 10 seconds are left.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fillTemplate } from '../../lib/template';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import { formatCountdown } from '../format';
import type { Countdown as CountdownState } from './use-countdown';

const WARN_AT = [30, 10];

interface Props {
	c: CountdownState;
	total: number;
	/** What happens when time runs out, e.g. „Bis zum Morgen beobachten“. */
	timeoutLabel: string;
	onOff: () => void;
	t: PlanspielStrings['countdown'];
}

export function Countdown({ c, total, timeoutLabel, onOff, t }: Props): JSX.Element {
	const whole = Math.ceil(c.remaining);
	const [warning, setWarning] = useState('');
	useEffect(() => {
		if (WARN_AT.includes(whole) && whole < total) setWarning(fillTemplate(t.warn, { seconds: whole }));
	}, [whole, total]);
	const time = formatCountdown(c.remaining);
	return (
		<div class="ps-countdown" data-urgent={whole <= 10 ? 'true' : undefined}>
			<p class="ps-clock" role="timer" aria-label={t.label}>
				{fillTemplate(c.paused ? t.paused : t.left, { time })}
			</p>
			<p class="ps-timeout-note">{fillTemplate(t.timeout, { choice: timeoutLabel })}</p>
			<div class="ps-countdown-actions">
				<button type="button" onClick={c.paused ? c.resume : c.pause}>
					{c.paused ? t.resume : t.pause}
				</button>
				<button type="button" onClick={() => c.extend(60)}>
					{t.extend}
				</button>
				<button type="button" onClick={onOff}>
					{t.off}
				</button>
			</div>
			<p class="visually-hidden" aria-live="polite">
				{warning}
			</p>
		</div>
	);
}
