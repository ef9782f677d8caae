/** The group code, an optional group name and the link for the trainer's comparison view. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import { MAX_GROUP_NAME } from '../../stores/planspiel';
import { encodeCompareLink } from '../share';

interface Props {
	code: string;
	group: string;
	onGroup: (name: string) => void;
	/** Absolute or site-relative address of the comparison view. */
	compareHref: string;
	t: PlanspielStrings['debrief'];
	idPrefix: string;
}

export function ShareCode({ code, group, onGroup, compareHref, t, idPrefix }: Props): JSX.Element {
	const [status, setStatus] = useState('');
	const [fragment, setFragment] = useState('');
	useEffect(() => {
		let current = true;
		// The codec compresses asynchronously; a newer group name must not be overwritten by an older one.
		void encodeCompareLink([{ label: group.trim(), code }]).then((f) => {
			if (current) setFragment(f ?? '');
		});
		return () => {
			current = false;
		};
	}, [group, code]);
	const origin = typeof location === 'undefined' ? '' : location.origin;
	const link = `${origin}${compareHref}${fragment ? `#${fragment}` : ''}`;
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(link);
			setStatus(t.copied);
		} catch {
			setStatus(t.copyFailed);
		}
	};
	return (
		<section class="ps-share" aria-labelledby={`${idPrefix}-code-h`}>
			<h3 id={`${idPrefix}-code-h`}>{t.codeHeading}</h3>
			<p class="ps-code" data-testid="gruppencode">
				{code}
			</p>
			<p class="no-print">{t.codeIntro}</p>
			<div class="ps-field no-print">
				<label for={`${idPrefix}-group`}>{t.group}</label>
				<input
					id={`${idPrefix}-group`}
					type="text"
					value={group}
					maxLength={MAX_GROUP_NAME}
					autocomplete="off"
					aria-describedby={`${idPrefix}-group-hint`}
					onInput={(e) => onGroup(e.currentTarget.value)}
				/>
				<p id={`${idPrefix}-group-hint`} class="ps-note">
					{t.groupHint}
				</p>
			</div>
			<div class="ps-field no-print">
				<label for={`${idPrefix}-link`}>{t.link}</label>
				<input id={`${idPrefix}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
			</div>
			<div class="ps-actions no-print">
				<button type="button" onClick={() => void copy()}>
					{t.copy}
				</button>
			</div>
			<p class="ps-note no-print" role="status">
				{status}
			</p>
		</section>
	);
}
