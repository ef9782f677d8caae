/**
 * German queries and the exact first result each must give in the search dialog. Chapters are
 * being rewritten, so expectations rest on what stays: chapter titles and slugs, glossary terms,
 * their ids and synonyms, page titles. Compound parts („Kommunikation Krise“, „Massenmedium“,
 * „Portal“) only work because the build indexes split forms; missing umlauts work through
 * Pagefind's diacritics folding, inflected forms through its stemming.
 * Names that occur only in running text (Forrester) have no stable first result while chapters
 * are rewritten; `MENTIONED_IN_CHAPTERS` checks only that a chapter comes first for them.
 */
export const SEARCH_QUERIES: [query: string, expected: string][] = [
	// Chapter names, also in part, in lower case or without umlauts
	['Echtzeit', '/kapitel/echtzeit/'],
	['echtzeit', '/kapitel/echtzeit/'],
	['Big Data', '/kapitel/big-data/'],
	['Buyer Persona und Habitus', '/kapitel/buyer-persona-und-habitus/'],
	['Generation Virtual und CRM', '/kapitel/generation-virtual-und-crm/'],
	['Krisenkommunikation: der Fall Otto', '/kapitel/krisenkommunikation-otto/'],
	['Organische Reichweite und Timing', '/kapitel/organische-reichweite-und-timing/'],
	['Timing', '/kapitel/organische-reichweite-und-timing/'],
	['Überzeugen statt Missionieren', '/kapitel/ueberzeugen-statt-missionieren/'],
	['Uberzeugen statt Missionieren', '/kapitel/ueberzeugen-statt-missionieren/'],
	['Missionieren', '/kapitel/ueberzeugen-statt-missionieren/'],
	['Zielgruppe und Nutzungsverhalten', '/kapitel/zielgruppe-und-nutzungsverhalten/'],
	['Nutzungsverhalten', '/kapitel/zielgruppe-und-nutzungsverhalten/'],
	// Names
	['Otto', '/kapitel/krisenkommunikation-otto/'],
	['Lasswell', '/glossar/#lasswell-formel'],
	// Glossary terms: the term, not the chapter or the glossary page
	['Krisenkommunikation', '/glossar/#krisenkommunikation'],
	['Zielgruppe', '/glossar/#zielgruppe'],
	['Persona', '/glossar/#persona'],
	['Habitus', '/glossar/#habitus'],
	['Shitstorm', '/glossar/#shitstorm'],
	['Kulanz', '/glossar/#kulanz'],
	['KULANZ', '/glossar/#kulanz'],
	['Minijob', '/glossar/#minijob'],
	['Mindestlohn', '/glossar/#mindestlohn'],
	['Korrelation', '/glossar/#korrelation'],
	['Lasswell-Formel', '/glossar/#lasswell-formel'],
	['Touchpoint', '/glossar/#touchpoint'],
	['Heatmap', '/glossar/#heatmap'],
	['Holding Statement', '/glossar/#holding-statement'],
	['Invitatio ad offerendum', '/glossar/#invitatio-ad-offerendum'],
	['Stille Mitleser', '/glossar/#stille-mitleser'],
	['CRM', '/glossar/#crm'],
	['DSGVO', '/glossar/#dsgvo'],
	['Engagement-Rate', '/glossar/#engagement-rate'],
	['Echtzeitkommunikation', '/glossar/#echtzeitkommunikation'],
	['Social Technographics', '/glossar/#social-technographics'],
	['Cyber Monday', '/glossar/#cyber-monday'],
	// Parts of compounds
	['Kommunikation Krise', '/glossar/#krisenkommunikation'],
	['Kommunikation Echtzeit', '/glossar/#echtzeitkommunikation'],
	['Massenmedium', '/glossar/#echtzeitmassenmedium'],
	['Portal', '/glossar/#schnaeppchenportal'],
	['Logdatei', '/glossar/#server-logdatei'],
	// Inflected forms
	['Shitstorms', '/glossar/#shitstorm'],
	['Korrelationen', '/glossar/#korrelation'],
	['Touchpoints', '/glossar/#touchpoint'],
	['Stichproben', '/glossar/#stichprobe'],
	['Meinungsführern', '/glossar/#meinungsfuehrer'],
	// Missing umlauts
	['Meinungsfuhrer', '/glossar/#meinungsfuehrer'],
	['Authentizitat', '/glossar/#authentizitaet'],
	['Kausalitat', '/glossar/#kausalitaet'],
	['Schnappchenportal', '/glossar/#schnaeppchenportal'],
	// Calculators and pages
	['Posting-Zeiten', '/rechner/posting-zeiten/'],
	['Kulanz-Rechner', '/rechner/kulanz/'],
	['Persona-Baukasten', '/rechner/persona/'],
	['Glossar', '/glossar/'],
	['Übungen', '/uebungen/'],
	['Quellen', '/quellen/'],
];

/** Names several chapters mention in running text: whichever chapter, it must rank first. */
export const MENTIONED_IN_CHAPTERS = ['Forrester'];
