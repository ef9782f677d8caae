/**
 * Strings of the Plattform-Finder (/rechner/plattformen/). Placeholders in braces are filled by
 * `fill()` after numbers have been formatted. „\u00a0“ is a no-break space.
 */
export const plattformen = {
	title: 'Plattform-Finder',
	description:
		'Welche Plattformen erreichen eine Zielgruppe? Nutzungsdaten von ARD/ZDF, Bitkom, Social-Media-Atlas und Pew nach Land, Alter und Geschlecht – jede Studie für sich.',
	loading: 'Der Plattform-Finder wird geladen …',
	heading: 'Zielgruppe wählen',
	country: 'Land',
	age: 'Altersgruppe',
	gender: 'Geschlecht',
	ageAll: 'alle Altersgruppen',
	ageBand: '{min} bis {max} Jahre',
	ageOpen: '{min} Jahre und älter',
	genders: { alle: 'alle', frauen: 'Frauen', maenner: 'Männer' },
	frequencies: {
		taeglich: 'täglich genutzt',
		woechentlich: 'mindestens wöchentlich genutzt',
		'zwoelf-monate': 'in den letzten zwölf Monaten genutzt',
		jemals: 'überhaupt genutzt („ever use“)',
		'ohne-angabe': 'genutzt (ohne veröffentlichte Häufigkeit)',
	},
	frequencyHeading: 'Maß: {frequency}',
	frequencyIntro:
		'Die Studien messen Unterschiedliches. Jede Rangliste stammt aus genau einer Studie und einem Maß; Werte aus verschiedenen Ranglisten lassen sich nicht direkt vergleichen.',
	resultsHeading: 'Ergebnis für {selection}',
	selectionAll: '{country}, {age}',
	selectionGender: '{country}, {age}, {gender}',
	card: {
		group: 'Gruppe in der Studie',
		groupAll: 'Gesamtbevölkerung der Studie',
		groupBand: '{band}',
		groupGender: '{gender}',
		partial: 'Die Studie fasst die Altersgruppe anders ab ({band}); sie deckt Ihre Auswahl nur teilweise ab.',
		wider: 'Die Studie weist nur die breitere Gruppe {band} aus.',
		population: 'Befragt',
		year: 'Datenjahr',
		published: 'veröffentlicht',
		sample: 'Befragte',
		sampleUnknown: 'Zahl der Befragten nicht angegeben',
		source: 'Quelle',
		overall: 'Social Media insgesamt',
		rank: 'Rang',
		platform: 'Plattform',
		share: 'Anteil',
		caption: '{title}, {group}: Anteil, der die Plattform {frequency}',
		missing: 'Ohne belegten Wert für diese Gruppe: {platforms}.',
		noPlatforms: 'Für diese Gruppe sind keine Werte einzelner Plattformen belegt.',
	},
	noGroup: '{title} ({frequency}): Für diese Auswahl sind keine Werte veröffentlicht. Veröffentlicht sind: {available}.',
	noData: 'Für {country} liegen keine Studien vor.',
	nothing:
		'Für diese Auswahl hat keine der erfassten Studien Werte veröffentlicht. Wählen Sie eine andere Altersgruppe oder „alle“ beim Geschlecht.',
	countrySummary: '{count} Studien für {country}',
	share: 'Link zu dieser Auswahl',
};
