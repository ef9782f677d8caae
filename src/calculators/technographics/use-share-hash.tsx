import { useEffect } from 'preact/hooks';
import { applySharedHash, initTechnographicsFromHash, type LadderSelection } from '../../stores/technographics';

/**
 * Initialise the calculator's stores from the URL fragment on mount (only the first island to
 * mount acts) and follow later fragment changes, e.g. a shared link pasted into the address bar.
 */
export function useShareHash(defaults: LadderSelection, knownIds: readonly string[]): void {
	useEffect(() => {
		initTechnographicsFromHash(location.hash, { ...defaults, knownIds });
		const onHashChange = () => applySharedHash(location.hash, knownIds);
		window.addEventListener('hashchange', onHashChange);
		return () => window.removeEventListener('hashchange', onHashChange);
	}, []);
}
