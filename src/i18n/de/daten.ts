/**
 * Strings of „Meine Daten“ on /datenschutz/ and of the notice about unreadable stored data.
 * [COUNT] and [ERROR] are filled in by the scripts; counts are formatted with Intl (de-DE).
 */
export const daten = {
	noticeTitle: 'Gespeicherte Daten konnten nicht gelesen werden.',
	noticeDismiss: 'Verstanden',
	exported: '[COUNT] Einträge exportiert.',
	importFailed: 'Import abgebrochen, nichts wurde geändert: [ERROR]',
	imported: '[COUNT] Einträge importiert. Laden Sie eine Seite neu, um sie zu sehen.',
	confirmDelete: 'Wirklich alle gespeicherten Daten dieser Website löschen? Das lässt sich nicht rückgängig machen.',
	deleted:
		'[COUNT] Einträge gelöscht. Farbschema, Fortschritt, Quiz-Antworten, Personas und Rechner-Einstellungen sind zurückgesetzt.',
} as const;
