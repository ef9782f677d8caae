/**
 * Strings of the Kulanz-Rechner (/rechner/kulanz/, chapter 7). Placeholders in braces are filled
 * by `fillTemplate()` (src/lib/template.ts) after numbers have been formatted. „\u00a0“ is a no-break space.
 */
export const kulanz = {
	title: 'Kulanz-Rechner',
	description:
		'Was kostet ein Kulanzgutschein nach einer Panne? Höchstkosten, erwartete Kosten, Marge aus Folgekäufen und wie viele gehaltene Kundinnen und Kunden die Geste bezahlen – mit dem Beispiel Otto 2012.',
	regionLabel: 'Rechner: Kulanz',
	noscript: 'Der Rechner braucht JavaScript. Die Formeln stehen unter „Wie wird gerechnet?“ auf der Rechnerseite.',
	form: {
		heading: 'Kulanzgeste durchrechnen',
		example: 'Beispiel Otto 2012',
		exampleWith: 'Beispiel Otto 2012 mit {voucher}-€-Gutschein',
		exampleHint:
			'Füllt die belegten Angaben ein – rund 50.000 Bestellungen und ein Gutschein über 10 oder 20\u00a0€, wie ihn der Blogbeitrag zu Kapitel 7 vorschlägt – und leert alle Annahmen.',
		facts: 'Wer bekommt was?',
		recipients: 'Betroffene Kundinnen, Kunden oder Bestellungen',
		voucher: 'Wert des Gutscheins (€)',
		assumptions: 'Ihre Annahmen',
		assumptionsHint:
			'Diese Werte kennt niemand im Voraus. Der Rechner setzt keine Werte ein; leere Felder bleiben außen vor.',
		redemption: 'Erwartete Einlösequote (%)',
		orderValue: 'Durchschnittlicher Bestellwert beim Einlösen (€)',
		orderValueHint: 'Wert der Bestellung vor Abzug des Gutscheins',
		orderBelowVoucher:
			'Der Bestellwert muss mindestens so hoch sein wie der Gutschein ({voucher}); sonst verfiele ein Teil davon und die Rechnung stimmte nicht.',
		margin: 'Rohertragsmarge (%)',
		marginHint: 'Anteil des Bestellwerts, der nach Abzug des Wareneinsatzes bleibt',
		retention: 'Kundschaft halten (freiwillig)',
		churn: 'Anteil, der sonst abwandern würde (%)',
		lifetimeValue: 'Kundenwert je gehaltener Person (€)',
		lifetimeValueHint: 'Deckungsbeitrag, den eine Kundin oder ein Kunde künftig bringt',
		reset: 'Eingaben zurücksetzen',
	},
	example: {
		notice:
			'Beispiel Otto 2012: Rund 50.000 Bestellungen nannte das Unternehmen (RTL.de, 2012); die FAZ schrieb von 50.000 „Kunden“. Der Gutschein über 10 oder 20\u00a0€ ist der Vorschlag des Blogbeitrags, auf dem Kapitel 7 aufbaut. Einlösequote, Bestellwert, Marge und Kundenwert sind für den Fall nicht bekannt – was Sie dort eintragen, sind Ihre Annahmen. Wie viele Personen hinter den Bestellungen standen, hat das Unternehmen nicht genannt.',
		source: 'FAZ.NET 2012',
	},
	results: {
		heading: 'Ergebnis',
		fixErrors: 'Bitte korrigieren Sie die markierten Felder; dann erscheint hier das Ergebnis.',
		maxCost: 'Höchstkosten (alle lösen ein)',
		redemptions: 'Eingelöste Gutscheine (erwartet)',
		expectedCost: 'Erwartete Kosten der Gutscheine',
		extraRevenue: 'Bestellwert der Gutscheinbestellungen',
		extraMargin: 'Rohertrag daraus',
		netCost: 'Nettokosten',
		surplus: 'keine – {amount} Überschuss',
		breakEven: 'Gehaltene Kundschaft bis zum Break-even',
		missing: 'fehlt',
		assumptionsNote: 'Alle Ergebnisse außer den Höchstkosten beruhen auf Ihren Annahmen.',
	},
	verdict: {
		maxCost: 'Lösen alle den Gutschein ein, kostet die Geste höchstens {maxCost} ({n} × {voucher}).',
		needRate: 'Für die erwarteten Kosten fehlt eine angenommene Einlösequote.',
		expected:
			'Bei einer angenommenen Einlösequote von {rate} werden rund {redemptions} Gutscheine eingelöst; das kostet {expectedCost}.',
		margin:
			'Die Gutscheinbestellungen bringen {revenue} Bestellwert und bei {margin} Marge {extraMargin} Rohertrag – vorausgesetzt, sie wären ohne Gutschein nicht zustande gekommen.',
		noMargin: 'Ohne Bestellwert und Marge wird kein Rohertrag aus Folgekäufen gegengerechnet.',
		net: 'Unterm Strich kostet die Geste {netCost}.',
		selfFunding:
			'Nach diesen Annahmen trägt sich die Geste selbst: Der Rohertrag übersteigt die eingelösten Gutscheine um {gain}.',
		breakEven:
			'Sie rechnet sich, wenn mindestens {customers} Kundinnen und Kunden mit einem Kundenwert von je {clv} deshalb bleiben, die sonst gegangen wären.',
		breakEvenShare: 'Das sind {share} der {atRisk}, die nach Ihrer Annahme sonst abwandern würden.',
		breakEvenTooMany:
			'Das sind mehr, als nach Ihrer Annahme überhaupt abwandern würden ({atRisk}) – über gehaltene Kundschaft rechnet sich die Geste mit diesen Annahmen nicht.',
		needClv: 'Für die Break-even-Rechnung fehlt ein angenommener Kundenwert.',
	},
};

export type KulanzStrings = typeof kulanz;
