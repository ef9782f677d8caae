import { useEffect, useState } from 'preact/hooks';

/**
 * False during the hydration render, true afterwards. Preact does not patch form values while
 * hydrating, so an island whose store was already filled by another island (or a shared link)
 * would keep showing the server's empty fields. Islands therefore render exactly what the server
 * rendered first and switch to the stores' state once mounted.
 */
export function useHydrated(): boolean {
	const [done, setDone] = useState(false);
	useEffect(() => setDone(true), []);
	return done;
}
