/**
 * Strings of the Echtzeit-Budget (/rechner/echtzeit-budget/, chapter 3). Placeholders in braces
 * are filled by `fillTemplate()` (src/lib/template.ts) after numbers have been formatted. „\u00a0“ is a no-break space.
 */
export const echtzeitBudget = {
	title: 'Echtzeit-Personal und Budget',
	description:
		'Was kostet eine feste Kraft für die Echtzeitkommunikation? Stunden, Verdienst, Minijob-Grenze 2025 bis 2027 und Kosten je Betrieb, wenn sich mehrere eine Person teilen.',
	regionLabel: 'Rechner: Echtzeit-Personal und Budget',
	noscript: 'Der Rechner braucht JavaScript. Die Formeln stehen unter „Wie wird gerechnet?“ auf der Rechnerseite.',
	form: {
		heading: 'Stelle planen',
		time: 'Arbeitszeit',
		hoursPerDay: 'Stunden pro Tag',
		hoursPerDayHint: 'Dezimalkomma möglich, z.\u00a0B. 2,5',
		daysPerWeek: 'Tage pro Woche',
		employment: 'Beschäftigungsform',
		employments: { minijob: 'Minijob', werkstudent: 'Werkstudent/in', teilzeit: 'Teilzeit' },
		pay: 'Verdienst',
		year: 'Gesetzliche Werte für',
		yearByDate: 'heutiges Datum ({year})',
		yearTodayNote:
			'Heute gelten die Werte für {year}: Mindestlohn {minimumWage} je Stunde, Minijob-Grenze {limit} im Monat.',
		yearLastKnownNote:
			'Für {calendarYear} sind hier noch keine Werte hinterlegt. Der Rechner nutzt die zuletzt bekannten von {year}: Mindestlohn {minimumWage} je Stunde, Minijob-Grenze {limit} im Monat. Prüfen Sie, ob inzwischen neue gelten.',
		yearFirstKnownNote:
			'Für {calendarYear} sind hier keine Werte hinterlegt. Der Rechner nutzt die frühesten bekannten von {year}: Mindestlohn {minimumWage} je Stunde, Minijob-Grenze {limit} im Monat.',
		yearChosenNote:
			'Sie rechnen mit den Werten für {year}: Mindestlohn {minimumWage} je Stunde, Minijob-Grenze {limit} im Monat.',
		wage: 'Stundenlohn brutto (€)',
		wageHint: 'Gesetzlicher Mindestlohn {year}: {minimumWage} je Stunde (ab 1.\u00a0Januar {year}).',
		wageBelowMinimum:
			'Dieser Stundenlohn liegt unter dem gesetzlichen Mindestlohn für {year} von {minimumWage}. Bitte prüfen Sie den Wert.',
		costs: 'Weitere Kosten und Aufteilung',
		commission: 'Provision oder Vergünstigungen pro Monat (€, freiwillig)',
		commissionHint: 'Leer lassen, wenn nichts vereinbart ist.',
		surcharge: 'Aufschlag des Arbeitgebers (%, freiwillig)',
		surchargeHint:
			'Abgaben und Umlagen, die Sie zusätzlich zum Lohn zahlen. Diese Website nennt dafür keinen Wert – fragen Sie Lohnbüro oder Steuerberatung.',
		businesses: 'Betriebe, die sich die Kraft teilen',
		businessesHint: 'Cross-Selling: mehrere Betriebe, die nicht miteinander konkurrieren, teilen sich eine Person.',
		reset: 'Eingaben zurücksetzen',
	},
	results: {
		heading: 'Ergebnis',
		fixErrors: 'Bitte korrigieren Sie die markierten Felder; dann erscheint hier das Ergebnis.',
		hoursPerWeek: 'Stunden pro Woche',
		hoursPerMonth: 'Stunden pro Monat',
		pay: 'Verdienst pro Monat',
		limit: 'Minijob-Grenze {year}',
		maxHours: 'Höchstens im Minijob bei diesem Lohn',
		maxHoursValue: '{hours}\u00a0Std. pro Monat',
		surcharge: 'Aufschlag des Arbeitgebers',
		surchargeNone: 'nicht eingetragen',
		total: 'Kosten pro Monat insgesamt',
		perBusiness: 'Kosten pro Betrieb und Monat',
		perYear: 'Kosten pro Jahr (12 Monate)',
	},
	verdict: {
		days: '{n, plural, one {#\u00a0Tag} other {#\u00a0Tagen}} pro Woche',
		hours:
			'{hours}\u00a0Std. am Tag an {days} ergeben rund {hoursMonth}\u00a0Std. im Monat. Zum Stundenlohn von {wage} sind das {pay} Verdienst im Monat.',
		minijobFits: 'Das passt in einen Minijob: {pay} liegen nicht über der Minijob-Grenze {year} von {limit}.',
		minijobExceeds:
			'Das passt nicht in einen Minijob: {pay} liegen über der Minijob-Grenze {year} von {limit}. Bei diesem Lohn passen höchstens {maxHours}\u00a0Std. im Monat hinein, an {days} also rund {maxPerDay}\u00a0Std. am Tag.',
		otherFits:
			'Der Verdienst von {pay} liegt nicht über der Minijob-Grenze {year} von {limit}. Ein Verdienst bis zu dieser Grenze gilt nach §\u00a08 SGB\u00a0IV als geringfügige Beschäftigung – lassen Sie die Einordnung als {employment} prüfen.',
		otherExceeds:
			'Der Verdienst von {pay} liegt über der Minijob-Grenze {year} von {limit}. Welche Abgaben für eine Stelle als {employment} anfallen, klären Sie mit Lohnbüro oder Steuerberatung.',
		commissionExceeds:
			'Zählt die Provision oder Vergünstigung als Verdienst, kämen {payWithCommission} im Monat zusammen – das läge über der Grenze. Klären Sie das vorab mit der Steuerberatung.',
		total: 'Kosten im Monat: {total}, im Jahr: {perYear}.',
		surchargeNone:
			'Abgaben des Arbeitgebers sind nicht eingerechnet, weil diese Website dafür keinen Wert nennt. Tragen Sie den Aufschlag ein, den Ihnen Lohnbüro oder Steuerberatung nennt.',
		surchargeIncluded: 'Darin ist Ihr Aufschlag von {percent} auf Lohn und Provision enthalten ({surcharge}).',
		shared: 'Teilen sich {n} Betriebe die Kraft, trägt jeder {perBusiness} im Monat.',
		materialMinimum:
			'Das Buchkapitel ‚Echtzeit‘ (2012), auf dem Kapitel 3 aufbaut, empfiehlt für eine Echtzeitpräsenz mindestens zwei Stunden am Tag. Das ist eine Erfahrungsschätzung, keine gemessene Größe.',
		belowMinimumWage: 'Achtung: Der Stundenlohn liegt unter dem gesetzlichen Mindestlohn für {year} ({minimumWage}).',
	},
};

export type EchtzeitBudgetStrings = typeof echtzeitBudget;
