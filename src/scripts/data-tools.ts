import { collectStoredData, deleteStoredData } from '../stores/persisted';
import { createExport, parseImport } from '../lib/data-transfer';

/** Export, import and delete buttons on /datenschutz/. */
export function initDataTools(): void {
	const root = document.querySelector<HTMLElement>('[data-data-tools]');
	const status = root?.querySelector<HTMLElement>('[data-status]');
	if (!root || !status) return;
	const say = (text: string) => (status.textContent = text);

	root.querySelector('[data-export]')?.addEventListener('click', () => {
		const data = createExport(collectStoredData(localStorage), new Date());
		const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = `social-media-praxis-daten-${data.exportedAt.slice(0, 10)}.json`;
		a.click();
		URL.revokeObjectURL(a.href);
		say(`${Object.keys(data.entries).length} Einträge exportiert.`);
	});

	root.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		const result = parseImport(await file.text());
		if (!result.ok) {
			input.setAttribute('aria-invalid', 'true');
			say(`Import abgebrochen, nichts wurde geändert: ${result.error}`);
			return;
		}
		input.removeAttribute('aria-invalid');
		for (const [key, value] of result.entries) localStorage.setItem(key, value);
		say(`${result.entries.length} Einträge importiert. Laden Sie eine Seite neu, um sie zu sehen.`);
	});

	root.querySelector('[data-delete]')?.addEventListener('click', () => {
		if (!window.confirm('Wirklich alle gespeicherten Daten dieser Website löschen? Das lässt sich nicht rückgängig machen.')) return;
		const count = deleteStoredData(localStorage);
		say(`${count} Einträge gelöscht. Farbschema, Fortschritt, Quiz-Antworten, Personas und Rechner-Einstellungen sind zurückgesetzt.`);
	});
}
