/**
 * Island of the posting-time calculator. It only arranges the panels; state and actions live in
 * src/stores/posting-zeiten.ts, the maths in the pure modules of this folder.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useHydrated } from '../../components/use-hydrated';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenLabels } from '../../i18n/de/posting-zeiten';
import {
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

/** Remove the shared settings from the address bar once the user has decided. */
function dropShareParam(): void {
	history.replaceState(history.state, '', rewriteHref(location.href, '', [LEGACY_PARAM]));
}

function SharedBanner({ labels }: { labels: PostingZeitenLabels }): JSX.Element | null {
	const shared = useStore($sharedSettings);
	const t = labels.shared;
	if (shared === undefined) return null;
	if (shared === 'invalid') {
		return (
			<div class="pz-banner" role="alert">
				<p>{t.invalid}</p>
				<button type="button" onClick={() => (dismissSharedSettings(), dropShareParam())}>
					{t.ok}
				</button>
			</div>
		);
	}
	return (
		<div class="pz-banner" role="region" aria-label={t.found}>
			<p>{t.found}</p>
			<button type="button" class="button-primary" onClick={() => (applySharedSettings(), dropShareParam())}>
				{t.apply}
			</button>{' '}
			<button type="button" onClick={() => (dismissSharedSettings(), dropShareParam())}>
				{t.dismiss}
			</button>
		</div>
	);
}

export default function PostingZeiten({ labels }: { labels: PostingZeitenLabels }): JSX.Element {
	// Settings live in this browser's storage, which the server cannot see. Rendering the form only
	// after mounting avoids a hydrated form that silently keeps the server's default values.
	const mounted = useHydrated();
	useEffect(() => {
		// A share link never overwrites saved settings silently: the banner asks first. An old link
		// (`?einstellungen=`) leaves the query at once: the address then has nothing for a server.
		const read = async () => {
			const shared = await readSharedSettings(location.href);
			if (!shared.found) return;
			offerSharedSettings(shared.settings);
			const link = shared.settings ? await encodeSettingsLink(shared.settings) : undefined;
			history.replaceState(history.state, '', rewriteHref(location.href, link?.ok ? link.fragment : '', [LEGACY_PARAM]));
		};
		void read();
		const onHash = () => void read();
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	if (!mounted) return <p class="pz-loading">{labels.loading}</p>;
	return (
		<div class="pz">
			<SharedBanner labels={labels} />
			<div class="pz-layout">
				<div class="pz-inputs">
					<ImportPanel labels={labels} />
					<AudiencePanel labels={labels} />
					<CompetitionPanel labels={labels} />
					<PlatformPanel labels={labels} />
					<PlanRulesPanel labels={labels} />
					<button type="button" class="pz-small" onClick={resetPostingSettings}>
						{labels.reset}
					</button>
				</div>
				<Results labels={labels} />
			</div>
		</div>
	);
}
