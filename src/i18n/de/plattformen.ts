/**
 * Strings of the Plattform-Finder (/rechner/plattformen/). Placeholders in braces are filled by
 * `fillTemplate()` (src/lib/template.ts) after numbers have been formatted. „\u00a0“ is a no-break space.
 */
export const plattformen = {
	title: 'Plattform-Finder',
	description:
		'Welche Plattformen erreichen eine Zielgruppe? Nutzungsdaten von ARD/ZDF, Bitkom, Social-Media-Atlas und Pew nach Land, Alter und Geschlecht – jede Studie für sich.',
	formHeading: 'Zielgruppe wählen',
	country: 'Land',
	age: 'Altersgruppe',
	gender: 'Geschlecht',
	genderNone: 'Für {country} sind keine Werte nach Geschlecht auffindbar.',
	ageAll: 'alle Altersgruppen',
	ageBand: '{min} bis {max} Jahre',
	ageOpen: '{min} Jahre und älter',
	ageUpTo: 'bis {max} Jahre',
	genders: { alle: 'alle', frauen: 'Frauen', maenner: 'Männer' },
	groupWithGender: '{gender}, {age}',
	frequencies: {
		taeglich: 'täglich genutzt',
		woechentlich: 'mindestens wöchentlich genutzt',
		'zwoelf-monate': 'in den letzten zwölf Monaten genutzt',
		jemals: 'überhaupt genutzt („ever use“)',
		'ohne-angabe': 'genutzt, ohne Angabe der Häufigkeit',
	},
	resultsHeading: 'Ergebnis: {country}, {age}',
	resultsHeadingGender: 'Ergebnis: {country}, {age}, {gender}',
	summary: '{cards} Ranglisten aus {studies} Datensätzen.',
	apart:
		'Die Studien messen Unterschiedliches: Wer „täglich“ zählt, kommt auf kleinere Anteile als wer „überhaupt genutzt“ fragt. Jede Rangliste stammt deshalb aus genau einer Studie und einem Maß. Werte aus verschiedenen Ranglisten lassen sich nicht direkt vergleichen.',
	sectionHeading: 'Maß: {frequency}',
	card: {
		heading: '{title}: {group}',
		coverageWider: 'Die Studie weist nur die breitere Gruppe „{group}“ aus.',
		coveragePartial: 'Die Gruppe der Studie („{group}“) deckt Ihre Auswahl nur teilweise ab.',
		population: 'Befragt',
		year: 'Datenjahr',
		published: 'veröffentlicht',
		sample: 'Befragte',
		sampleUnknown: 'nicht angegeben',
		source: 'Quelle',
		overall: 'Social Media insgesamt',
		rank: 'Rang',
		platform: 'Plattform',
		share: 'Anteil',
		caption: 'Plattformen nach Reichweite, {frequency}',
		missing: 'Ohne belegten Wert für diese Gruppe: {platforms}.',
		noPlatforms: 'Für diese Gruppe sind nur Werte für Social Media insgesamt belegt, keine einzelnen Plattformen.',
		noValues:
			'Für diese Gruppe sind keine Zahlenwerte belegt; der Hinweis unten sagt, was die Studie in Worten angibt.',
	},
	gap: '{title}, {frequency}: Für diese Auswahl sind keine Werte auffindbar. Vorhanden sind: {available}.',
	nothing:
		'In keiner der erfassten Studien sind für diese Auswahl Werte auffindbar. Wählen Sie eine andere Altersgruppe oder bei Geschlecht „alle“.',
	persona:
		'Wenn Sie hier wählen, merkt sich Ihr Browser die Plattformen der ersten Rangliste, die einzelne Plattformen nennt. Der Persona-Baukasten kann sie übernehmen.',
	personaLink: 'Zum Persona-Baukasten',
};
