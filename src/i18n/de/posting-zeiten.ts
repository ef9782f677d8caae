import { uhrzeit } from './uhrzeit';

/**
 * Strings of the posting-time calculator (island and page). `{name}` marks a placeholder that
 * the island fills with `fillTemplate()` (src/lib/template.ts); numbers are formatted with Intl de-DE before they go in.
 * Everything under `ui` is passed to the island as a prop, so it must stay plain data.
 */
const nb = '\u00a0';

export const postingZeiten = {
	title: 'Posting-Zeiten-Rechner',
	description:
		'Die besten Zeiten zum Posten aus eigenen Besuchsdaten oder dem Wochenplan einer Persona berechnen – mit Konkurrenz, Sichtbarkeitsdauer und Wochenplan als Kalenderdatei. Alles bleibt im Browser.',
	lead: 'Wann erreicht ein Beitrag die meisten Menschen, die gerade Zeit haben – und die wenigsten Beiträge der Konkurrenz? Der Rechner beantwortet das aus Ihren eigenen Besuchsdaten oder dem Wochenplan einer Persona und macht daraus einen Wochenplan für Ihren Kalender.',
	page: {
		howHeading: 'Wie wird gerechnet?',
		howIntro:
			'Für jede der 168 Stunden einer Woche berechnet der Rechner, wie viel Aufmerksamkeit ein Beitrag bekäme, der zu Beginn dieser Stunde erscheint:',
		formulaLabel: 'Formel für den Wert einer Posting-Stunde',
		symbols: {
			A: 'Aktivität des Publikums in Stunde h, so skaliert, dass die aktivste Stunde der Woche 1 ist.',
			C: 'Zahl der bekannten Konkurrenz-Beiträge in Stunde h. Posten zehn Unternehmen in derselben Stunde, teilt sich das Interesse auf – unser eigener Beitrag ist die 1 in 1 + C.',
			w: 'Anteil der Sichtbarkeit, der auf die k-te Stunde nach dem Posten fällt. Die Sichtbarkeit halbiert sich alle T Minuten (Halbwertszeit).',
			K: 'Stunden, bis weniger als 1\u00a0% der Sichtbarkeit übrig ist (höchstens eine Woche). Die Woche ist ein Kreis: Ein Beitrag am Sonntagabend wirkt in den Montag hinein.',
		},
		weightsIntro:
			'Die Gewichte ergeben zusammen 1, der Wert ist also ein gewichteter Durchschnitt: 100 in der Heatmap heißt „beste Stunde dieser Woche“, 1 wäre ein Beitrag, der seine ganze Lebensdauer in der aktivsten Stunde ohne jede Konkurrenz verbringt.',
		audienceHeading: 'Woher die Aktivität A kommt',
		audienceData:
			'Mit eigenen Daten zählt der Rechner Besuche je Stunde der Woche in der Zeitzone der Zielgruppe. Zeitpunkte mit Zeitzonenangabe – etwa „+0200“ im Zugriffsprotokoll – werden zuerst in Weltzeit umgerechnet und dann mit dem Versatz, der in diesem Moment in der Zielzeitzone galt, in Ortszeit. Ein Besuch um 19 Uhr landet so im Winter wie im Sommer bei 19 Uhr. Zeitstempel ohne Angabe gelten bereits als Ortszeit. Matomo liefert Uhrzeit und Wochentag in getrennten Berichten; beide zusammen werden als Tagesverlauf × Anteil des Wochentags kombiniert.',
		audienceModel:
			'Ohne Daten schätzt der Rechner die Aktivität aus einem Wochenplan – dem der aktiven Persona oder Ihren Angaben. Jede Minute bekommt eine Stufe; der Stundenwert ist der Mittelwert ihrer Minuten. Die Stufen sind Annahmen dieser Website, keine Messwerte:',
		levelsCaption: 'Angenommene Aktivität je Tagesabschnitt (1 = höchste)',
		levelPhase: 'Tagesabschnitt',
		levelValue: 'Aktivität',
		levels: {
			margin: 'Zuschlag direkt vor und nach der Arbeit',
			evening: 'freier Abend',
			lunch: 'Mittagspause',
			commute: 'Arbeitsweg',
			dayOff: 'freier Tag, wach',
			awake: 'sonst wach an Arbeitstagen',
			work: 'Arbeitszeit',
			asleep: 'Schlaf',
		},
		planHeading: 'Wie der Wochenplan entsteht',
		plan: 'Der Plan wählt genau so viele Stunden, wie Beiträge pro Woche gewünscht sind, mit der größten Summe der Werte – unter zwei Bedingungen: Zwischen zwei Beiträgen liegt mindestens der Mindestabstand (auch über das Wochenende hinweg gemessen), und keine ausgeschlossene Stunde wird verwendet. Der Rechner löst das exakt (dynamische Programmierung), nicht durch schrittweises Nehmen der besten Stunde. Passen nicht alle Beiträge unter die Regeln, sagt er es.',
		halfLifeHeading: 'Halbwertszeiten',
		halfLife:
			'Die Voreinstellungen stammen aus einer Auswertung von Wiselytics, die Buffer 2013 zitierte: Ein Tweet hat eine Halbwertszeit von etwa 24\u00a0Minuten, ein Facebook-Beitrag von etwa 90\u00a0Minuten. Es ist eine Zweitquelle; neuere, belastbare Zahlen für Instagram, LinkedIn oder TikTok wurden nicht gefunden. Dafür gilt eine Annahme von 60\u00a0Minuten, die Sie ändern sollten, sobald Sie eigene Werte kennen.',
		calendarHeading: 'Kalenderdatei',
		calendar:
			'Der Export ist eine iCalendar-Datei (RFC\u00a05545) mit einem wöchentlich wiederkehrenden Termin je geplanter Stunde. Jeder Termin ist in der Zeitzone der Zielgruppe angelegt, und die Datei enthält die Regeln dieser Zeitzone für Sommer- und Winterzeit. Ein Termin um 19:00 bleibt deshalb das ganze Jahr um 19:00 Ortszeit. Die Regeln werden aus den Zeitzonendaten Ihres Browsers abgeleitet, für jede Zeitzone.',
		toolsHeading: 'Und die „Best Times“ der großen Tools?',
		tools:
			'Sprout Social, Hootsuite und Buffer veröffentlichen jährlich „beste Zeiten“. Sie beruhen auf den Daten ihrer eigenen Kundschaft oder eigenen Kanäle, meist in US-Zeitzonen: Sprout Social gab seine Zeiten bis etwa 2022 in US Central Time an, Hootsuite in Pacific Time, und Buffer wertete 2025 rund 3,1\u00a0Millionen Instagram-Beiträge von 106.000 Profilen in amerikanischen Zeitzonen aus. Alle drei raten selbst dazu, das eigene Publikum zu testen. Genau dafür ist dieser Rechner da: Er rechnet mit Ihren Daten, in der Zeitzone Ihres Publikums, und legt offen, wie.',
		limitsHeading: 'Grenzen',
		limits:
			'Der Wert beschreibt Gelegenheit, nicht Erfolg: Inhalt, Algorithmus der Plattform und aktuelle Ereignisse zählen mehr als die Uhrzeit. Besuche Ihrer Website sind ein Hinweis darauf, wann Ihre Zielgruppe online ist, aber nicht dasselbe wie Aktivität auf einer Plattform. Testen Sie den Plan einige Wochen und vergleichen Sie.',
		formatsHeading: 'Welche Dateien?',
		formatsIntro:
			'Der Rechner erkennt das Format selbst. Mehrere Dateien werden addiert; Zeilen, die er nicht lesen kann, werden mit Zeilennummer und Grund angezeigt.',
		formatTimestamps: 'CSV mit einem Zeitstempel pro Zeile, optional mit Anzahl:',
		formatWeekdayHour: 'CSV mit Wochentag (deutsch oder englisch), Stunde (0–23) und Anzahl:',
		formatMatomo:
			'Matomo: Bericht „Besuchszeiten nach lokaler Zeit“ bzw. „nach Wochentag“, exportiert als CSV oder TSV (auch im UTF-16-Format, das Matomo schreibt):',
		formatLog:
			'Zugriffsprotokoll von nginx oder Apache im Common oder Combined Log Format, gern auch als .gz-Datei; Crawler und Dateiabrufe lassen sich herausfiltern:',
		privacyHeading: 'Datenschutz',
		privacy:
			'Alles geschieht in Ihrem Browser; keine Datei und kein Ergebnis wird übertragen. Importierte Daten werden in einem Web Worker gestreamt, nur als Stundensummen im Speicher dieses Tabs gehalten und nicht gespeichert. Ihre Einstellungen liegen im lokalen Speicher des Browsers (Schlüssel „smp:posting-zeiten“). Aus Zugriffsprotokollen wertet der Rechner nur Datum und Uhrzeit aus (und für den Filter Pfad und Browserkennung); IP-Adressen werden nicht ausgewertet und nichts davon wird gespeichert. Nur Zeilen, die sich nicht lesen lassen, zeigt er zur Kontrolle an. Ein geteilter Link enthält nur die Einstellungen.',
	},
	ui: {
		regionLabel: 'Posting-Zeiten-Rechner',
		loading: 'Der Rechner wird geladen …',
		noscript: 'Der Rechner braucht JavaScript. Die Erklärung der Berechnung steht weiter unten auf dieser Seite.',
		dayNames: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
		dayShort: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
		hourLabel: `{hour}${nb}Uhr`,
		slotLabel: `{day}, {time}${nb}Uhr`,
		reset: 'Alle Einstellungen zurücksetzen',

		shared: {
			found: 'Dieser Link enthält Einstellungen für den Rechner (keine Daten).',
			apply: 'Übernehmen',
			dismiss: 'Eigene behalten',
			invalid: 'Der Link enthält ungültige Einstellungen und wurde ignoriert.',
			ok: 'Verstanden',
		},

		data: {
			heading: 'Eigene Daten',
			intro:
				'Am aussagekräftigsten sind Ihre eigenen Besuchsdaten. Die Dateien werden in Ihrem Browser ausgewertet und nirgendwohin übertragen.',
			dropzone: 'Dateien hierher ziehen oder',
			choose: 'Dateien auswählen',
			formats:
				'Möglich sind: CSV mit einem Zeitstempel pro Zeile (ISO 8601 oder „TT.MM.JJJJ HH:MM“, optional mit Spalte „Anzahl“) · CSV mit Wochentag, Stunde und Anzahl · Matomo-Export „Besuche nach lokaler Zeit“ oder „nach Wochentag“ (CSV oder TSV) · Zugriffsprotokoll von nginx oder Apache (Common oder Combined Log Format, auch als .gz).',
			filterBots:
				'Crawler und Abrufe von Dateien (Bilder, CSS, JavaScript) nicht zählen (gilt für den nächsten Import)',
			sessionNote:
				'Importierte Daten bleiben nur in diesem Tab und werden nicht gespeichert; Ihre Einstellungen schon.',
			progress: 'Datei {index} von {count}: „{name}“ – {read} von {total} gelesen',
			progressLabel: 'Fortschritt des Imports',
			cancel: 'Import abbrechen',
			cancelled: 'Import abgebrochen. Bereits fertig eingelesene Dateien bleiben erhalten.',
			failed: 'Der Import ist mit einem Fehler abgebrochen: {message}',
			done: `{count} Datei(en) mit {size} in {seconds}${nb}s eingelesen.`,
			sourcesHeading: 'Eingelesene Dateien',
			formatNames: {
				'access-log': 'Zugriffsprotokoll (Common/Combined Log Format)',
				timestamps: 'Liste von Zeitstempeln',
				'weekday-hour': 'Tabelle Wochentag × Stunde',
				hours: 'Besuche nach Uhrzeit (z.\u00a0B. Matomo)',
				weekdays: 'Besuche nach Wochentag (z.\u00a0B. Matomo)',
			},
			stats: '{records} Datensätze gelesen, zusammen {total} Besuche; {skipped} Zeilen übersprungen.',
			filtered: '{filtered} Zeilen von Crawlern oder für Dateien nicht gezählt.',
			period: 'Zeitraum: {from} bis {to}.',
			header: 'Kopfzeile erkannt: „{header}“.',
			reasons: {
				date: 'Datum oder Uhrzeit nicht lesbar',
				weekday: 'Wochentag unbekannt',
				hour: 'Stunde nicht zwischen 0 und 23',
				count: 'Anzahl ist keine Zahl ab 0',
				columns: 'zu wenige Spalten',
			},
			reasonCount: '{reason}: {count}',
			badLines: 'Erste übersprungene Zeilen',
			badLine: 'Zeile {line} ({reason}):',
			problems: {
				empty: 'Die Datei ist leer.',
				binary:
					'Das ist keine Textdatei (zum Beispiel eine Excel-Arbeitsmappe). Bitte als CSV speichern und erneut laden.',
				unknown: 'Das Format der Datei wurde nicht erkannt.',
				gzip: 'Die gzip-Datei ist beschädigt oder unvollständig.',
				read: 'Die Datei ließ sich nicht lesen.',
			},
			expected: {
				log: 'Erwartet wurde ein Zugriffsprotokoll im Common oder Combined Log Format, etwa: 203.0.113.7 - - [10/Oct/2025:13:55:36 +0200] "GET / HTTP/1.1" 200 2326',
				table:
					'Erwartet wurde eine CSV- oder TSV-Datei: eine Spalte mit Zeitstempeln (2025-03-25T19:10:00+01:00 oder 25.03.2025 19:10), oder die Spalten Wochentag;Stunde;Anzahl, oder ein Matomo-Export „Besuche nach lokaler Zeit“ bzw. „nach Wochentag“.',
			},
			remove: '„{name}“ entfernen',
			removeAll: 'Alle Daten entfernen',
			weekdaysOnly:
				'Es liegen nur Besuche nach Wochentag vor: Alle Stunden eines Tages zählen gleich. Laden Sie auch den Bericht nach Uhrzeit.',
			hoursOnly: 'Es liegen nur Besuche nach Uhrzeit vor: Alle Wochentage zählen gleich.',
			combined:
				'Uhrzeit und Wochentag stammen aus getrennten Berichten; sie wurden unter der Annahme kombiniert, dass jeder Tag denselben Tagesverlauf hat.',
			noActivity: 'Die importierten Daten enthalten keine einzige Aktivität. Das Ergebnis hat so keine Aussagekraft.',
		},

		audience: {
			heading: 'Zielgruppe',
			timeZone: 'Zeitzone der Zielgruppe',
			timeZoneHint:
				'Alle Uhrzeiten auf dieser Seite sind Ortszeit dieser Zone. Zeitstempel mit Zeitzonenangabe werden umgerechnet – auch über Sommer- und Winterzeit hinweg –, Zeitstempel ohne Angabe gelten als Ortszeit.',
			commonZones: 'Häufig',
			allZones: 'Alle Zeitzonen',
			usingData:
				'Grundlage sind Ihre importierten Daten. Persona und eigene Angaben werden verwendet, sobald keine Daten geladen sind.',
			model: 'Ohne Daten: Wochenplan der Zielgruppe',
			modelPersona: 'Wochenplan der aktiven Persona (Persona-Baukasten)',
			modelOwn: 'Eigene Angaben',
			persona: 'Aktive Persona: „{name}“',
			personaUnnamed: 'ohne Namen',
			noPersona: 'Es gibt noch keine Persona – bis dahin gelten die eigenen Angaben.',
			personaLink: 'Zum Persona-Baukasten',
			copyPersona: 'Wochenplan der Persona als eigene Angaben übernehmen',
			workDays: 'Arbeitstage',
			workStart: 'Arbeitsbeginn',
			workEnd: 'Arbeitsende',
			commute: 'Arbeitsweg, einfach (Minuten)',
			lunchStart: 'Mittagspause ab',
			lunchMinutes: 'Mittagspause (Minuten)',
			eveningStart: 'Freier Abend ab',
			eveningEnd: 'Freier Abend bis',
			weekendWake: 'Freie Tage: wach ab',
			weekendSleep: 'Freie Tage: schlafen ab',
			margin: 'Zuschlag vor und nach der Arbeit (Minuten)',
			marginHint: 'Viele schauen kurz vor und nach der Arbeit ins Netz; diese Zeit zählt am stärksten.',
			clockErrors: uhrzeit.errors,
			minutesInvalid: 'Bitte eine ganze Zahl von 0 bis 240 eingeben.',
		},

		competition: {
			heading: 'Konkurrenz',
			label: 'Bekannte Posting-Zeiten von Mitbewerbern',
			help: 'Ein Eintrag pro Zeile: Tage, Uhrzeit, optional die Anzahl. Beispiele: „Mo–Fr 9:00“, „Di 12 ×3“, „täglich 18–20“, „Sa, So 10:30“. Mit „#“ beginnt ein Kommentar.',
			placeholder: 'Mo–Fr 9:00\nDi 12 ×3  # Agentur X\ntäglich 18–20',
			summary: '{entries} Einträge, zusammen {posts} Beiträge pro Woche.',
			errors: {
				days: 'Wochentag unbekannt (Mo, Di, …, „täglich“, „werktags“, „Wochenende“)',
				time: 'Uhrzeit ungültig (0 bis 23 Uhr; bei Bereichen das Ende nach dem Anfang)',
				count: 'Anzahl ungültig (eine Zahl ab 0)',
				syntax: 'nicht lesbar – Beispiel: „Di 12 ×3“',
			},
			errorLine: 'Zeile {line} („{text}“): {message}',
		},

		platform: {
			heading: 'Plattform',
			label: 'Plattform',
			names: { facebook: 'Facebook', x: 'X (Twitter)', andere: 'Andere Plattform' },
			halfLife: 'Halbwertszeit eines Beitrags (Minuten)',
			halfLifeHint: 'Nach dieser Zeit ist ein Beitrag nur noch halb so sichtbar wie beim Erscheinen.',
			sources: {
				facebook: `Standardwert 90${nb}Minuten: Wiselytics, zitiert in einer Buffer-Zusammenstellung (2013).`,
				x: `Standardwert 24${nb}Minuten: Wiselytics, zitiert in einer Buffer-Zusammenstellung (2013).`,
				andere: `Für Instagram, LinkedIn, TikTok und andere wurde keine belastbare Quelle gefunden. 60${nb}Minuten sind eine Annahme – bitte anpassen.`,
			},
			useDefault: 'Standardwert einsetzen',
		},

		plan: {
			heading: 'Regeln für den Plan',
			postsPerWeek: 'Beiträge pro Woche',
			minGap: 'Mindestabstand zwischen zwei Beiträgen (Stunden)',
			excludeNights: 'Nachts nicht posten',
			nightFrom: 'Nacht von',
			nightTo: 'bis',
			excludedDays: 'Nicht posten am',
			fallback: 'Bis zur Korrektur rechnet der Rechner mit {value}.',
		},

		results: {
			heading: 'Ergebnis',
			basisData: 'Grundlage: Ihre importierten Daten ({count} Datei(en), Zeitzone {zone}).',
			basisPersona: 'Grundlage: Wochenplan der Persona „{name}“ (Modell, keine Messung).',
			basisOwn: 'Grundlage: Ihre Angaben zum Wochenplan (Modell, keine Messung).',
			viewLabel: 'Die Heatmap zeigt',
			views: { audience: 'Publikum', competition: 'Konkurrenz', score: 'Wert' },
			viewHints: {
				audience: 'Aktivität der Zielgruppe je Stunde; 100 = aktivste Stunde.',
				competition: 'Anzahl bekannter Konkurrenz-Beiträge je Stunde.',
				score: 'Wert eines Beitrags, der zu dieser Stunde erscheint; 100 = beste Stunde.',
			},
			heatmapLabel: 'Heatmap {view} nach Wochentag und Uhrzeit',
			peak: 'Höchster Wert: {slot}.',
			legendLow: 'wenig',
			legendHigh: 'viel',
			legendPlanned: '● im Plan',
			legendExcluded: 'schraffiert: ausgeschlossen',
			tableToggle: 'Alle Werte als Tabelle',
			tableCaption: '{view} nach Wochentag (Zeilen) und Uhrzeit (Spalten)',
			dayHeader: 'Tag',
			plannedSuffix: ' (im Plan)',
			rankingHeading: 'Die besten Zeiten',
			rankingIntro: 'Die zehn besten erlaubten Stunden der Woche, jeweils mit Begründung.',
			rankTitle: '{slot} – Wert {score}',
			inPlan: 'im Plan',
			reasons: {
				audience:
					'{audience}\u00a0% der Spitzenaktivität zur Posting-Zeit; über die ersten {hours}\u00a0Stunden, in denen der Beitrag sichtbar ist, im Mittel {window}\u00a0%.',
				rising: 'Danach wächst das Publikum – der Beitrag ist schon da, wenn die Leute kommen.',
				noCompetition: 'Keine bekannten Konkurrenz-Beiträge in dieser Zeit.',
				gap: 'Rein in die Lücke: Mitbewerber posten kurz davor oder danach, aber nicht in diesem Fenster.',
				competition: '{posts} Konkurrenz-Beiträge in dieser Zeit kosten etwa {loss}\u00a0% der Aufmerksamkeit.',
			},
			planHeading: 'Wochenplan',
			planIntro: '{count} Beiträge, mindestens {gap}\u00a0Stunden auseinander, nur zu erlaubten Zeiten.',
			planShort:
				'Nur {count} von {requested} Beiträgen passen unter diese Regeln. Verringern Sie den Mindestabstand oder lassen Sie mehr Zeiten zu.',
			planEmpty: 'Keine Stunde ist erlaubt – bitte die Ausschlüsse lockern.',
		},

		export: {
			heading: 'Exportieren und teilen',
			ics: 'Plan als Kalenderdatei (.ics)',
			csv: 'Alle Werte als CSV',
			share: 'Link zu diesen Einstellungen kopieren',
			shareCopied: 'Link kopiert. Er enthält nur die Einstellungen, keine importierten Daten.',
			shareManual: 'Link zum Kopieren (nur Einstellungen, keine Daten):',
			shareTooLarge: 'Die Einstellungen sind zu umfangreich für einen Link – kürzen Sie die Notizen zur Konkurrenz.',
			print: 'Drucken',
			icsFile: 'posting-plan.ics',
			csvFile: 'posting-zeiten.csv',
			icsCalendarName: 'Posting-Plan',
			icsSummary: 'Beitrag posten ({platform})',
			icsDescription: '{reasons} Erstellt mit dem Posting-Zeiten-Rechner von Social Media Praxis.',
			csvHeaders: ['Wochentag', 'Uhrzeit', 'Publikum (Index)', 'Konkurrenz (Beiträge)', 'Wert (Index)', 'Im Plan'],
			yes: 'ja',
			no: 'nein',
		},
	},
} as const;

export type PostingZeitenStrings = typeof postingZeiten.ui;
