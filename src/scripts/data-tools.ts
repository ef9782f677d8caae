import { collectStoredData, deleteStoredData } from '../lib/stored-data';
import { createExport, parseImport } from '../lib/data-transfer';
import { fillTemplate } from '../lib/template';
import { downloadFile } from '../lib/download';
import type { daten } from '../i18n/de/daten';
import { renderBackups } from './backup-list';
import { askInline } from './confirm-inline';
import { $storageProblems } from '../stores/persisted';

/** Export, import and delete buttons and the list of backups on /datenschutz/. */
export function initDataTools(): void {
	const root = document.querySelector<HTMLElement>('[data-data-tools]');
	const status = root?.querySelector<HTMLElement>('[data-status]');
	const backups = document.querySelector<HTMLElement>('[data-backups]');
	if (!root || !status) return;
	// Strings come from the dictionary through a data attribute (src/i18n/de/daten.ts).
	const t = JSON.parse(root.dataset['strings'] ?? '{}') as typeof daten;
	const say = (text: string) => (status.textContent = text);
	const refresh = () => {
		if (backups) renderBackups(backups, t, say);
	};
	// A store repaired on this page adds its backup; the list follows.
	$storageProblems.subscribe(refresh);
	const count = (template: string, n: number) => fillTemplate(template, { count: n });

	root.querySelector('[data-export]')?.addEventListener('click', () => {
		const data = createExport(collectStoredData(localStorage), new Date());
		const fileName = `social-media-praxis-daten-${data.exportedAt.slice(0, 10)}.json`;
		downloadFile(fileName, JSON.stringify(data, null, 2), 'application/json');
		say(count(t.exported, Object.keys(data.entries).length));
	});

	root.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		const result = parseImport(await file.text());
		if (!result.ok) {
			input.setAttribute('aria-invalid', 'true');
			say(
				fillTemplate(t.importFailed, {
					error: fillTemplate(
						t.importErrors[result.error.code],
						'key' in result.error ? { key: result.error.key } : {},
					),
				}),
			);
			return;
		}
		input.removeAttribute('aria-invalid');
		for (const [key, value] of result.entries) localStorage.setItem(key, value);
		refresh();
		say(count(t.imported, result.entries.length));
	});

	const remove = root.querySelector<HTMLButtonElement>('[data-delete]');
	const question = { question: t.confirmDelete, confirm: t.confirmYes, cancel: t.confirmCancel };
	remove?.addEventListener('click', () =>
		askInline(remove, question, () => {
			say(count(t.deleted, deleteStoredData(localStorage)));
			refresh();
		}),
	);
}
