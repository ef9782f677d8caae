/**
 * A small scenario for the unit tests, written as a trainer would write the YAML: two rounds,
 * three endings reachable, one early ending, a countdown, a figure replacement and both kinds of
 * cost. Tests copy and break it to see each check fail. Not content: it is never built.
 */

const choice = (id: string, next: string, effects: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	id,
	label: `Entscheidung ${id}`,
	consequence: `Folge der Entscheidung ${id}.`,
	effects: { reason: `Begründung für ${id}.`, ...effects },
	next,
	...extra,
});

const ending = (id: string) => ({
	id,
	title: `Ende ${id}`,
	outcome: `So endet der Weg ${id} im Modell.`,
	debrief: `Die Auswertung des Wegs ${id}: Was spricht dafür, was dagegen, und was bleibt offen?`,
	views: [
		{ position: 'vorsicht', text: `Sicht der Vorsicht auf ${id}.` },
		{ position: 'kulanz', text: `Sicht der Kulanz auf ${id}.` },
	],
});

/** Returns a fresh copy each time, so a test can change it freely. */
export function testScenario() {
	return {
		title: 'Testfall Gutscheinpanne',
		description: 'Ein kleiner Testfall mit zwei Runden, drei Enden und beiden Kostenarten für die Unit-Tests.',
		code: 'TEST',
		version: 2,
		order: 1,
		chapter: 'krisenkommunikation-otto',
		reviewed: '2026-12-05',
		role: 'Sie sind das Team eines kleinen Testshops.',
		intro: 'Ein Fehler im Shop wird bekannt: {bestellungen} Bestellungen gehen ein.',
		start: 'tag-1',
		initial: { sentiment: 0, legalRisk: 10, messages: 0 },
		staffing: { year: 2026, minutesPerMessage: 'minuten' },
		figures: {
			bestellungen: { label: 'Bestellungen', value: 1000, kind: 'fakt', sources: ['faz-2012-otto'] },
			wenige: {
				label: 'Bestellungen bei früher Sperre',
				value: 500,
				kind: 'annahme',
				note: 'Nur zum Testen halbiert.',
			},
			minuten: {
				label: 'Minuten je Antwort',
				value: 3,
				unit: 'Min.',
				kind: 'annahme',
				note: 'Eine kurze Antwort mit Vorlage.',
			},
			quote: { label: 'Einlösequote', value: 20, unit: '%', kind: 'annahme', note: 'Angenommen für den Test.' },
			warenwert: {
				label: 'Warenwert je Bestellung',
				value: 150,
				unit: '€',
				kind: 'annahme',
				note: 'Angenommen für den Test.',
			},
			nachlass: {
				label: 'Nachlass je Bestellung',
				value: 100,
				unit: '€',
				kind: 'annahme',
				note: 'Zwei Drittel des Warenwerts.',
			},
			marge: { label: 'Rohertragsmarge', value: 30, unit: '%', kind: 'annahme', note: 'Angenommen für den Test.' },
		},
		rounds: [
			{
				id: 'tag-1',
				time: 'Montag, später Abend',
				short: 'Mo.',
				title: 'Der Fehler',
				situation: 'Im Forum kursiert ein Code; {bestellungen} Bestellungen sind schon da.',
				materials: [
					{ kind: 'forum', from: 'Forum', text: 'Der Code geht noch!', status: 'rekonstruiert' },
					{
						kind: 'zahlen',
						from: 'Pressebericht',
						text: 'Rund {bestellungen} Bestellungen.',
						status: 'beleg',
						sources: ['faz-2012-otto'],
					},
				],
				facilitation: 'Fragen Sie, wer entscheiden darf.',
				seconds: 60,
				onTimeout: 'warten',
				actual: { text: 'Das Unternehmen sperrte am Morgen.', sources: ['faz-2012-otto'] },
				choices: [
					choice('sperren', 'tag-2', { sentiment: -5, messages: 100, set: { bestellungen: 'wenige' } }),
					choice('warten', 'tag-2', { legalRisk: 10, messages: 300 }, { historical: true }),
					choice('liefern', 'ende-liefern', {
						sentiment: 30,
						costs: [
							{
								kind: 'ausliefern',
								label: 'Alles ausliefern',
								orders: 'bestellungen',
								discount: 'nachlass',
								goodsValue: 'warenwert',
								margin: 'marge',
							},
						],
					}),
				],
			},
			{
				id: 'tag-2',
				time: 'Dienstag',
				short: 'Di.',
				title: 'Die Reaktion',
				situation: 'Die Presse fragt nach, und das Forum ist laut.',
				facilitation: 'Lassen Sie die Gruppen ihre Ziele nennen.',
				actual: { text: 'Das Unternehmen blieb bei der Stornierung.', sources: ['faz-2012-otto'] },
				choices: [
					choice('gutschein', 'ende-kulanz', {
						sentiment: 20,
						costs: [
							{
								kind: 'gutschein',
								label: 'Gutschein über 10 €',
								recipients: 'bestellungen',
								voucher: 10,
								redemption: 'quote',
							},
						],
					}),
					choice('nichts', 'ende-linie', { sentiment: -10, messages: -200 }, { historical: true }),
					choice('liefern', 'ende-liefern', {
						legalRisk: -100,
						costs: [
							{
								kind: 'ausliefern',
								label: 'Doch ausliefern',
								orders: 'bestellungen',
								discount: 'nachlass',
								goodsValue: 'warenwert',
								margin: 'marge',
							},
						],
					}),
				],
			},
		],
		endings: [ending('ende-kulanz'), ending('ende-linie'), ending('ende-liefern')],
		positions: [
			{
				id: 'vorsicht',
				who: 'Die Vorsichtigen',
				stance: 'Nichts zugeben, was nicht geprüft ist.',
				sources: ['faz-2012-otto'],
			},
			{
				id: 'kulanz',
				who: 'Die Großzügigen',
				stance: 'Ein kleiner Gutschein hält Kundschaft.',
				sources: ['rtl-2012-otto'],
			},
		],
		reflection: ['Was hätten Sie anders gemacht?', 'Welche Zahl hat Sie überrascht?', 'Welche Position teilen Sie?'],
	};
}
