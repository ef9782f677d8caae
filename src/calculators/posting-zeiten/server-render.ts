/**
 * Hydration of the posting-time islands. The server renders both islands with the default
 * settings, so the page does not grow when they hydrate (issue 14: a loading line grew into the
 * form, CLS 0.66). Settings live in this browser's storage, which the server cannot see, and
 * hydration keeps the server's DOM as it is: so right after hydrating, before the next paint, an
 * island is built anew (another key) from the stored settings. A first visit has nothing stored:
 * the server's DOM is right, and skipping the second build halves the work on load.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { $activePersona } from '../../stores/personas';
import { $postingSettings } from '../../stores/posting-zeiten';
import { DEFAULT_SETTINGS } from './settings';

/** Whether this browser's state is what the server rendered with: defaults, no persona. */
function rendersAsServer(): boolean {
	return (
		JSON.stringify($postingSettings.get()) === JSON.stringify(DEFAULT_SETTINGS) && $activePersona.get() === undefined
	);
}

/** The key for an island's root: „server“ while it shows the server's DOM, then „live“ if needed. */
export function useServerRenderKey(): 'server' | 'live' {
	const [mounted, setMounted] = useState(false);
	useLayoutEffect(() => {
		if (!rendersAsServer()) setMounted(true);
	}, []);
	return mounted ? 'live' : 'server';
}
