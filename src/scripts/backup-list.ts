/**
 * „Gesicherte Daten“ on /datenschutz/: every backup of an unreadable stored value (see
 * src/stores/persisted.ts) with a download of the original text and a delete button.
 */
import { backupFile, listBackups, type BackupEntry } from '../lib/backups';
import { formatNumber } from '../lib/number';
import { downloadFile } from '../lib/download';
import { fillTemplate } from '../lib/template';
import type { daten } from '../i18n/de/daten';
import { askInline } from './confirm-inline';

type Strings = typeof daten;

function download(entry: BackupEntry): void {
	const file = backupFile(entry);
	downloadFile(file.name, file.content, 'application/json');
}

/** Render the list into `list`; `say` reports in the page's status line. */
export function renderBackups(list: HTMLElement, t: Strings, say: (text: string) => void): void {
	const entries = listBackups(localStorage);
	const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short' });
	list.replaceChildren(
		...entries.map((entry) => {
			const date = Number.isNaN(Date.parse(entry.savedAt))
				? t.backupUndated
				: dateFormat.format(new Date(entry.savedAt));
			const reasons: Record<string, string> = t.backupReasons;
			const values = {
				label: entry.label,
				date,
				reason: reasons[entry.kind] ?? t.backupReasons.unbekannt,
				size: formatNumber(entry.raw.length, 0),
			};
			const li = document.createElement('li');
			const text = document.createElement('span');
			text.textContent = fillTemplate(t.backupItem, values);
			const get = document.createElement('button');
			get.type = 'button';
			get.textContent = t.backupDownload;
			get.setAttribute('aria-label', fillTemplate(t.backupDownloadLabel, values));
			get.addEventListener('click', () => download(entry));
			const remove = document.createElement('button');
			remove.type = 'button';
			remove.className = 'danger';
			remove.textContent = t.backupDelete;
			remove.setAttribute('aria-label', fillTemplate(t.backupDeleteLabel, values));
			const question = { question: t.backupConfirmDelete, confirm: t.backupConfirmYes, cancel: t.confirmCancel };
			remove.addEventListener('click', () =>
				askInline(remove, question, () => {
					localStorage.removeItem(entry.backupKey);
					renderBackups(list, t, say);
					say(t.backupDeleted);
				}),
			);
			li.append(text, ' ', get, ' ', remove);
			return li;
		}),
	);
	const empty = list.parentElement?.querySelector<HTMLElement>('[data-backups-empty]');
	if (empty) empty.hidden = entries.length > 0;
}
