import { uhrzeit } from './uhrzeit';
import { rungNamesWithEnglish } from './technographics-rungs';

/**
 * Strings of the Persona-Baukasten (/rechner/persona/). Placeholders in braces are filled by
 * `fillTemplate()` from src/lib/template.ts; numbers are formatted before filling.
 * „\u00a0“ is a no-break space (z. B., numbers with units).
 */
export const persona = {
	title: 'Persona-Baukasten',
	/** Shown until the island runs, where the list of personas will be. */
	loading: 'Der Persona-Baukasten wird geladen …',
	description:
		'Buyer Personas Schritt für Schritt anlegen – B2C oder B2B, mit Habitus, Mediennutzung und Wochenplan – drucken, teilen und als JSON sichern.',
	lead: 'Eine Buyer Persona ist ein greifbares Bild Ihrer Zielgruppe: ein Mensch mit Zielen, Gewohnheiten, Mediennutzung und Online-Zeiten. Der Baukasten führt Sie in neun Schritten dorthin.',
	noscript: 'Der Persona-Baukasten braucht JavaScript. Die Erklärung unten können Sie auch ohne lesen.',
	regionLabel: 'Persona-Baukasten',
	newPersonaName: 'Neue Persona',

	manage: {
		heading: 'Ihre Personas',
		select: 'Persona zum Bearbeiten',
		count: '{count} gespeichert',
		empty:
			'Noch keine Persona angelegt. Legen Sie eine neue an oder laden Sie eines der Beispiele aus dem Kursmaterial.',
		newB2c: 'Neue B2C-Persona',
		newB2b: 'Neue B2B-Persona',
		examples: 'Beispiele aus dem Material',
		exampleOldtimer: 'Beispiel: Oldtimer-Fahrer',
		exampleGeschirr: 'Beispiel: Geschirr auf Homepartys',
		created: 'Neue Persona angelegt.',
		exampleLoaded: 'Das Beispiel „{name}“ wurde als neue Persona angelegt.',
		full: 'Es sind bereits {max} Personas gespeichert. Löschen Sie zuerst eine.',
		remove: 'Diese Persona löschen',
		removeConfirm: '„{name}“ wirklich löschen? Das lässt sich nicht rückgängig machen.',
		removeYes: 'Ja, Persona löschen',
		removed: '„{name}“ wurde gelöscht.',
		cancel: 'Abbrechen',
	},

	steps: {
		nav: 'Schritte des Baukastens',
		stepOf: 'Schritt {n} von {total}',
		back: 'Zurück',
		next: 'Weiter',
		statusDone: 'vollständig',
		statusPartial: '{filled} von {total} Angaben',
		titles: {
			basics: 'Grunddaten',
			peopleB2c: 'Demografie',
			peopleB2b: 'Unternehmen und Rolle',
			goals: 'Ziele und Herausforderungen',
			habitus: 'Habitus, Werte, Interessen',
			sources: 'Informationsquellen',
			media: 'Mediennutzung',
			schedule: 'Online-Zeiten',
			approach: 'Ansprache',
			overview: 'Übersicht',
		},
		intros: {
			basics:
				'Geben Sie der Persona einen sprechenden Namen, legen Sie fest, ob Sie Endkundinnen und Endkunden (B2C) oder Menschen in Unternehmen (B2B) ansprechen, und fassen Sie ihre Haltung in einem typischen Satz zusammen.',
			peopleB2c:
				'Im B2C-Bereich beschreiben Sie die Person selbst. Schreiben Sie lieber Spannen als scheinbar genaue Werte und kennzeichnen Sie, was Annahme ist.',
			peopleB2b:
				'Im B2B-Bereich sprechen Sie Menschen an, die für Ihr Wunschunternehmen arbeiten: Beschreiben Sie das Unternehmen und die Rolle der Person im Kaufprozess.',
			goals: 'Was will die Persona erreichen, und was hält sie davon ab?',
			habitus:
				'Der Habitus ist die verinnerlichte Haltung einer sozialen Gruppe: wie jemand denkt, urteilt und handelt. Er zeigt sich in Geschmack, Werten und Interessen – und lässt sich aus Klicks allein nicht ablesen.',
			sources:
				'Wo informiert sich die Persona, und wem glaubt sie? Empfehlungen anderer Kundinnen und Kunden wiegen oft mehr als die Stimme eines Unternehmens.',
			media:
				'Wie aktiv ist die Zielgruppe in sozialen Medien? Tragen Sie Anteile je Stufe der Social-Technographics-Leiter ein – aus dem Technographics-Profil oder von Hand. Ergänzen Sie die Plattformen, auf denen die Persona unterwegs ist, von Hand oder aus dem Plattform-Finder.',
			schedule:
				'Wann ist die Persona online? Der Wochenplan beschreibt Arbeitstage, Arbeitsweg, Pausen, Abende und freie Tage. Der Posting-Zeiten-Rechner liest ihn aus der gerade gewählten Persona.',
			approach:
				'Wie sprechen Sie die Persona an: über welche Kanäle, in welchem Ton, mit welchen Inhalten – und was geht gar nicht?',
			overview:
				'Hier sehen Sie die Persona-Karte. Ergänzen Sie eigene Abschnitte, drucken Sie die Karte, teilen Sie sie per Link oder sichern Sie sie als Datei.',
		},
	},

	kind: {
		legend: 'Zielgruppe',
		b2c: 'B2C – Endkundinnen und Endkunden',
		b2b: 'B2B – Menschen in Unternehmen',
		hint: 'Das entscheidet, ob der nächste Schritt nach Demografie oder nach Unternehmen und Rolle fragt. Angaben im anderen Schritt bleiben gespeichert.',
	},

	fields: {
		name: { label: 'Name der Persona', hint: 'Ein sprechender Name, z.\u00a0B. „Jürgen, der Oldtimer-Fahrer“.' },
		quote: { label: 'Typischer Satz', hint: 'Ein Satz, den die Persona sagen könnte – ohne Anführungszeichen.' },
		age: { label: 'Alter', hint: 'Am besten eine Spanne, z.\u00a0B. 45–54\u00a0Jahre.' },
		gender: { label: 'Geschlecht', hint: '' },
		income: { label: 'Einkommen', hint: '' },
		education: { label: 'Bildung', hint: '' },
		occupation: { label: 'Beruf', hint: '' },
		place: { label: 'Wohnort', hint: 'Land, Region oder Art des Orts.' },
		industry: { label: 'Branche', hint: '' },
		companySize: { label: 'Unternehmensgröße', hint: 'z.\u00a0B. Zahl der Mitarbeitenden.' },
		revenue: { label: 'Umsatz', hint: 'Eine Spanne genügt.' },
		jobTitle: { label: 'Berufsbezeichnung', hint: '' },
		successMeasure: { label: 'Woran wird ihr Erfolg gemessen?', hint: '' },
		reportsTo: { label: 'Berichtet an', hint: '' },
		goals: { label: 'Ziele', hint: '' },
		challenges: { label: 'Herausforderungen', hint: '' },
		habitus: { label: 'Habitus', hint: 'Haltung, Lebensstil, Geschmack: Was ist für die Persona selbstverständlich?' },
		values: { label: 'Werte', hint: '' },
		interests: { label: 'Interessen', hint: '' },
		infoSources: { label: 'Informationsquellen', hint: 'Medien, Foren, Messen, Gespräche …' },
		trustedVoices: {
			label: 'Vertraute Stimmen',
			hint: 'Wem glaubt die Persona: Freunden, anderen Kunden, Fachleuten?',
		},
		mediaNote: { label: 'Notiz zur Mediennutzung', hint: 'Woher stammen die Angaben, was ist Annahme?' },
		scheduleNote: { label: 'Notiz zum Wochenplan', hint: 'z.\u00a0B. Schichtdienst, Saisonarbeit, Annahmen.' },
		channels: { label: 'Kanäle', hint: '' },
		tone: { label: 'Tonalität', hint: '' },
		contentIdeas: { label: 'Ideen für Inhalte', hint: '' },
		noGos: { label: 'No-Gos', hint: 'Was schreckt die Persona ab?' },
	},

	buyingRole: {
		label: 'Rolle in der Kaufentscheidung',
		hint: 'Rollen im Buying Center nach Webster und Wind.',
		options: {
			'': 'nicht festgelegt',
			initiator: 'Initiator – stößt den Kauf an',
			nutzer: 'Nutzer – arbeitet mit dem Produkt',
			beeinflusser: 'Beeinflusser – prägt die Anforderungen',
			entscheider: 'Entscheider – gibt den Kauf frei',
			einkaeufer: 'Einkäufer – verhandelt und bestellt',
			gatekeeper: 'Gatekeeper – steuert, welche Informationen ankommen',
		},
	},

	media: {
		rungsLegend: 'Social-Technographics-Leiter: Anteil der Zielgruppe je Stufe',
		rungsHint:
			'In Prozent von 0 bis 100, Dezimalkomma erlaubt. Die Stufen überschneiden sich, die Summe darf über 100 liegen. Leer lassen, wenn unbekannt.',
		percentSuffix: '%',
		rungs: rungNamesWithEnglish,
		sourceHand: 'Von Hand eingetragen.',
		sourceProfile: 'Aus dem Technographics-Profil übernommen.',
		fromProfile: 'Aus dem Technographics-Profil übernehmen',
		fromProfileDone: 'Die Anteile aus dem Technographics-Profil wurden übernommen.',
		noProfile: 'Noch kein Ergebnis im Technographics-Profil – Sie können die Werte von Hand eintragen.',
		profileLink: 'Zum Technographics-Profil',
		platformsLegend: 'Plattformen',
		platformInput: 'Plattform hinzufügen',
		platformAdd: 'Hinzufügen',
		platformRemove: '„{name}“ entfernen',
		platformsEmpty: 'Noch keine Plattform eingetragen.',
		fromFinder: 'Aus dem Plattform-Finder übernehmen',
		finderSelection: 'Letzte Auswahl im Plattform-Finder (Datenjahr {year}): {platforms}.',
		fromFinderDone: 'Aus dem Plattform-Finder übernommen: {platforms}.',
		finderNothingNew: 'Alle Plattformen aus dem Plattform-Finder stehen schon in der Liste.',
		noFinder: 'Noch keine Auswahl im Plattform-Finder – dort können Sie Plattformen nach Alter und Land finden.',
		finderLink: 'Zum Plattform-Finder',
	},

	schedule: {
		workDays: 'Arbeitstage',
		days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
		daysShort: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
		workHeading: 'Arbeitstag',
		freeHeading: 'Abende und freie Tage',
		workStart: 'Arbeitsbeginn',
		workEnd: 'Arbeitsende',
		commuteMinutes: 'Arbeitsweg in Minuten (eine Richtung)',
		lunchStart: 'Mittagspause ab',
		lunchMinutes: 'Mittagspause in Minuten',
		eveningStart: 'Freier Abend ab',
		eveningEnd: 'Freier Abend bis',
		weekendWake: 'Freie Tage: aufstehen',
		weekendSleep: 'Freie Tage: schlafen gehen',
		marginMinutes: 'Puffer vor und nach der Arbeit in Minuten',
		marginHint: 'Viele schauen kurz vor und nach der Arbeit aufs Handy.',
		clockHint: uhrzeit.hint,
		minutesHint: 'Ganze Minuten, 0 bis 240.',
		confirm: 'Wochenplan passt so',
		confirmed: 'Der Wochenplan ist bestätigt und zählt zur Vollständigkeit.',
		standard: 'Noch die Standardwoche: Ändern oder bestätigen Sie sie.',
		summaryHeading: 'Wahrscheinliche Online-Zeiten',
		summaryEmpty: 'Mit diesen Angaben ergibt sich kein Online-Fenster.',
		window: '{days} {from}–{to} Uhr: {kind}',
		windows: {
			beforeWork: 'vor der Arbeit und unterwegs',
			lunch: 'Mittagspause',
			afterWork: 'Heimweg und Feierabend',
			evening: 'freier Abend',
			dayOff: 'freie Tage',
		},
		timingLink: 'Zum Posting-Zeiten-Rechner',
		clockErrors: uhrzeit.errors,
	},

	errors: {
		required: 'Bitte geben Sie der Persona einen Namen.',
		tooLong: 'Höchstens {max} Zeichen, damit die Karte auf eine Seite passt – derzeit {length}.',
		tooLongUnsaved:
			'Nicht gespeichert: höchstens {max} Zeichen, derzeit {length}. Gespeichert bleibt der letzte Stand; sobald Sie kürzen, wird wieder gespeichert.',
		workOrder: 'Das Arbeitsende muss nach dem Arbeitsbeginn liegen. Nachtschichten bitte in der Notiz beschreiben.',
		lunchOutside: 'Die Mittagspause liegt außerhalb der Arbeitszeit.',
		eveningOverlap: 'Der freie Abend beginnt während der Arbeitszeit.',
		sectionTitle: 'Bitte geben Sie dem Abschnitt eine Überschrift.',
		platformEmpty: 'Bitte einen Namen eingeben.',
		platformDuplicate: 'Diese Plattform steht schon in der Liste.',
		platformTooLong: 'Höchstens {max} Zeichen.',
		platformTooMany: 'Höchstens {max} Plattformen – entfernen Sie zuerst eine.',
	},

	completeness: {
		label: 'Vollständigkeit',
		value: '{percent} ausgefüllt ({filled} von {total} Angaben)',
		missing: 'Es fehlt noch:',
		complete: 'Alle Angaben sind ausgefüllt.',
		checks: {
			technographics: 'Leiterstufen oder Notiz zur Mediennutzung',
			platforms: 'Plattformen',
			schedule: 'bestätigter Wochenplan',
		},
		goTo: 'Zum Schritt „{step}“',
	},

	overview: {
		checkHeading: 'Noch zu prüfen',
		noIssues: 'Keine Fehler gefunden.',
		customHeading: 'Eigene Abschnitte',
		customIntro: 'Alles, was in keinen Schritt passt: Zitate aus Interviews, Kaufanlässe, Einwände …',
		customTitle: 'Überschrift',
		customText: 'Inhalt',
		customAdd: 'Abschnitt hinzufügen',
		customRemove: 'Abschnitt „{title}“ entfernen',
		customUntitled: 'ohne Überschrift',
		customEmpty: 'Noch keine eigenen Abschnitte.',
		print: 'Persona-Karte drucken',
		printHint: 'Die Karte ist für eine A4-Seite gesetzt; Navigation und Eingabefelder werden nicht gedruckt.',
		printFull: 'Vollständige Fassung drucken',
		cutWarning:
			'Die Karte ist länger als eine A4-Seite. Für den Druck auf einer Seite {count, plural, one {wird ein Text} other {werden # Texte}} gekürzt ({fields}); die Karte weist darauf hin. Die vollständige Fassung drucken Sie auf mehreren Seiten.',
		overflowWarning:
			'Auch gekürzt passt die Karte nicht auf eine A4-Seite – meist wegen vieler eigener Abschnitte. Sie wird auf mehreren Seiten gedruckt; kürzen Sie, wenn eine Seite reichen soll.',
		exportOne: 'Diese Persona als JSON speichern',
		cardHeading: 'Persona-Karte',
	},

	card: {
		kicker: 'Persona',
		cutNote:
			'Für eine Seite gekürzt (mit „…“ markiert): {fields}. Die vollständige Fassung steht im Persona-Baukasten.',
		b2c: 'B2C',
		b2b: 'B2B',
		exampleNote:
			'Beispiel-Persona: ein illustratives Profil, keine erhobenen Daten. Was aus den Blogbeiträgen stammt, auf denen die Kapitel aufbauen, ist mit „laut Blogbeitrag“ markiert, alles andere mit „Annahme“.',
		empty: 'Noch keine Angaben.',
		person: 'Person',
		company: 'Unternehmen und Rolle',
		goals: 'Ziele und Herausforderungen',
		habitus: 'Habitus, Werte, Interessen',
		sources: 'Informationsquellen und vertraute Stimmen',
		media: 'Mediennutzung',
		times: 'Online-Zeiten',
		approach: 'Ansprache',
		updated: 'Stand: {date}',
		footer: 'Erstellt mit dem Persona-Baukasten von Social Media Praxis.',
	},

	share: {
		heading: 'Per Link teilen',
		create: 'Link zum Teilen erzeugen',
		linkLabel: 'Link zu dieser Persona',
		copy: 'Link kopieren',
		copied: 'Der Link ist in der Zwischenablage.',
		copyFailed: 'Kopieren ging nicht – der Link ist markiert, kopieren Sie ihn mit Strg+C.',
		hint: 'Die Persona steckt vollständig im Link hinter dem #. Dieser Teil wird nie an einen Server geschickt; wer den Link hat, kann die Persona lesen.',
		tooLarge: 'Die Persona ist zu groß für einen Link. Sichern Sie sie stattdessen als JSON-Datei.',
	},

	preview: {
		heading: 'Geteilte Persona – Vorschau',
		intro:
			'Jemand hat Ihnen diese Persona per Link geschickt. Gespeichert ist sie noch nicht, und Ihre eigenen Personas bleiben unverändert.',
		adopt: 'Übernehmen',
		adoptHint: 'Übernehmen legt eine neue Persona an – auch wenn Sie schon eine gleichnamige haben.',
		dismiss: 'Verwerfen',
		adopted: '„{name}“ wurde als neue Persona gespeichert.',
		dismissed: 'Die geteilte Persona wurde verworfen.',
		errors: {
			format: 'Der Link enthält keine lesbare Persona.',
			version: 'Der Link stammt aus einer neueren Version des Baukastens.',
			corrupt: 'Der Link ist beschädigt oder unvollständig – vielleicht wurde er beim Kopieren abgeschnitten.',
			invalid: 'Die Persona im Link ist ungültig.',
			tooLarge: 'Der Link ist zu lang.',
		},
		errorNothingChanged: 'Ihre gespeicherten Personas sind unverändert.',
	},

	data: {
		heading: 'Sichern, importieren, löschen',
		export: 'Alle Personas als JSON speichern',
		exportEmpty: 'Es gibt noch nichts zu exportieren.',
		import: 'Personas aus JSON-Datei importieren',
		importHint: 'Importierte Personas kommen zu den vorhandenen hinzu; nichts wird überschrieben.',
		imported: '{count, plural, one {Eine Persona wurde} other {# Personas wurden}} importiert.',
		importErrors: {
			tooLarge: 'Die Datei ist zu groß.',
			json: 'Die Datei ist kein gültiges JSON.',
			format: 'Die Datei ist kein Persona-Export dieses Baukastens.',
			versionMissing: 'Die Datei nennt keine Versionsnummer – sie wurde wohl von Hand verändert.',
			versionNotNumber:
				'Die Versionsnummer der Datei ({version}) ist keine Zahl, sondern Text – die Datei wurde wohl von Hand verändert.',
			versionInvalid: 'Die Versionsnummer der Datei ({version}) ist ungültig: Gültig sind ganze Zahlen ab 1.',
			version:
				'Die Datei stammt aus einer neueren Version des Baukastens (Version {version}; diese Seite liest bis Version {current}).',
			invalid: 'Persona Nr. {position} in der Datei ist ungültig.',
			invalidNamed: 'Persona Nr. {position} („{name}“) in der Datei ist ungültig.',
			empty: 'Die Datei enthält keine Personas.',
			read: 'Die Datei ließ sich nicht lesen.',
		},
		importNothingChanged: 'Es wurde nichts importiert; Ihre gespeicherten Personas sind unverändert.',
		deleteAll: 'Alle meine Daten löschen',
		deleteAllHint: 'Löscht alles, was diese Website in diesem Browser gespeichert hat – nicht nur die Personas.',
		deleteAllConfirm:
			'Wirklich alle Daten dieser Website in diesem Browser löschen? Das betrifft alle Personas, den Lernfortschritt, Quiz-Antworten, Einstellungen und die Eingaben aller Rechner.',
		deleteAllYes: 'Ja, alles löschen',
		deleteAllDone: 'Gelöscht: {personas} und insgesamt {keys} im Browserspeicher dieser Website.',
		personas: '{count, plural, one {eine Persona} other {# Personas}}',
		keys: '{count, plural, one {ein Eintrag} other {# Einträge}}',
	},

	page: {
		howHeading: 'So funktioniert der Baukasten',
		stepsHeading: 'Die Schritte',
		steps:
			'Grunddaten, Demografie (B2C) oder Unternehmen und Rolle (B2B), Ziele und Herausforderungen, Habitus, Werte und Interessen, Informationsquellen und vertraute Stimmen, Mediennutzung, Online-Zeiten und Ansprache. Die Übersicht zeigt am Ende die Persona-Karte, dort können Sie eigene Abschnitte ergänzen.',
		completenessHeading: 'Wie wird die Vollständigkeit berechnet?',
		completeness:
			'Jede Angabe zählt gleich viel. Gezählt werden nur die Angaben, die zur Art der Persona passen: bei B2C sechs Angaben zur Demografie, bei B2B sieben zu Unternehmen und Rolle. Ein Feld gilt als ausgefüllt, sobald es mehr als Leerzeichen enthält. Die Mediennutzung zählt, wenn mindestens eine Leiterstufe oder eine Notiz eingetragen ist, die Online-Zeiten, wenn Sie die Standardwoche geändert oder bestätigt haben. Eigene Abschnitte zählen nicht mit. Der Prozentwert ist die Zahl der ausgefüllten Angaben geteilt durch alle gezählten Angaben, auf ganze Prozent gerundet.',
		validationHeading: 'Was wird geprüft?',
		validation:
			'Der Name ist Pflicht. Jedes Textfeld hat eine Höchstlänge ({short}\u00a0Zeichen für kurze, {long} für lange Felder): Ein längerer Text bleibt im Feld stehen und wird markiert, gespeichert wird aber nur der letzte Stand innerhalb der Grenze. Längere Texte aus älteren Versionen oder importierten Dateien bleiben erhalten und werden markiert. Uhrzeiten, Minuten und Prozentwerte werden beim Tippen geprüft; ein ungültiger Wert bleibt im Feld stehen, wird aber erst gespeichert, wenn er stimmt.',
		storageHeading: 'Was wird wo gespeichert?',
		storage:
			'Alles bleibt in Ihrem Browser: Die Personas liegen im lokalen Speicher unter dem Schlüssel „smp:personas“, die gerade gewählte Persona unter „smp:persona-aktiv“. Nichts wird an einen Server geschickt. Der Posting-Zeiten-Rechner liest den Wochenplan der gewählten Persona aus demselben Speicher. Plattformen aus dem Plattform-Finder kommen aus dessen letzter Auswahl unter „smp:plattform-auswahl“.',
		shareHeading: 'Teilen, sichern, drucken',
		share:
			'Der Link zum Teilen enthält die ganze Persona, komprimiert im Teil hinter dem #, den Browser nicht an Server senden. Wer den Link öffnet, sieht zuerst eine Vorschau und entscheidet mit „Übernehmen“, ob die Persona als neue gespeichert wird – bestehende Personas werden nie überschrieben. Der JSON-Export enthält eine Versionsnummer; beim Import wird jede Persona geprüft, und eine fehlerhafte Datei ändert nichts. Gedruckt wird nur die Persona-Karte, gesetzt für eine A4-Seite.',
		examplesHeading: 'Die Beispiele',
		examples:
			'Die beiden Beispiel-Personas – ein Oldtimer-Fahrer und eine Frau zwischen 45 und 54\u00a0Jahren, die in Deutschland Geschirr auf Homepartys kauft – sind illustrative Profile, keine Forschungsergebnisse. Sie beruhen auf Blogbeiträgen, auf denen Kapitel dieser Website aufbauen (vor allem 1 und 2); Angaben daraus sind mit „laut Blogbeitrag“ gekennzeichnet, alles andere mit „Annahme“. Beide enthalten bewusst keine Zahlen, die diese Beiträge nicht hergeben.',
	},
} as const;
