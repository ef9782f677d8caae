import { describe, expect, it } from 'vitest';
import { planspielSchema } from './planspiel';
import { testScenario } from '../planspiel/test-scenario';

/** The schema of content/planspiel/*.yaml: strict fields plus graph and reference checks. */

type Scenario = ReturnType<typeof testScenario>;

function messages(change: (s: Scenario) => void): string[] {
	const s = testScenario();
	change(s);
	const result = planspielSchema.safeParse(s);
	return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('planspielSchema', () => {
	it('accepts a well-formed scenario and fills the defaults', () => {
		const parsed = planspielSchema.parse(testScenario());
		expect(parsed.rounds[1]?.materials).toEqual([]);
		expect(parsed.rounds[0]?.choices[0]?.effects.costs).toEqual([]);
		expect(parsed.rounds[0]?.choices[2]?.historical).toBe(false);
	});

	it('refuses a choice that leads nowhere (a dead end)', () => {
		expect(messages((s) => void (s.rounds[1]!.choices[0]!.next = 'ende-fehlt'))).toEqual([
			'Runde „tag-2“, Entscheidung „gutschein“ führt ins Leere: „ende-fehlt“ ist weder Runde noch Ende.',
		]);
	});

	it('refuses a round or an ending nobody can reach', () => {
		const found = messages((s) => {
			s.rounds[0]!.choices.forEach((c) => (c.next = 'ende-linie'));
		});
		expect(found).toContain('Die Runde „tag-2“ ist vom Start aus nicht erreichbar.');
		expect(found).toContain('Das Ende „ende-kulanz“ ist vom Start aus nicht erreichbar.');
	});

	it('refuses a cycle, because then not every path ends', () => {
		expect(messages((s) => void (s.rounds[1]!.choices[1]!.next = 'tag-1'))).toContain(
			'Kreis im Ablauf: tag-1 → tag-2 → tag-1. Jeder Weg muss an einem Ende ankommen.',
		);
	});

	it('refuses an ending without a debrief', () => {
		expect(messages((s) => void (s.endings[0]!.debrief = ''))).not.toEqual([]);
		expect(
			messages((s) => {
				const e = s.endings[0] as Record<string, unknown>;
				delete e['debrief'];
			}),
		).not.toEqual([]);
	});

	it('refuses a missing start, duplicate ids and an unknown timeout choice', () => {
		expect(messages((s) => void (s.start = 'tag-9'))).toContain('Die Startrunde „tag-9“ gibt es nicht.');
		expect(messages((s) => void (s.endings[1]!.id = 'tag-2'))).toContain('Die Id „tag-2“ ist doppelt vergeben.');
		expect(messages((s) => void (s.rounds[0]!.onTimeout = 'schlafen'))).toContain(
			'Runde „tag-1“: „onTimeout“ nennt die unbekannte Entscheidung „schlafen“.',
		);
	});

	it('needs 3 to 4 decisions per round and a countdown only with a timeout choice', () => {
		expect(messages((s) => void s.rounds[1]!.choices.pop())).toContain('Eine Runde bietet 3 bis 4 Entscheidungen.');
		expect(messages((s) => void delete (s.rounds[0] as { onTimeout?: string }).onTimeout)).toContain(
			'Countdown („seconds“) und „onTimeout“ gehören zusammen.',
		);
	});

	it('refuses unknown figures, percentages above 100 and unknown positions', () => {
		expect(messages((s) => void (s.intro = 'Es gibt {kunden} Betroffene.'))).toContain(
			'Unbekannte Zahl „kunden“ (nicht unter „figures“).',
		);
		expect(messages((s) => void (s.figures.quote.value = 120))).toContain(
			'„quote“ ist ein Prozentwert und darf höchstens 100 sein.',
		);
		expect(messages((s) => void (s.endings[0]!.views[1]!.position = 'presse'))).toContain(
			'Unbekannte Position „presse“.',
		);
	});

	it('marks facts and reconstructions honestly', () => {
		expect(messages((s) => void (s.figures.bestellungen.sources = []))).toContain('Ein Fakt braucht eine Quelle.');
		expect(messages((s) => void delete (s.figures.wenige as { note?: string }).note)).toContain(
			'Eine Annahme braucht eine Begründung („note“).',
		);
		expect(
			messages((s) => {
				const material = s.rounds[0]?.materials?.[1];
				if (material) material.sources = [];
			}),
		).toContain('Ein Beleg braucht eine Quelle.');
	});

	it('rejects unknown fields and needs exactly three reflection questions', () => {
		expect(messages((s) => Object.assign(s, { extra: true }))).not.toEqual([]);
		expect(messages((s) => void s.reflection.pop())).toContain('Genau drei Reflexionsfragen.');
	});
});
