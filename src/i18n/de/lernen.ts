/**
 * Strings of the learning features: exercises, solutions, quiz, progress, trainer mode, the
 * exercise list, the seminar plans and the print edition. Entries with `{name}` placeholders are
 * templates for `fillTemplate` (`src/lib/template.ts`); the dictionary holds no functions.
 */
/**
 * The one string the progress script writes itself (into `[data-progress-label]` elements of the
 * sidebar and chapter cards). A separate export so the client bundle does not pull in `lernen`.
 */
export const progressDoneLabel = '(erledigt)';

export const lernen = {
	exercises: {
		heading: 'Übungen',
		/** „Aufgabe 3.2: Titel“ */
		title: 'Aufgabe {order}.{number}: {title}',
		/** Short reference used in plans and hidden link texts: „Aufgabe 3.2“ */
		ref: 'Aufgabe {order}.{number}',
		kinds: {
			recherche: 'Recherche',
			reflexion: 'Reflexion',
			rechnen: 'Rechnen',
			gruppe: 'Gruppenarbeit',
		},
		kindLabel: 'Art',
		minutes: 'ca.\u00a0{min}\u00a0Min.',
		minutesLabel: 'Dauer',
		calculator: 'Rechner',
		deepLink: 'Link zu dieser Aufgabe',
		done: 'Erledigt',
		inChapter: 'Im Kapitel öffnen',
		answer: 'Antwort:',
		none: 'Zu diesem Kapitel gibt es noch keine Aufgaben.',
	},
	solution: {
		show: 'Lösung anzeigen',
		hide: 'Lösung ausblenden',
		printed: 'Lösung',
	},
	trainer: {
		noteTitle: 'Hinweis für Trainerinnen und Trainer',
		switchLabel: 'Trainermodus',
		switchHint: 'Zeigt Lösungen und Hinweise für Trainerinnen und Trainer',
	},
	chapterDone: {
		mark: 'Kapitel als erledigt markieren',
		undo: 'Erledigt – zurücknehmen',
		doneLabel: progressDoneLabel,
	},
	summary: {
		/** Templates: the script refills `{done}` when progress changes. */
		chapters: '{done} von {total} Kapiteln erledigt',
		exercises: '{done} von {total} Aufgaben abgehakt',
		reset: 'Fortschritt zurücksetzen',
		confirmTitle: 'Fortschritt zurücksetzen?',
		confirmText:
			'Alle erledigten Kapitel, abgehakten Aufgaben und Quiz-Antworten in diesem Browser werden gelöscht. Das lässt sich nicht rückgängig machen.',
		confirmYes: 'Ja, zurücksetzen',
		confirmNo: 'Abbrechen',
		resetDone: 'Der Fortschritt wurde zurückgesetzt.',
		storedLocally: 'Der Fortschritt wird nur in diesem Browser gespeichert.',
	},
	/** Quiz strings; `{…}` placeholders are filled in the island. */
	quiz: {
		heading: 'Quiz',
		intro:
			'Prüfen Sie Ihr Wissen. Jede Antwort wird sofort ausgewertet und danach gesperrt. Eine Frage zählt nur, wenn sie ganz richtig ist – bei Mehrfachauswahl also genau alle richtigen Antworten. Fragen und Antworten erscheinen für Sie in einer eigenen Reihenfolge; „Quiz zurücksetzen“ mischt neu.',
		questionOf: 'Frage {n} von {total}',
		single: 'Eine Antwort ist richtig.',
		multiple: 'Mehrere Antworten können richtig sein.',
		check: 'Antwort prüfen',
		locked: 'Beantwortet',
		chooseFirst: 'Bitte wählen Sie zuerst eine Antwort aus.',
		correct: 'Richtig.',
		wrong: 'Leider nicht richtig.',
		rightAnswer: 'Richtige Antwort:',
		rightAnswers: 'Richtige Antworten:',
		markCorrect: 'richtige Antwort',
		markChosenWrong: 'Ihre Wahl, falsch',
		markChosen: 'Ihre Wahl',
		announce: 'Frage {n}: {result} {explanation}',
		score: '{correct} von {total} Fragen richtig beantwortet',
		progress: '{answered} von {total} Fragen beantwortet',
		finished: 'Geschafft! {correct} von {total} Fragen richtig.',
		reset: 'Quiz zurücksetzen',
		resetDone: 'Das Quiz wurde zurückgesetzt.',
		scoreHeading: 'Ergebnis:',
		noscript: 'Das Quiz braucht JavaScript.',
		loading: 'Die Fragen werden geladen …',
		loadError: 'Die Fragen konnten nicht geladen werden. Bitte laden Sie die Seite neu.',
		numericHint: 'Tragen Sie eine Zahl ein.',
		orderingHint: 'Bringen Sie die Einträge in die richtige Reihenfolge.',
		matchingHint: 'Wählen Sie zu jedem Eintrag den passenden Partner.',
		numericLabel: 'Ihre Antwort',
		numericFormat: 'Mit Dezimalkomma, zum Beispiel 12,5',
		yourAnswer: 'Ihre Antwort:',
		/** `{answer}` and `{tolerance}` are formatted numbers including the unit. */
		numericSolution: 'Richtig ist {answer}.',
		numericTolerance: 'Als richtig gilt jeder Wert von {from} bis {to}.',
		moveUp: 'Nach oben',
		moveDown: 'Nach unten',
		moved: '„{item}“ steht jetzt an Position {position} von {total}.',
		atTop: '„{item}“ steht schon an erster Stelle.',
		atBottom: '„{item}“ steht schon an letzter Stelle.',
		position: 'Position {n}',
		correctOrder: 'Richtige Reihenfolge:',
		partsRight: '{right} von {total} richtig.',
		choosePartner: 'Bitte wählen',
		matchFirst: 'Bitte wählen Sie zu jedem Eintrag einen Partner aus.',
		correctPairs: 'Richtige Zuordnung:',
		markRight: 'richtig',
		markWrong: 'falsch',
		/** Trainer key (zero-JS, shown in trainer mode and printed with it). */
		keyHeading: 'Lösungsschlüssel',
		keyIntro:
			'Im Trainermodus steht hier das Quiz in der Reihenfolge der Quelldatei, die richtigen Antworten sind markiert. Lernende sehen Fragen und Antworten in einer eigenen, gemischten Reihenfolge.',
		keyLevel: 'Stufe',
		keyGoals: 'Lernziele',
		keyTolerance: 'Toleranz ± {tolerance}',
		exportHeading: 'Für Lernplattformen',
		exportMoodle: 'Moodle-XML',
		exportGift: 'GIFT-Text',
	},
	uebungen: {
		title: 'Übungen',
		description:
			'Alle Übungsaufgaben aus allen Kapiteln – zum Filtern nach Kapitel und Aufgabenart und zum Ausdrucken als Arbeitsblatt.',
		lead: 'Hier stehen alle Aufgaben des Buchs. Filtern Sie nach Kapitel oder Aufgabenart und drucken Sie die Auswahl als Arbeitsblatt aus – mit Platz für die Antworten.',
		filterHeading: 'Aufgaben filtern',
		filterChapter: 'Kapitel',
		allChapters: 'Alle Kapitel',
		filterKind: 'Aufgabenart',
		allKinds: 'Alle Arten',
		/** Rendered by the page and refilled by the filter script (through `data-count-template`). */
		count:
			'{count, plural, =0 {Keine Aufgabe passt zu diesem Filter.} one {# Aufgabe angezeigt} other {# Aufgaben angezeigt}}',
		print: 'Als Arbeitsblatt drucken',
		printHintLearner:
			'Gedruckt wird die aktuelle Auswahl, mit Linien für die Antworten. Lösungen werden nicht gedruckt.',
		printHintTrainer:
			'Trainermodus ist an: Gedruckt wird der Lösungsschlüssel mit Lösungen und Hinweisen statt Antwortlinien.',
		nameLine: 'Name:',
		dateLine: 'Datum:',
		empty: 'Es gibt noch keine Aufgaben.',
	},
	seminar: {
		title: 'Seminarpläne',
		description:
			'Ablaufpläne für ein Halbtages-, Tages- und Zweitagesseminar mit Zeiten, Kapiteln, Übungen und Rechnern – dazu Trainermodus und Arbeitsblätter.',
		formats: {
			// Subtitles describe SEMINAR_FORMATS in components/learning/seminar-plan.ts; change both together.
			halbtag: { title: 'Halbtagesseminar', subtitle: 'der Einstieg in zwei Kapiteln' },
			tag: { title: 'Tagesseminar', subtitle: 'die Grundlagen in vier Kapiteln' },
			'zwei-tage': { title: 'Zweitägiges Seminar', subtitle: 'das ganze Buch mit Hausaufgabe' },
		} as Record<string, { title: string; subtitle: string }>,
		day: 'Tag\u00a0{n}',
		/** Caption of a one-day plan; plans over several days use `captionDay`. */
		caption: 'Ablauf {title}',
		captionDay: 'Ablauf {title}, Tag\u00a0{day}',
		time: 'Zeit',
		flow: 'Ablauf',
		material: 'Material',
		clock: '{from}–{to}\u00a0Uhr',
		range: '{from}–{to}',
		workTime: 'Reine Arbeitszeit ohne Pausen',
		chapters: 'Kapitel',
		blocks: {
			start: 'Begrüßung, Ziele des Tages, Erwartungen der Teilnehmenden',
			startLater: 'Rückblick auf den Vortag, Fragen zur Hausaufgabe',
			impuls: 'Impuls: Kapitel\u00a0{order} – {title}',
			uebung: 'Übung',
			uebungen: 'Übungen',
			pause: 'Kaffeepause',
			mittag: 'Mittagspause',
			abschluss: 'Zusammenfassung, offene Fragen, Feedback',
			abschlussDay: 'Tagesrückblick und Hausaufgabe bis morgen',
		},
		exerciseDetail: '{kind}, {minutes}\u00a0Min. plus {debrief}\u00a0Min. Besprechung',
		chapterInTrainerMode: 'Kapitel im Trainermodus',
		worksheet: 'Arbeitsblatt',
		calculator: 'Rechner',
		homework: 'Hausaufgabe zwischen den Tagen',
		noExercise: 'Für dieses Kapitel gibt es keine Übung, die in den Zeitrahmen passt.',
	},
	drucken: {
		title: 'Das ganze Buch drucken',
		description:
			'Alle Kapitel mit Lernzielen, Übungen und Quellen auf einer Seite – zum Drucken oder Speichern als PDF.',
		calculatorLabel: 'Rechner zum Kapitel',
		planspielLabel: 'Planspiel zum Kapitel',
		calculatorOnline: 'Im Browser nutzen unter',
		/** Template: `{count}` chapters, `{date}` the month and year the book was built. */
		lead: 'Das ganze Buch auf einer Seite: {count} Kapitel mit Lernzielen, Übungen und Quellen. Stand: {date}.',
		print: 'Drucken oder als PDF speichern',
		hintLearners:
			'Lösungen werden nicht mitgedruckt. Im Trainermodus enthält der Ausdruck die Lösungen und die Hinweise für Trainerinnen und Trainer.',
		hintTrainers:
			'Der Trainermodus ist eingeschaltet: Der Ausdruck enthält Lösungen und Hinweise für Trainerinnen und Trainer.',
		contents: 'Inhalt',
		/** Template: an entry of the contents. */
		contentsEntry: 'Kapitel {order}: {title}',
	},
} as const;
