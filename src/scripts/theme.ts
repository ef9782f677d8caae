/**
 * Theme choice: „light“, „dark“ or „system“ (follow the operating system). It is stored in
 * localStorage under `smp:theme` as a versioned envelope; src/scripts/theme-init.js reads the same key
 * before the first paint, so both must agree on the format.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';
const KEY = 'smp:theme';

/** Read the stored choice; anything unreadable counts as „system“. */
export function readThemeChoice(raw: string | null): ThemeChoice {
	if (!raw) return 'system';
	try {
		const parsed: unknown = JSON.parse(raw);
		const data = (parsed as { v?: unknown; data?: unknown } | null)?.data;
		return data === 'light' || data === 'dark' ? data : 'system';
	} catch {
		return 'system';
	}
}

/** Resolve a choice to the theme actually shown. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
	return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined; // Storage can be blocked; the theme then simply is not remembered.
	}
}

function apply(choice: ThemeChoice): void {
	const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
	document.documentElement.dataset['theme'] = resolveTheme(choice, dark);
}

/** Wire every theme select on the page. */
export function initThemeSwitch(): void {
	const store = storage();
	let choice = readThemeChoice(store?.getItem(KEY) ?? null);
	const selects = document.querySelectorAll<HTMLSelectElement>('[data-theme-select]');
	for (const select of selects) {
		select.value = choice;
		select.addEventListener('change', () => {
			choice = select.value === 'light' || select.value === 'dark' ? select.value : 'system';
			if (choice === 'system') store?.removeItem(KEY);
			else store?.setItem(KEY, JSON.stringify({ v: 1, data: choice }));
			apply(choice);
		});
	}
	window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => apply(choice));
}
