/**
 * Strings of the Social-Technographics-Profil (/rechner/technographics/). Placeholders in braces
 * are filled by `fillTemplate()` from src/lib/template.ts after numbers have been
 * formatted. „\u00a0“ is a no-break space (before %, in „z. B.“).
 */
import { rungNames } from './technographics-rungs';

const rungs = {
	creators: {
		...rungNames.creators,
		does: 'veröffentlichen eigene Inhalte: Blogbeiträge, Webseiten, selbst gedrehte Videos, Audio, Artikel.',
		means:
			'Sie liefern Inhalte, die andere lesen und weitertragen. Eine Zielgruppe mit vielen Kreatoren lässt sich einbinden: in Ideenwettbewerbe, Produkttests, gemeinsame Inhalte.',
		approach: 'Einbinden (embracing) und Begeistern (energizing)',
	},
	conversationalists: {
		...rungNames.conversationalists,
		does: 'aktualisieren mindestens einmal pro Woche ihren Status in einem sozialen Netzwerk oder posten Kurznachrichten.',
		means:
			'Sie reden öffentlich und schnell – auch über Marken. Wer sie erreichen will, führt Dialoge dort, wo sie posten, und antwortet zügig.',
		approach: 'Dialog führen (talking) und Begeistern (energizing)',
	},
	critics: {
		...rungNames.critics,
		does: 'schreiben Bewertungen und Rezensionen, kommentieren Blogs, beteiligen sich in Foren oder an Wikis.',
		means:
			'Ihre Bewertungen und Forenbeiträge sind die wichtigste Quelle, um zuzuhören. Viele Kritiker sprechen für eine Community, in der sich Kundinnen und Kunden gegenseitig helfen.',
		approach: 'Zuhören (listening) und Unterstützen (supporting)',
	},
	collectors: {
		...rungNames.collectors,
		does: 'abonnieren RSS-Feeds, vergeben Schlagwörter (Tags), stimmen online über Beiträge ab oder speichern Lesezeichen öffentlich.',
		means:
			'Sie ordnen und bündeln Inhalte für andere. Inhalte sollten sich leicht abonnieren, verschlagworten und teilen lassen.',
		approach: 'Dialog führen (talking) über abonnierbare, teilbare Inhalte',
	},
	joiners: {
		...rungNames.joiners,
		does: 'haben ein Profil in sozialen Netzwerken und besuchen sie mindestens einmal im Monat.',
		means:
			'Sie sind in Netzwerken erreichbar, sprechen aber nicht unbedingt selbst. Eine Präsenz mit Gruppen oder Seiten, die etwas zu bieten haben, holt sie ab.',
		approach: 'Dialog führen (talking) und Unterstützen (supporting) in Netzwerken',
	},
	spectators: {
		...rungNames.spectators,
		does: 'lesen Blogs, Foren und Kundenbewertungen, sehen Videos anderer, hören Podcasts, lesen Kurznachrichten.',
		means:
			'Sie nehmen auf, was andere schreiben. Für sie zählen gute Inhalte, die gefunden werden – Videos, Beiträge, sichtbare Bewertungen –, nicht Aufrufe zum Mitmachen.',
		approach: 'Dialog führen (talking) mit Inhalten, die sie finden',
	},
	inactives: {
		...rungNames.inactives,
		does: 'üben keine dieser Tätigkeiten mindestens einmal im Monat aus.',
		means:
			'Über Social Media sind sie direkt kaum zu erreichen. Sie erfahren höchstens auf Umwegen davon, etwa durch Empfehlungen von Bekannten. Klassische Kanäle bleiben wichtig.',
		approach: 'Andere Kanäle wählen; Social Media nur indirekt',
	},
};

/** Activity labels; the ids are the CSV column names (see rungs.ts). */
const activities = {
	blog_schreiben: 'Im eigenen Blog Beiträge veröffentlichen',
	webseite_pflegen: 'Eine eigene Webseite veröffentlichen oder pflegen',
	video_hochladen: 'Selbst gedrehte Videos hochladen',
	audio_hochladen: 'Selbst erstellte Audiodateien oder Musik hochladen',
	artikel_veroeffentlichen: 'Artikel oder Geschichten schreiben und online veröffentlichen',
	status_aktualisieren: 'Den eigenen Status in einem sozialen Netzwerk aktualisieren',
	kurznachrichten_posten: 'Kurznachrichten posten (Twitter/X oder ähnliche Dienste)',
	bewertungen_schreiben: 'Bewertungen oder Rezensionen zu Produkten und Diensten schreiben',
	blogs_kommentieren: 'Blogbeiträge anderer kommentieren',
	forenbeitraege_schreiben: 'In Onlineforen Beiträge schreiben',
	wiki_bearbeiten: 'Artikel in einem Wiki anlegen oder bearbeiten',
	rss_nutzen: 'RSS-Feeds abonnieren und lesen',
	tags_vergeben: 'Webseiten oder Fotos mit Schlagwörtern (Tags) versehen',
	online_abstimmen: 'Online über Webseiten oder Beiträge abstimmen',
	lesezeichen_teilen: 'Lesezeichen öffentlich speichern (Social Bookmarking)',
	profil_pflegen: 'Ein Profil in einem sozialen Netzwerk pflegen',
	netzwerke_besuchen: 'Soziale Netzwerke besuchen',
	blogs_lesen: 'Blogs lesen',
	videos_ansehen: 'Videos ansehen, die andere eingestellt haben',
	podcasts_hoeren: 'Podcasts hören',
	foren_lesen: 'Onlineforen lesen',
	bewertungen_lesen: 'Kundenbewertungen und Rezensionen lesen',
	kurznachrichten_lesen: 'Kurznachrichten (Tweets) lesen',
};

/** Column names of the CSV template; each one normalises to its activity id (checked by a test). */
const csvColumns = {
	blog_schreiben: 'Blog schreiben',
	webseite_pflegen: 'Webseite pflegen',
	video_hochladen: 'Video hochladen',
	audio_hochladen: 'Audio hochladen',
	artikel_veroeffentlichen: 'Artikel veröffentlichen',
	status_aktualisieren: 'Status aktualisieren',
	kurznachrichten_posten: 'Kurznachrichten posten',
	bewertungen_schreiben: 'Bewertungen schreiben',
	blogs_kommentieren: 'Blogs kommentieren',
	forenbeitraege_schreiben: 'Forenbeiträge schreiben',
	wiki_bearbeiten: 'Wiki bearbeiten',
	rss_nutzen: 'RSS nutzen',
	tags_vergeben: 'Tags vergeben',
	online_abstimmen: 'Online abstimmen',
	lesezeichen_teilen: 'Lesezeichen teilen',
	profil_pflegen: 'Profil pflegen',
	netzwerke_besuchen: 'Netzwerke besuchen',
	blogs_lesen: 'Blogs lesen',
	videos_ansehen: 'Videos ansehen',
	podcasts_hoeren: 'Podcasts hören',
	foren_lesen: 'Foren lesen',
	bewertungen_lesen: 'Bewertungen lesen',
	kurznachrichten_lesen: 'Kurznachrichten lesen',
};

const frequencies = {
	nie: 'nie',
	seltener: 'seltener',
	monatlich: 'monatlich',
	woechentlich: 'wöchentlich',
	taeglich: 'täglich',
};

export const technographics = {
	title: 'Social-Technographics-Profil',
	description:
		'Forresters Social-Technographics-Leiter: veröffentlichte Profile vergleichen, die eigene Zielgruppe per Zählung oder Umfrage-CSV einordnen und den Selbsttest machen.',
	loading: 'Der Rechner wird geladen …',
	noscript: 'Dieser Rechner braucht JavaScript. Die Erklärungen auf dieser Seite lassen sich auch ohne lesen.',
	rungs,
	activities,
	csvColumns,
	frequencies,
	approachLabel: 'Ansatz:',
	notPublished: 'nicht auffindbar',
	notCollected: 'nicht erhoben',
	notSurveyed: 'nicht erfragt',
	overlap:
		'Die Stufen überschneiden sich: Wer bloggt und Videos ansieht, zählt bei den Kreatoren und bei den Zuschauern. Die Anteile ergeben zusammen deshalb mehr als 100\u00a0% und dürfen nicht addiert werden. Nur die Inaktiven schließen alle anderen Stufen aus.',
	indexExplain:
		'Index = Anteil ÷ Anteil in der Referenz × 100. 100 heißt „so verbreitet wie in der Referenz“, 200 „doppelt so verbreitet“.',

	compare: {
		heading: 'Veröffentlichte Leitern vergleichen',
		intro:
			'Wählen Sie bis zu drei Datensätze. Die Leiter steht wie im Original: oben die Kreatoren, unten die Inaktiven.',
		slot: 'Datensatz {n}',
		none: '– keiner –',
		groupFull: 'Vollständige Leitern',
		groupPartial: 'Leitern mit Lücken und Einzelwerte',
		reference: 'Referenz für den Index',
		referenceNone: '– kein Index –',
		caption: 'Anteil der Personen je Stufe in Prozent',
		captionIndex: 'Anteil der Personen je Stufe in Prozent, Index gegenüber „{reference}“',
		rungColumn: 'Stufe',
		share: 'Anteil',
		index: 'Index',
		empty: 'Bitte mindestens einen Datensatz wählen.',
		dataYear: 'Datenjahr',
		published: 'veröffentlicht',
		population: 'Befragt',
		source: 'Quelle',
		valueNotes: 'Hinweise zu einzelnen Werten',
	},

	group: {
		heading: 'Eigene Zielgruppe auswerten',
		intro:
			'Tragen Sie ein, wie viele Personen befragt wurden und wie viele davon auf jeder Stufe stehen – oder importieren Sie die Antworten einer Umfrage als CSV-Datei. Eine Stufe, die nicht erfragt wurde, bleibt leer.',
		manualLegend: 'Zählung eingeben',
		n: 'Befragte insgesamt (n)',
		countLabel: '{de} ({en}), Anzahl Personen',
		emptyHint: 'Leer lassen, wenn nicht erfragt.',
		messages: {
			nRequired: 'Bitte die Zahl der Befragten eingeben.',
			exceedsN: 'Es gibt nur {n} Befragte; die Anzahl darf nicht größer sein.',
			inactivesExclusive:
				'Inaktive üben keine Tätigkeit aus und stehen auf keiner anderen Stufe. Bei den eingetragenen Zahlen sind höchstens {max} möglich.',
		},
		importLegend: 'Umfrage importieren (CSV)',
		importIntro:
			'Eine Zeile je befragter Person, eine Spalte je Tätigkeit. Erlaubte Werte: ja/nein, 1/0, x (angekreuzt) oder eine Häufigkeit („täglich“, „wöchentlich“, „monatlich“, „seltener“, „nie“). Trennzeichen Semikolon, Komma oder Tab; die Datei wird nur in Ihrem Browser gelesen.',
		file: 'CSV-Datei auswählen',
		drop: 'Oder die Datei hierher ziehen.',
		dropActive: 'Datei loslassen zum Importieren',
		template: 'CSV-Vorlage mit zehn Beispielantworten',
		templateEmpty: 'Leere CSV-Vorlage',
		questionnaire: 'Fragebogen zum Ausdrucken',
		reading: 'Datei wird gelesen …',
		tooLarge: 'Die Datei ist größer als 5\u00a0MB. Bitte nur die Antworten als CSV exportieren.',
		readError: 'Die Datei „{file}“ konnte nicht gelesen werden.',
		summary:
			'„{file}“: {n} Antworten ausgewertet, {skipped} Zeilen nicht gezählt. Die Zahlen stehen jetzt im Formular.',
		missing: 'Nicht erfragt (keine passende Spalte): {rungs}. Inaktiv heißt hier: keine der erfragten Tätigkeiten.',
		issuesHeading: 'Hinweise zur Datei',
		issues: {
			leer: 'Die Datei ist leer.',
			'keine-aktivitaeten':
				'Zeile {line}: Keine Spalte passt zu einer Tätigkeit der Leiter. Die Spaltennamen der Vorlage (z.\u00a0B. „Blogs lesen“) verwenden.',
			'offenes-anfuehrungszeichen':
				'Zeile {line}: Ein Anführungszeichen wird nicht geschlossen; der Rest der Datei wurde als ein Feld gelesen.',
			'unbekannte-spalte':
				'Zeile {line}: Die Spalte „{column}“ ist keine Tätigkeit der Leiter und wird nicht ausgewertet.',
			'doppelte-spalte': 'Zeile {line}: Die Spalte „{column}“ kommt doppelt vor; nur die erste zählt.',
			'ungueltiger-wert':
				'Zeile {line}, Spalte „{column}“: „{value}“ ist kein erlaubter Wert. Die Zeile wurde nicht gezählt.',
			'zu-viele-zellen': 'Zeile {line}: mehr Werte als Spalten; die überzähligen werden nicht ausgewertet.',
			'keine-antworten': 'Zeile {line}: keine Tätigkeit angegeben, als inaktiv gezählt.',
		},
		moreIssues: '… und {count} weitere Hinweise.',
		resultHeading: 'Ergebnis der eigenen Zielgruppe',
		resultEmpty:
			'Noch keine gültige Zählung. Das Ergebnis erscheint, sobald n und mindestens eine Stufe eingetragen sind.',
		caption: 'Eigene Zielgruppe (n\u00a0=\u00a0{n}): Anteile mit 95-%-Intervall',
		captionIndex: 'Eigene Zielgruppe (n\u00a0=\u00a0{n}): Anteile mit 95-%-Intervall und Index gegenüber „{reference}“',
		count: 'Anzahl',
		share: 'Anteil',
		interval: '95-%-Intervall',
		intervalValue: '{low} bis {high}',
		index: 'Index',
		intervalExplain:
			'Das 95-%-Intervall nach Wilson zeigt, wie genau ein Anteil bei dieser Gruppengröße bestimmt ist. Bei kleinen Gruppen ist es breit: Ein Unterschied zur Referenz zählt erst, wenn die Referenz außerhalb des Intervalls liegt.',
		sharedNotice:
			'Diese Zahlen stammen aus einem geteilten Link. Sie werden erst in Ihrem Browser gespeichert, wenn Sie sie ändern oder übernehmen.',
		adopt: 'Als mein Profil speichern',
		saved: 'Gespeichert in diesem Browser. Persona-Baukasten und Posting-Zeiten-Rechner können das Profil übernehmen.',
		forget: 'Gespeichertes Profil löschen',
		forgotten: 'Das gespeicherte Profil wurde gelöscht.',
		exportCsv: 'Ergebnis als CSV herunterladen',
		exportFile: 'technographics-ergebnis.csv',
		exportColumns: {
			rung: 'Stufe',
			original: 'Original',
			count: 'Anzahl',
			n: 'n',
			share: 'Anteil (%)',
			low: '95-%-Intervall unten (%)',
			high: '95-%-Intervall oben (%)',
			index: 'Index',
		},
	},

	selfTest: {
		heading: 'Selbsttest: Auf welchen Stufen stehen Sie?',
		intro:
			'Wählen Sie für jede Tätigkeit, wie oft Sie sie ausüben. Eine Stufe zählt ab „monatlich“, bei den Konversationalisten ab „wöchentlich“. Die Antworten bleiben in diesem Browser und werden nicht gespeichert.',
		rungLegend: '{de} ({en}) – zählt ab „{threshold}“',
		resultHeading: 'Ihr Ergebnis',
		result: 'Sie stehen auf {count, plural, one {einer Stufe} other {# Stufen}} der Leiter:',
		inactive: 'Nach Ihren Angaben zählen Sie zu den Inaktiven: Keine Tätigkeit erreicht die nötige Häufigkeit.',
		meaning: 'Was das für die Ansprache heißt',
		reset: 'Alle Antworten auf „nie“ setzen',
	},

	questionnaire: {
		summary: 'Fragebogen für eine Seminargruppe anzeigen',
		heading: 'Fragebogen: Wie nutzen Sie soziale Medien?',
		intro:
			'Bitte kreuzen Sie für jede Tätigkeit an, wie oft Sie sie im Internet ausüben. Es gibt keine richtigen oder falschen Antworten.',
		activity: 'Tätigkeit',
		column: 'Spalte in der CSV-Vorlage',
		trainer:
			'Für Trainerinnen und Trainer: Übertragen Sie die Antworten in die CSV-Vorlage – eine Zeile je Person, in jede Spalte die angekreuzte Häufigkeit – und importieren Sie die Datei oben im Rechner.',
	},

	toolbar: {
		heading: 'Teilen, speichern, drucken',
		intro:
			'Der Link enthält die gewählten Datensätze, die Referenz, die Zählung der eigenen Gruppe (keine Einzelantworten) und den Selbsttest.',
		copy: 'Link zum Teilen kopieren',
		copied: 'Der Link wurde in die Zwischenablage kopiert.',
		copyFailed: 'Kopieren war nicht möglich. Bitte den Link selbst markieren und kopieren.',
		link: 'Link zu dieser Ansicht',
		printResult: 'Ergebnis drucken',
		printQuestionnaire: 'Fragebogen drucken',
	},
};
