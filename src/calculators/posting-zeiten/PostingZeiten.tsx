/**
 * Island of the posting-time calculator. It only arranges the panels; state and actions live in
 * src/stores/posting-zeiten.ts, the maths in the pure modules of this folder.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { $activePersona } from '../../stores/personas';
import {
	$postingSettings,
	$sharedSettings,
	applySharedSettings,
	dismissSharedSettings,
	offerSharedSettings,
	resetPostingSettings,
} from '../../stores/posting-zeiten';
import { AudiencePanel } from './AudiencePanel';
import { CompetitionPanel } from './CompetitionPanel';
import { ImportPanel } from './ImportPanel';
import { PlanRulesPanel } from './PlanRulesPanel';
import { PlatformPanel } from './PlatformPanel';
import { Results } from './Results';
import { rewriteHref } from '../../lib/share-link';
import { encodeSettingsLink, LEGACY_PARAM, readSharedSettings } from './share';
import { DEFAULT_SETTINGS } from './settings';

/** Remove the shared settings from the address bar once the user has decided. */
function dropShareParam(): void {
	history.replaceState(history.state, '', rewriteHref(location.href, '', [LEGACY_PARAM]));
}

function SharedBanner({ t }: { t: PostingZeitenStrings }): JSX.Element | null {
	const shared = useStore($sharedSettings);
	if (shared === undefined) return null;
	if (shared === 'invalid') {
		return (
			<div class="pz-banner" role="alert">
				<p>{t.shared.invalid}</p>
				<button type="button" onClick={() => (dismissSharedSettings(), dropShareParam())}>
					{t.shared.ok}
				</button>
			</div>
		);
	}
	return (
		<div class="pz-banner" role="region" aria-label={t.shared.found}>
			<p>{t.shared.found}</p>
			<button type="button" class="button-primary" onClick={() => (applySharedSettings(), dropShareParam())}>
				{t.shared.apply}
			</button>{' '}
			<button type="button" onClick={() => (dismissSharedSettings(), dropShareParam())}>
				{t.shared.dismiss}
			</button>
		</div>
	);
}

/** Whether this browser's state is what the server rendered with: defaults, no persona. */
function rendersAsServer(): boolean {
	return (
		JSON.stringify($postingSettings.get()) === JSON.stringify(DEFAULT_SETTINGS) && $activePersona.get() === undefined
	);
}

export default function PostingZeiten({ t }: { t: PostingZeitenStrings }): JSX.Element {
	// The server renders the whole form with the default settings, so the page does not grow when
	// the island hydrates (issue 14: a loading line grew into the form, CLS 0.66). Settings live in
	// this browser's storage, which the server cannot see, and hydration keeps the server's DOM as
	// it is: so right after hydrating, before the next paint, the form is built anew (another key)
	// from the stored settings. A first visit has nothing stored: the server's form is right, and
	// skipping the second build halves the work on load (issue 14: long tasks).
	const [mounted, setMounted] = useState(false);
	useLayoutEffect(() => {
		if (!rendersAsServer()) setMounted(true);
	}, []);
	useEffect(() => {
		// A share link never overwrites saved settings silently: the banner asks first. An old link
		// (`?einstellungen=`) leaves the query at once: the address then has nothing for a server.
		const read = async () => {
			const shared = await readSharedSettings(location.href);
			if (!shared.found) return;
			offerSharedSettings(shared.settings);
			const link = shared.settings ? await encodeSettingsLink(shared.settings) : undefined;
			history.replaceState(
				history.state,
				'',
				rewriteHref(location.href, link?.ok ? link.fragment : '', [LEGACY_PARAM]),
			);
		};
		void read();
		const onHash = () => void read();
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	return (
		<div class="pz" key={mounted ? 'live' : 'server'}>
			<SharedBanner t={t} />
			<div class="pz-layout">
				<div class="pz-inputs">
					<ImportPanel t={t} />
					<AudiencePanel t={t} />
					<CompetitionPanel t={t} />
					<PlatformPanel t={t} />
					<PlanRulesPanel t={t} />
					<button type="button" class="pz-small" onClick={resetPostingSettings}>
						{t.reset}
					</button>
				</div>
				<Results t={t} />
			</div>
		</div>
	);
}
