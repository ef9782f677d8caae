/**
 * Strings of „Meine Daten“ on /datenschutz/ and of the notice about unreadable stored data.
 * [COUNT] and [ERROR] are filled in by the scripts; counts are formatted with Intl (de-DE).
 */
export const daten = {
	noticeTitle: 'Hinweis zu Ihren gespeicherten Daten',
	noticeDismiss: 'Verstanden',
	noticeBackup: 'Nichts wurde gelöscht: Die ursprünglichen Daten sind gesichert.',
	noticeBackups: 'Gesicherte Daten ansehen und herunterladen',
	noticeNewer:
		'Daten aus einer neueren Version bleiben unverändert stehen. Diese Seite speichert Ihre Änderungen daran nicht; sie gelten nur, solange die Seite offen ist. Laden Sie die Seite neu, sobald die neuere Version hier verfügbar ist.',
	noticePending:
		'Damit nichts verloren geht, bleiben die gespeicherten Daten unverändert, und diese Seite speichert Änderungen daran vorerst nicht. Die Seite „Datenschutz“ sichert das Original und übernimmt, was lesbar ist:',
	noticePendingLink: 'Daten jetzt sichern',
	noticeConflict:
		'Diese Seite zeigt jetzt den Stand aus dem anderen Tab; Ihre letzte Änderung hier wurde nicht übernommen. Wiederholen Sie sie bei Bedarf.',
	noticeUnsaved:
		'Der Speicher des Browsers ist voll oder gesperrt. Ihre Eingaben gelten nur, solange diese Seite offen ist; sichern Sie Wichtiges über den Export.',
	backupsEmpty: 'Es gibt keine Sicherungen.',
	backupItem: '[LABEL], gesichert am [DATE] – [REASON], [SIZE] Zeichen',
	backupDownload: 'Herunterladen',
	backupDownloadLabel: 'Sicherung „[LABEL]“ vom [DATE] herunterladen',
	backupDelete: 'Löschen',
	backupDeleteLabel: 'Sicherung „[LABEL]“ vom [DATE] löschen',
	backupConfirmDelete: 'Diese Sicherung endgültig löschen? Die Daten darin lassen sich danach nicht wiederherstellen.',
	backupDeleted: 'Die Sicherung wurde gelöscht.',
	backupUndated: 'unbekanntem Datum',
	backupReasons: {
		json: 'kein gültiges JSON',
		format: 'unbekanntes Format',
		newer: 'aus einer neueren Version',
		old: 'aus einer alten Version, nicht übernehmbar',
		invalid: 'ungültig',
		partial: 'teilweise unlesbar',
		unbekannt: 'Grund unbekannt',
	},
	exported: '[COUNT] Einträge exportiert.',
	importFailed: 'Import abgebrochen, nichts wurde geändert: [ERROR]',
	imported: '[COUNT] Einträge importiert. Laden Sie eine Seite neu, um sie zu sehen.',
	confirmDelete: 'Wirklich alle gespeicherten Daten dieser Website löschen? Das lässt sich nicht rückgängig machen.',
	deleted:
		'[COUNT] Einträge gelöscht. Farbschema, Fortschritt, Quiz-Antworten, Personas und Rechner-Einstellungen sind zurückgesetzt.',
} as const;
