import { useEffect } from 'preact/hooks';
import { rewriteHref } from '../../lib/share-link';
import { applySharedHash, initTechnographicsFromHash, type LadderSelection } from '../../stores/technographics';
import { encodeShareLink, type ShareState } from './share-link';

/** A link in the old format (`#v=1&…`) is rewritten to the current one, so that it is shared on as such. */
async function rewriteLegacy(link: { state: ShareState; legacy: boolean } | null): Promise<void> {
	if (!link?.legacy) return;
	const current = await encodeShareLink(link.state);
	if (current.ok) history.replaceState(history.state, '', rewriteHref(location.href, current.fragment));
}

/**
 * Initialise the calculator's stores from the URL fragment on mount (only the first island to
 * mount acts) and follow later fragment changes, e.g. a shared link pasted into the address bar.
 */
export function useShareHash(defaults: LadderSelection, knownIds: readonly string[]): void {
	useEffect(() => {
		void initTechnographicsFromHash(location.hash, { ...defaults, knownIds }).then(rewriteLegacy);
		const onHashChange = () => void applySharedHash(location.hash, knownIds).then(rewriteLegacy);
		window.addEventListener('hashchange', onHashChange);
		return () => window.removeEventListener('hashchange', onHashChange);
	}, []);
}
