import { de } from '../i18n/de';

/** The calculators of the site, in the order the /rechner/ index and the start page show them. */
export interface RechnerInfo {
	/** Folder under /rechner/ and in src/calculators/. */
	slug: string;
	/** The calculator's one title, from the dictionary (the same its page and island show). */
	title: string;
	/** One sentence for the cards on /rechner/ and the start page (the page itself has a longer one). */
	description: string;
	/** Chapters (slugs) that embed or use the calculator. */
	chapters: string[];
	/** When data, formulas and explanations were last checked (ISO date), shown as „Stand“. */
	reviewed: string;
}

export const RECHNER: readonly RechnerInfo[] = [
	{
		slug: 'technographics',
		title: de.technographics.title,
		description:
			'Veröffentlichte Forrester-Leitern vergleichen, die eigene Zielgruppe per Umfrage einordnen und den Selbsttest machen – mit Index und Konfidenzintervall.',
		chapters: ['zielgruppe-und-nutzungsverhalten'],
		reviewed: '2026-12-05',
	},
	{
		slug: 'plattformen',
		title: de.plattformen.title,
		description:
			'Welche Plattformen erreichen eine Altersgruppe? Nutzungsdaten von ARD/ZDF, Bitkom, Social-Media-Atlas und Pew – sauber nach Studie getrennt.',
		chapters: ['zielgruppe-und-nutzungsverhalten'],
		reviewed: '2026-12-05',
	},
	{
		slug: 'persona',
		title: de.persona.title,
		description:
			'Buyer Personas Schritt für Schritt anlegen – B2C oder B2B, mit Habitus, Mediennutzung und Wochenplan – drucken, teilen, exportieren.',
		chapters: ['buyer-persona-und-habitus'],
		reviewed: '2026-12-05',
	},
	{
		slug: 'posting-zeiten',
		title: de.postingZeiten.title,
		description:
			'Aus eigenen Besuchsdaten oder dem Wochenplan einer Persona die besten Zeiten berechnen und einen Wochenplan als Kalenderdatei exportieren.',
		chapters: ['organische-reichweite-und-timing'],
		reviewed: '2026-12-05',
	},
	{
		slug: 'echtzeit-budget',
		title: de.echtzeitBudget.title,
		description:
			'Stunden, Verdienst und Kosten einer Echtzeit-Kraft planen – mit Mindestlohn und Minijob-Grenze 2025 bis 2027 und geteilt auf mehrere Betriebe.',
		chapters: ['echtzeit'],
		reviewed: '2026-12-05',
	},
	{
		slug: 'kpi-monitoring',
		title: de.kpiMonitoring.title,
		description:
			'Die sechs Monitoring-Kennzahlen Monat für Monat erfassen: Veränderung zum Vormonat, Antwortquote und Antwortzeit, Diagramme und CSV-Austausch.',
		chapters: ['echtzeit'],
		reviewed: '2026-12-05',
	},
	{
		slug: 'kulanz',
		title: de.kulanz.title,
		description:
			'Was kostet ein Kulanzgutschein nach einer Panne? Höchstkosten, erwartete Kosten, Marge aus Folgekäufen und Break-even – am Beispiel Otto 2012.',
		chapters: ['krisenkommunikation-otto'],
		reviewed: '2026-12-05',
	},
];
