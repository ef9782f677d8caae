/** Strings of the search button, dialog and page. Templates use the syntax of src/lib/template.ts. */
export const search = {
	button: 'Suchen',
	shortcutHint: 'Strg K',
	dialogTitle: 'Website durchsuchen',
	inputLabel: 'Suchbegriff',
	placeholder: 'z. B. Reichweite, Persona, Krise',
	close: 'Schließen',
	filterLegend: 'Nur anzeigen',
	filterAll: 'Alles',
	resultsLabel: 'Suchergebnisse',
	loading: 'Suche wird geladen …',
	/** Template: `{count}` hits for the search term `{term}`. */
	results: '{count, plural, =0 {Keine Treffer} other {# Treffer}} für „{term}“.',
	devNotice:
		'Die Suche braucht einen Build: Der Suchindex entsteht erst mit „npm run build“. Starten Sie die Website mit „npm start“, um zu suchen.',
	loadError:
		'Der Suchindex konnte nicht geladen werden. Laden Sie die Seite neu oder versuchen Sie es später noch einmal.',
	keyboardHelp:
		'Pfeiltasten wählen einen Treffer, Eingabetaste öffnet ihn, Strg+Eingabetaste in einem neuen Tab, Escape schließt die Suche.',
	/** Read before a sub-result (a matching section of a page); the arrow in front of it is decoration. */
	sectionOf: 'Abschnitt in „{title}“:',
	pageTitle: 'Suche',
	pageIntro: 'Durchsuchen Sie alle Kapitel, Übungen, Rechner und das Glossar.',
	submit: 'Suchen',
	noScript: 'Die Suche braucht JavaScript. Alle Inhalte erreichen Sie auch über die Navigation und das Glossar.',
} as const;
