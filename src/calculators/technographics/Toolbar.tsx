/** Island: share link for the whole view, printing the result or the questionnaire. */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { useShareHash } from './use-share-hash';
import { $groupDraft, $ladderSelection, $selfTestAnswers, type LadderSelection } from '../../stores/technographics';
import { encodeShareLink } from './share-link';
import { checkCounts } from './counts-input';
import type { ToolbarStrings } from './strings';

interface Props {
	knownIds: string[];
	defaults: LadderSelection;
	/** Id of the <details> holding the printable questionnaire. */
	questionnaireId: string;
	t: ToolbarStrings;
}

/** Messages are irrelevant here: only valid counts go into the link. */
const SILENT = { nRequired: '', exceedsN: '', inactivesExclusive: '' };

export function Toolbar({ knownIds, defaults, questionnaireId, t }: Props) {
	useShareHash(defaults, knownIds);
	const selection = useStore($ladderSelection) ?? defaults;
	const { draft } = useStore($groupDraft);
	const selfTest = useStore($selfTestAnswers);
	const [link, setLink] = useState('');
	const [message, setMessage] = useState('');
	const b = t.toolbar;

	// Any change makes an earlier link stale, so it is hidden until copied again.
	useEffect(() => {
		setLink('');
		setMessage('');
	}, [selection, draft, selfTest]);

	const share = async () => {
		const check = checkCounts(draft, SILENT);
		const valid = check.n !== null && Object.keys(check.errors).length === 0;
		const encoded = await encodeShareLink({
			compare: selection.compare,
			reference: selection.reference,
			group: valid && check.n !== null ? { n: check.n, counts: check.counts } : null,
			selfTest: Object.keys(selfTest).length > 0 ? selfTest : null,
		});
		// The view is small; only a page in a hostile browser could fail here.
		if (!encoded.ok) return setMessage(b.copyFailed);
		const url = `${location.origin}${location.pathname}#${encoded.fragment}`;
		setLink(url);
		try {
			await navigator.clipboard.writeText(url);
			setMessage(b.copied);
		} catch {
			setMessage(b.copyFailed);
		}
	};

	const print = (mode: 'ergebnis' | 'fragebogen') => {
		const root = document.documentElement;
		const details = document.getElementById(questionnaireId);
		const wasOpen = details instanceof HTMLDetailsElement && details.open;
		if (mode === 'fragebogen' && details instanceof HTMLDetailsElement) details.open = true;
		root.dataset['print'] = mode;
		// The print stylesheet reads data-print; it is removed again once the dialog closes.
		const restore = () => {
			delete root.dataset['print'];
			if (details instanceof HTMLDetailsElement) details.open = wasOpen;
			window.removeEventListener('afterprint', restore);
		};
		window.addEventListener('afterprint', restore);
		window.print();
	};

	return (
		<section class="tg-block no-print" aria-labelledby="tg-toolbar-heading">
			<h2 id="tg-toolbar-heading">{b.heading}</h2>
			<p>{b.intro}</p>
			<div class="tg-actions">
				<button type="button" class="button-primary" onClick={() => void share()}>
					{b.copy}
				</button>
				<button type="button" onClick={() => print('ergebnis')}>
					{b.printResult}
				</button>
				<button type="button" onClick={() => print('fragebogen')}>
					{b.printQuestionnaire}
				</button>
			</div>
			{link && (
				<div class="tg-field">
					<label for="tg-share-link">{b.link}</label>
					<input id="tg-share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
				</div>
			)}
			<p role="status" class="tg-status">
				{message}
			</p>
		</section>
	);
}
