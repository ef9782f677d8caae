/**
 * Strings of the presentation mode (/folien/): the slides the build generates from a chapter, the
 * deck controls, the speaker view and the handout print. The deck script receives the strings it
 * writes itself through a data attribute (`client`), never by importing this file.
 */
import { site } from './site';

export const folien = {
	indexTitle: 'Folien für Seminare',
	indexDescription:
		'Zu jedem Kapitel ein Foliensatz für den Beamer: Lernziele, Kernaussagen, Tabellen mit Quellen, Aufgaben und Quizfragen an die Gruppe – mit Sprecheransicht, Timer und Handout.',
	deckTitle: 'Folien: {chapter}',
	deckDescription:
		'Foliensatz zu Kapitel {order} „{chapter}“ für Seminare: mit Tastatur, Presenter oder Wischgeste steuern, Sprecheransicht mit Notizen, Timer und Handout.',
	/** Link on the chapter page and in lists. */
	deckLink: 'Folien zum Kapitel (Präsentationsmodus)',
	deckLinkHint: 'für Seminare: Kapitel am Beamer zeigen, mit Sprecheransicht und Timer',
	slideRole: 'Folie',
	/** „Folie 3 von 40“ */
	slideOf: 'Folie {n} von {total}',
	continued: '(Fortsetzung)',
	chapterEyebrow: 'Kapitel {order}',
	chapterRef: 'Kapitel {order}: {title}',
	siteLine: 'Social Media Praxis',
	/** After the site line on the title slide: „· Inhalt zuletzt geprüft am 5. Dezember 2026“. */
	reviewed: `· ${site.contentReviewed} {date}`,
	goals: 'Lernziele',
	keyPoints: 'Auf einen Blick',
	/** „Auf einen Blick · 2 von 6“ */
	keyPointOf: 'Auf einen Blick · {n} von {total}',
	figure: 'Tabelle aus dem Kapitel',
	/** Source line of a figure that names no single source (its rows cite their own). */
	figureOwnSource: 'Zusammenstellung aus Kapitel {order}.',
	sourcePrefix: 'Quelle:',
	/** „Aufgabe 3.2 · Recherche · 20 Minuten“; `{minutes}` is `taskMinutes` filled. */
	taskEyebrow: '{ref} · {kind} · {minutes}',
	taskMinutes: '{min}\u00a0Minuten',
	calculatorLive: 'Rechner live zeigen: {title}',
	/** „Frage an die Gruppe · 3 von 12“ */
	questionOf: 'Frage an die Gruppe · {n} von {total}',
	answer: 'Auflösung',
	answerOf: 'Auflösung · Frage {n} von {total}',
	answerHeading: 'Auflösung zu Frage {n}',
	hintSingle: 'Eine Antwort ist richtig.',
	hintMultiple: 'Mehrere Antworten können richtig sein.',
	hintOrdering: 'Bringen Sie alles in die richtige Reihenfolge.',
	hintMatching: 'Ordnen Sie jedem Punkt einen Buchstaben zu.',
	/** Numeric question without a unit; with one, `hintNumericUnit`. */
	hintNumeric: 'Rechnen Sie: Ergebnis als Zahl',
	hintNumericUnit: 'Rechnen Sie: Ergebnis in {unit}',
	rightAnswer: 'Richtig ist:',
	rightAnswers: 'Richtig sind:',
	rightOrder: 'Richtige Reihenfolge:',
	rightPairs: 'Richtige Zuordnung:',
	/** „Richtig ist 602 €.“ */
	numericAnswer: 'Richtig ist {answer}.',
	/** „Als richtig gilt jeder Wert von 601 € bis 603 €.“ */
	numericRange: 'Als richtig gilt jeder Wert von {from} bis {to}.',
	explanation: 'Erklärung',
	notesTask: 'Hinweis für Trainerinnen und Trainer',
	notesSolution: 'Lösung',
	closing: 'Weiterarbeiten',
	closingEyebrow: 'Zum Schluss',
	closingChapter: 'Das ganze Kapitel „{title}“ mit allen Belegen lesen',
	closingExercises: 'Alle Aufgaben des Kapitels als Arbeitsblatt',
	closingSources: 'Literaturverzeichnis: {count, plural, one {# Quelle} other {# Quellen}} zu diesem Kapitel',
	closingGlossary: 'Glossar: alle Fachbegriffe mit Definition',
	closingSource: 'Alle Zahlen mit Quelle und Datenjahr stehen im Kapitel.',
	/** Shown on calculator pages opened from a slide. */
	backToSlide: 'zurück zur Folie',
	/** Strings the deck script writes itself. */
	client: {
		slideOf: 'Folie {n} von {total}',
		jumpTo: 'Gehe zu Folie: {n}',
		jumpInvalid: 'Keine Folie {n} – der Foliensatz hat {total} Folien.',
		blankOn: 'Bildschirm schwarz. Mit B oder Punkt wieder einblenden.',
		blankOff: 'Folie wieder sichtbar.',
		timerRunning: 'Timer läuft: {time}',
		timerPaused: 'Timer angehalten: {time}',
		timerDone: 'Die Zeit ist um.',
		timerSet: 'Timer: {time}',
		noNotes: 'Keine Notizen zu dieser Folie.',
		nextSlide: 'Nächste Folie',
		lastSlide: 'Das ist die letzte Folie.',
		speakerBlocked:
			'Das Fenster für die Sprecheransicht wurde blockiert. Erlauben Sie Pop-ups für diese Seite oder öffnen Sie die Adresse mit ?sprecher=1 selbst.',
		fullscreenFailed: 'Vollbild ist in diesem Browser nicht möglich.',
	},
	controls: {
		label: 'Foliensteuerung',
		previous: 'Vorherige Folie',
		next: 'Nächste Folie',
		speaker: 'Sprecheransicht',
		fullscreen: 'Vollbild',
		timer: 'Timer',
		help: 'Tastenkürzel und Drucken',
	},
	help: {
		title: 'Tastenkürzel und Drucken',
		close: 'Schließen',
		keysHeading: 'Tastenkürzel',
		keys: [
			['→, Bild ↓, Leertaste', 'nächste Folie (auch Presenter und Wischen nach links)'],
			['←, Bild ↑', 'vorherige Folie'],
			['Pos1 / Ende', 'erste / letzte Folie'],
			['Zahl, dann Eingabe', 'zu dieser Folie springen'],
			['F', 'Vollbild ein/aus'],
			['B oder Punkt', 'Bildschirm schwarz ein/aus'],
			['T', 'Timer starten/anhalten (auf Aufgabenfolien mit der Zeit der Aufgabe)'],
			['+ / −', 'Timer eine Minute länger/kürzer'],
			['Umschalt+T', 'Timer zurücksetzen'],
			['S', 'Sprecheransicht in neuem Fenster'],
			['? oder H', 'diese Hilfe'],
		] as const,
		printHeading: 'Als Handout drucken',
		printText:
			'Gedruckt werden alle Folien mit Quellenzeilen, auch die Auflösungen. Im Druckdialog können Sie stattdessen als PDF speichern.',
		print2: '2 Folien je Seite drucken',
		print6: '6 Folien je Seite drucken',
		speakerHeading: 'Sprecheransicht',
		speakerText:
			'Die Sprecheransicht zeigt die aktuelle und die nächste Folie, Ihre Notizen aus den Aufgaben, Timer und Uhrzeit. Beide Fenster bleiben im Gleichschritt – Sie können in jedem blättern.',
		speakerOpen: 'Sprecheransicht öffnen',
		themeHeading: 'Hell oder dunkel',
		themeText:
			'Die Folien folgen dem Farbschema der Website: Stellen Sie es oben auf einer beliebigen Seite um (Hell, Dunkel oder wie das System) und laden Sie die Folien neu. Beide Schemata sind für den Beamer kontrastreich.',
	},
	speaker: {
		title: 'Sprecheransicht',
		current: 'Aktuelle Folie',
		next: 'Nächste Folie',
		notes: 'Notizen',
		clock: 'Uhrzeit',
		timer: 'Timer',
		end: 'Ende des Foliensatzes',
		blank: 'Das Publikum sieht gerade einen schwarzen Bildschirm. B oder Punkt blendet die Folie wieder ein.',
	},
	noscript:
		'Ohne JavaScript stehen alle Folien untereinander. Zum Präsentieren mit Tastatur, Sprecheransicht und Timer JavaScript einschalten.',
} as const;
