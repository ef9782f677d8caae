import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * False during the hydration render, true afterwards. Preact does not patch form values while
 * hydrating, so an island whose store was already filled by another island (or a shared link)
 * would keep showing the server's empty fields. Islands therefore render exactly what the server
 * rendered first and switch to the stores' state once mounted.
 *
 * `rendersAsServer` tells whether the stores hold just what the server rendered (a first visit):
 * then the switch needs no second render of the whole island – on a big form that second render
 * is a long task of its own (issue 14). The next render, whatever causes it, shows the stores.
 */
export function useHydrated(rendersAsServer?: () => boolean): boolean {
	const mounted = useRef(false);
	const [, setRendered] = useState(false);
	useEffect(() => {
		mounted.current = true;
		if (!rendersAsServer?.()) setRendered(true);
	}, []);
	return mounted.current;
}
