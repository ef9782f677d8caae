/**
 * Strings of „Meine Daten“ on /datenschutz/ and of the notice about unreadable stored data.
 * Templates use the syntax of src/lib/template.ts; plurals go by Intl.PluralRules (de-DE).
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
	backupItem: '{label}, gesichert am {date} – {reason}, {size} Zeichen',
	backupDownload: 'Herunterladen',
	backupDownloadLabel: 'Sicherung „{label}“ vom {date} herunterladen',
	backupDelete: 'Löschen',
	backupDeleteLabel: 'Sicherung „{label}“ vom {date} löschen',
	backupConfirmDelete: 'Diese Sicherung endgültig löschen? Die Daten darin lassen sich danach nicht wiederherstellen.',
	backupConfirmYes: 'Ja, Sicherung löschen',
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
	exported: '{count, plural, one {# Eintrag} other {# Einträge}} exportiert.',
	importFailed: 'Import abgebrochen, nichts wurde geändert: {error}',
	/** Why an import file was refused (src/lib/data-transfer.ts); `{key}` is the unknown entry. */
	importErrors: {
		json: 'Die Datei ist kein gültiges JSON.',
		format: 'Die Datei ist kein Export von Social Media Praxis.',
		versionMissing: 'Die Datei nennt keine Versionsnummer.',
		versionText: 'Die Versionsnummer der Datei ist keine Zahl, sondern Text – die Datei wurde wohl verändert.',
		versionInvalid: 'Die Versionsnummer der Datei ist ungültig: Gültig sind ganze Zahlen ab 1.',
		newer: 'Die Datei stammt aus einer neueren Version der Website.',
		noEntries: 'Die Datei enthält keine Daten.',
		unknownKey: 'Unbekannter Eintrag „{key}“ – die Datei wurde verändert.',
	},
	imported:
		'{count, plural, one {# Eintrag} other {# Einträge}} importiert. Laden Sie eine Seite neu, um sie zu sehen.',
	confirmDelete: 'Wirklich alle gespeicherten Daten dieser Website löschen? Das lässt sich nicht rückgängig machen.',
	confirmYes: 'Ja, alle Daten löschen',
	confirmCancel: 'Abbrechen',
	deleted:
		'{count, plural, one {# Eintrag} other {# Einträge}} gelöscht. Farbschema, Fortschritt, Quiz-Antworten, Personas und Rechner-Einstellungen sind zurückgesetzt.',
} as const;
