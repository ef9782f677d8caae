/** Builds the share link for one persona and copies it; the link itself never leaves the browser. */
import { useEffect, useState } from 'preact/hooks';
import type { PersonaStrings } from './strings';
import type { Persona } from './schema';
import { encodeShareFragment } from './share-link';

interface Props {
	persona: Persona;
	t: PersonaStrings;
}

export function SharePanel({ persona, t }: Props) {
	const [link, setLink] = useState<string | undefined>(undefined);
	const [message, setMessage] = useState('');

	// A link made before the last edit would share an old state, so it is dropped on every change.
	useEffect(() => {
		setLink(undefined);
		setMessage('');
	}, [persona]);

	const create = async () => {
		const result = await encodeShareFragment(persona);
		if (!result.ok) {
			setLink(undefined);
			setMessage(t.share.tooLarge);
			return;
		}
		setMessage('');
		setLink(`${location.origin}${location.pathname}#${result.fragment}`);
	};
	const copy = async () => {
		if (!link) return;
		try {
			await navigator.clipboard.writeText(link);
			setMessage(t.share.copied);
		} catch {
			const input = document.getElementById('pb-share-link');
			if (input instanceof HTMLInputElement) input.select();
			setMessage(t.share.copyFailed);
		}
	};

	return (
		<section class="pb-block" aria-labelledby="pb-share-heading">
			<h3 id="pb-share-heading">{t.share.heading}</h3>
			<p class="pb-hint">{t.share.hint}</p>
			<button type="button" onClick={() => void create()}>
				{t.share.create}
			</button>
			{link && (
				<div class="pb-share">
					<label for="pb-share-link">{t.share.linkLabel}</label>
					<span class="pb-input-row">
						<input id="pb-share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
						<button type="button" onClick={() => void copy()}>
							{t.share.copy}
						</button>
					</span>
				</div>
			)}
			<p role="status" class="pb-status">
				{message}
			</p>
		</section>
	);
}
