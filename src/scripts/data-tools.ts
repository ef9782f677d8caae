import { collectStoredData, deleteStoredData } from '../stores/persisted';
import { createExport, parseImport } from '../lib/data-transfer';
import { formatNumber } from '../lib/number';

type Strings = Record<'exported' | 'importFailed' | 'imported' | 'confirmDelete' | 'deleted', string>;

/** Export, import and delete buttons on /datenschutz/. */
export function initDataTools(): void {
	const root = document.querySelector<HTMLElement>('[data-data-tools]');
	const status = root?.querySelector<HTMLElement>('[data-status]');
	if (!root || !status) return;
	// Strings come from the dictionary through a data attribute (src/i18n/de/daten.ts).
	const t = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
	const say = (text: string) => (status.textContent = text);
	const count = (template: string, n: number) => template.replace('[COUNT]', formatNumber(n, 0));

	root.querySelector('[data-export]')?.addEventListener('click', () => {
		const data = createExport(collectStoredData(localStorage), new Date());
		const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `social-media-praxis-daten-${data.exportedAt.slice(0, 10)}.json`;
		a.click();
		URL.revokeObjectURL(a.href);
		say(count(t.exported, Object.keys(data.entries).length));
	});

	root.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		const result = parseImport(await file.text());
		if (!result.ok) {
			input.setAttribute('aria-invalid', 'true');
			say(t.importFailed.replace('[ERROR]', result.error));
			return;
		}
		input.removeAttribute('aria-invalid');
		for (const [key, value] of result.entries) localStorage.setItem(key, value);
		say(count(t.imported, result.entries.length));
	});

	root.querySelector('[data-delete]')?.addEventListener('click', () => {
		if (!window.confirm(t.confirmDelete)) return;
		say(count(t.deleted, deleteStoredData(localStorage)));
	});
}
