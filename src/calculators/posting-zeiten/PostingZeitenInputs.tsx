/**
 * Island with the posting-time calculator's inputs (and the banner for settings from a share
 * link). The results are an island of their own (PostingZeitenResults.tsx), so that the two hydrate in
 * separate tasks (issue 14: long tasks). State and actions live in src/stores/posting-zeiten.ts,
 * the maths in the pure modules of this folder.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
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
import { rewriteHref } from '../../lib/share-link';
import { encodeSettingsLink, LEGACY_PARAM, readSharedSettings } from './share';
import { useServerRenderKey } from './server-render';

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

export default function PostingZeitenInputs({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const key = useServerRenderKey();
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
		<div class="pz-inputs" key={key}>
			<SharedBanner t={t} />
			<ImportPanel t={t} />
			<AudiencePanel t={t} />
			<CompetitionPanel t={t} />
			<PlatformPanel t={t} />
			<PlanRulesPanel t={t} />
			<button type="button" class="pz-small" onClick={resetPostingSettings}>
				{t.reset}
			</button>
		</div>
	);
}
