/**
 * Strings of the assessment views for trainers: cognitive levels, the learning-goal matrix,
 * rubrics, the chapter workload and the quiz exports for learning platforms.
 */
export const pruefen = {
	/** Names of the question levels (FRAGE_STUFEN in src/schemas/quiz.ts). */
	levels: { erinnern: 'Erinnern', anwenden: 'Anwenden', analysieren: 'Analysieren' },
	matrix: {
		heading: 'Lernziele, Übungen und Quizfragen',
		lead: 'Welche Übung und welche Quizfrage prüft welches Lernziel? Die Tabellen zeigen es je Kapitel. Ein Lernziel ohne Übung oder ohne Quizfrage ist markiert – dort fehlt Material zum Üben oder Prüfen.',
		caption: 'Kapitel\u00a0{order}: {title}',
		goal: 'Lernziel',
		exercises: 'Übungen',
		questions: 'Quizfragen',
		goalLabel: 'Lernziel\u00a0{n}',
		questionRef: 'Frage\u00a0{n}',
		missing: 'fehlt',
		missingExercise: 'Keine Übung prüft dieses Lernziel.',
		missingQuestion: 'Keine Quizfrage prüft dieses Lernziel.',
		unknownTags: 'Verweise auf unbekannte Lernziele: {refs}',
		summary: '{covered} von {total, plural, one {# Lernziel} other {# Lernzielen}} vollständig abgedeckt',
		questionsNote:
			'Fragen sind in der Reihenfolge der Quelldatei gezählt – wie im Lösungsschlüssel, den der Trainermodus unter jedem Kapitel zeigt.',
	},
	rubric: {
		heading: 'Bewertungsraster',
		criterion: 'Kriterium',
		points: 'Punkte',
		total: 'Summe',
		caption: 'Bewertungsraster zu {ref}',
		pointsValue: '{n, plural, one {#\u00a0Punkt} other {#\u00a0Punkte}}',
	},
	workload: {
		label: 'Arbeitsaufwand',
		/** „ca. 3 Std. 10 Min.: Lesen 25 Min., Übungen 2 Std. 30 Min., Quiz 15 Min.“ */
		reading: 'Lesen',
		exercises: 'Übungen',
		quiz: 'Quiz',
		total: 'Summe',
		approx: 'ca.\u00a0{duration}',
		heading: 'Arbeitsaufwand je Kapitel',
		lead: 'Für die Planung von Selbststudium und Leistungspunkten: Lesezeit, die Bearbeitungszeit aller Übungen und eine Schätzung für das Quiz, je Kapitel und für das ganze Buch.',
		caption: 'Arbeitsaufwand je Kapitel in Minuten und Stunden',
		chapter: 'Kapitel',
		sum: 'Ganzes Buch',
		explanation:
			'Die Lesezeit ist aus der Wortzahl des Kapitels berechnet, die Übungszeiten stammen aus den Aufgaben. Für das Quiz rechnen wir je Frage eine Minute, für Anwendungs- und Analysefragen eine Minute mehr und für Rechen-, Reihenfolge- und Zuordnungsfragen noch eine Minute dazu; die Summe ist auf volle fünf Minuten aufgerundet.',
	},
	exports: {
		heading: 'Quiz für Lernplattformen',
		lead: 'Alle Quizfragen lassen sich in Moodle und andere Lernplattformen übernehmen – als Moodle-XML oder als GIFT-Text, je Kapitel oder alle auf einmal. Die Dateien entstehen beim Bau der Website und enthalten die Fragen, die richtigen Antworten und die Erklärungen.',
		chapter: 'Kapitel',
		moodle: 'Moodle-XML',
		gift: 'GIFT',
		all: 'Alle Kapitel',
		caption: 'Quiz-Dateien zum Herunterladen',
		howto:
			'So importieren Sie in Moodle: Kurs öffnen, „Fragensammlung“ → „Import“, Format „Moodle-XML-Format“ (oder „GIFT-Format“) wählen und die Datei hochladen. Jedes Kapitel landet in einer eigenen Kategorie unter „Social Media Praxis“; Stufe und Lernziele sind als Schlagwörter angehängt.',
		kinds:
			'Einfach- und Mehrfachauswahl werden zu Multiple-Choice-Fragen (bei Mehrfachauswahl teilen sich die richtigen Antworten 100 %, die falschen −100 %), Rechenfragen zu numerischen Fragen mit Toleranz, Zuordnungen zu Zuordnungsfragen. Reihenfolge-Fragen nutzen in Moodle-XML den Fragetyp „Anordnung“ (ordering), der in aktuellen Moodle-Versionen zum Standard gehört; GIFT kennt keinen Reihenfolge-Typ, dort werden sie zu Zuordnungsfragen „Eintrag → Position“.',
	},
} as const;
