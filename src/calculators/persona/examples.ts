/**
 * The two example personas from the course material: a classic-car driver (source text „Buyer
 * Persona Autofahrer“) and a woman aged 45–54 in Germany who buys tableware at home parties
 * (source text on the Social Technographics Profile). They are illustrative profiles, not
 * research results: what the blog posts behind chapters 1, 2 and 6 say is marked „laut Blogbeitrag“,
 * everything else „Annahme“, and they contain no statistics — a unit test keeps it that way.
 */
import { createEmptyPersona, type Persona } from './schema';

export const EXAMPLE_IDS = ['oldtimer', 'geschirr'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

const EPOCH = new Date(0);

function oldtimer(): Persona {
	return {
		...createEmptyPersona('beispiel-oldtimer', 'Jürgen, der Oldtimer-Fahrer', EPOCH, 'b2c'),
		origin: 'beispiel',
		quote: 'Mein Wagen ist für mich kein Verkehrsmittel, sondern ein Stück Unabhängigkeit.',
		age: 'Annahme: Mitte fünfzig bis Mitte sechzig',
		gender: 'Annahme: männlich',
		income: 'Annahme: gesichertes Einkommen, das Hobby darf etwas kosten',
		education: 'Annahme: Berufsausbildung mit Meisterbrief',
		occupation: 'Annahme: angestellt in einem technischen Beruf',
		place: 'Annahme: Kleinstadt mit eigener Garage',
		goals:
			'Den Wagen originalgetreu erhalten und im Sommer regelmäßig ausfahren; verlässliche Teilequellen und eine Werkstatt finden, der er vertrauen kann.',
		challenges:
			'Ersatzteile und Fachwissen sind schwer zu finden. Aufdringliche Beratung im Laden und automatische Nachfragen, die auf Websites aufpoppen, schrecken ihn ab (laut Blogbeitrag).',
		habitus:
			'Automobilität als Haltung: Das Auto steht für Selbstbeweglichkeit und Individualität im Denken und Handeln, nicht bloß für ein Verkehrsmittel (laut Blogbeitrag). Annahme: schraubt selbst und zeigt sein Können gern.',
		values:
			'Diskretion und Privatheit, Souveränität über die eigenen Daten, guter Service (laut Blogbeitrag); Annahme: Handwerk und Originalität.',
		interests: 'Annahme: Fahrzeuggeschichte, Restaurierung, Ausfahrten und Oldtimer-Treffen.',
		infoSources: 'Annahme: Clubzeitschrift, Fachforen, Restaurierungsvideos, Gespräche auf Treffen.',
		trustedVoices:
			'Andere Besitzerinnen und Besitzer: Die Kundschaft folgt den Empfehlungen anderer Kundinnen und Kunden, die Ansprache über Interessenvertretungen allein reicht nicht (laut Blogbeitrag). Annahme: Clubkollegen und der Meister der Fachwerkstatt.',
		mediaNote:
			'Der Blogbeitrag nennt keine Zahlen. Die Leiterstufen für Alter, Geschlecht und Land mit dem Technographics-Profil ermitteln, statt sie zu schätzen. Die Plattformen sind Annahmen.',
		platforms: ['Fachforen', 'Club-Gruppen', 'YouTube'],
		schedule: {
			workDays: [0, 1, 2, 3, 4],
			workStart: 7 * 60 + 30,
			workEnd: 16 * 60 + 30,
			commuteMinutes: 25,
			lunchStart: 12 * 60,
			lunchMinutes: 30,
			eveningStart: 19 * 60,
			eveningEnd: 22 * 60,
			weekendWake: 8 * 60,
			weekendSleep: 23 * 60,
			marginMinutes: 15,
		},
		scheduleSource: 'eigen',
		scheduleNote: 'Annahme zur Übung, keine erhobenen Daten: samstags wird geschraubt, sonntags ausgefahren.',
		channels:
			'Fachforen und Club-Gruppen, ein Werkstatt-Blog mit Restaurierungsberichten, Präsenz auf Oldtimer-Treffen.',
		tone: 'Sachkundig, locker und authentisch – überzeugen statt missionieren, auf Nachfragen souverän eingehen (laut Blogbeitrag „Überzeugen statt Missionieren in sozialen Netzen“).',
		contentIdeas:
			'Restaurierungs-Tagebuch in Fortsetzungen; Ausfahrten und Treffen in Echtzeit begleiten; Fragen aus der Community beantworten; Besitzer von ihren Wagen erzählen lassen.',
		noGos:
			'Pop-ups und aufdringliche Chat-Fenster; Werbesprache von Marken, „die einem etwas verkaufen wollen“ (laut Blogbeitrag); Daten sammeln ohne erkennbaren Nutzen.',
	};
}

function geschirr(): Persona {
	return {
		...createEmptyPersona('beispiel-geschirr', 'Monika, kauft Geschirr auf Homepartys', EPOCH, 'b2c'),
		origin: 'beispiel',
		quote: 'Geschirr kaufe ich am liebsten dort, wo ich es in die Hand nehmen kann – bei einer Freundin am Tisch.',
		age: '45–54 Jahre (laut Blogbeitrag)',
		gender: 'weiblich (laut Blogbeitrag)',
		income: 'Annahme: mittleres Haushaltseinkommen',
		education: 'Annahme: mittlerer Schulabschluss und Berufsausbildung',
		occupation: 'Annahme: Teilzeit im Büro',
		place: 'Deutschland (laut Blogbeitrag); Annahme: Kleinstadt oder Vorort',
		goals:
			'Annahme: schönes, haltbares Geschirr für Familie und Gäste; gesellige Abende mit Freundinnen, bei denen man nebenbei etwas Gutes kauft.',
		challenges:
			'Annahme: will vor dem Kauf sehen und anfassen, scheut Fehlkäufe im Internet und hat wenig Zeit, Angebote zu vergleichen.',
		habitus: 'Annahme: gastfreundlich, pflegt ihren Freundeskreis, legt Wert auf einen schön gedeckten Tisch.',
		values: 'Annahme: Qualität, Verlässlichkeit, persönliche Beziehungen.',
		interests: 'Annahme: Kochen und Backen, Tischdekoration, Familienfeste.',
		infoSources:
			'Die Verkaufsberaterin auf der Homeparty – laut Blogbeitrag der übliche Vertriebsweg für Geschirr in Deutschland; Annahme: Kataloge und Gespräche mit Freundinnen.',
		trustedVoices:
			'Annahme: die Gastgeberin und die Beraterin, die sie persönlich kennt; Freundinnen, die das Geschirr schon benutzen.',
		mediaNote:
			'Laut Blogbeitrag (Forrester-Profil-Tool, Stand 2009) war diese Gruppe in Deutschland kaum in sozialen Netzwerken zu finden; Facebook für den Verkauf zu nutzen nannte der Beitrag eine „glatte Themenverfehlung“, in den USA ergab sich ein anderes Bild. Die Prozentwerte zeigt der Beitrag nur als Grafik; heutige Werte mit dem Plattform-Finder prüfen.',
		platforms: [],
		schedule: {
			workDays: [0, 1, 2, 3, 4],
			workStart: 8 * 60,
			workEnd: 13 * 60,
			commuteMinutes: 20,
			lunchStart: 12 * 60,
			lunchMinutes: 0,
			eveningStart: 20 * 60,
			eveningEnd: 22 * 60 + 30,
			weekendWake: 8 * 60 + 30,
			weekendSleep: 23 * 60,
			marginMinutes: 15,
		},
		scheduleSource: 'eigen',
		scheduleNote:
			'Annahme zur Übung, keine erhobenen Daten: Teilzeit am Vormittag; Homepartys finden abends oder am Wochenende statt.',
		channels:
			'Homepartys und persönliche Einladungen; Verkaufsberaterinnen als Multiplikatorinnen; Annahme: Katalog und E-Mail für Stammkundinnen.',
		tone: 'Annahme: herzlich, persönlich und unaufdringlich; Geschirr im Gebrauch zeigen statt Preise anzupreisen.',
		contentIdeas:
			'Annahme: Ideen für den gedeckten Tisch zu Festen, Rezepte passend zum Geschirr, Einladungen zur nächsten Homeparty, Pflegetipps.',
		noGos:
			'Verkaufskampagnen auf Facebook für diese Zielgruppe in Deutschland (laut Blogbeitrag eine „Themenverfehlung“); Druck zum Sofortkauf.',
	};
}

/** A fresh copy of an example persona (callers give it a new id and timestamp). */
export function createExample(id: ExampleId): Persona {
	return id === 'oldtimer' ? oldtimer() : geschirr();
}
