/**
 * Checks that every name a scenario uses exists: figures in costs, `set`, staffing and `{name}`
 * placeholders; positions in the endings' views. Figures used as percentages must lie in 0–100.
 * Run by the schema next to the graph checks (graph.ts), so a typo fails the build, not a game.
 */
import type { GraphProblem } from './graph';

type Path = (string | number)[];

interface CostLike {
	kind: string;
	[field: string]: unknown;
}

/** The part of a scenario these checks read. */
export interface ReferenceInput {
	staffing: { minutesPerMessage: string };
	figures: Record<string, { value: number; unit?: string | undefined }>;
	intro: string;
	role: string;
	rounds: readonly {
		situation: string;
		materials: readonly { text: string }[];
		choices: readonly {
			label: string;
			consequence: string;
			effects: { set: Record<string, string>; costs: readonly CostLike[] };
		}[];
	}[];
	endings: readonly { outcome: string; debrief: string; views: readonly { position: string }[] }[];
	positions: readonly { id: string }[];
}

/** Cost fields that hold a figure name, and whether the figure is a percentage. */
const COST_FIELDS: Record<string, boolean> = {
	recipients: false,
	orders: false,
	voucher: false,
	discount: false,
	goodsValue: false,
	orderValue: false,
	share: true,
	redemption: true,
	margin: true,
};

/** `{name}` placeholders in a text. */
export function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

export function checkReferences(s: ReferenceInput): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const figure = (name: string, path: Path, percent = false): void => {
		const f = s.figures[name];
		if (!f) problems.push({ path, message: `Unbekannte Zahl „${name}“ (nicht unter „figures“).` });
		else if (percent && f.value > 100)
			problems.push({ path, message: `„${name}“ ist ein Prozentwert und darf höchstens 100 sein.` });
	};
	const texts = (value: string, path: Path): void => {
		for (const name of placeholders(value)) figure(name, path);
	};
	figure(s.staffing.minutesPerMessage, ['staffing', 'minutesPerMessage']);
	texts(s.intro, ['intro']);
	texts(s.role, ['role']);
	s.rounds.forEach((round, i) => {
		texts(round.situation, ['rounds', i, 'situation']);
		round.materials.forEach((m, j) => texts(m.text, ['rounds', i, 'materials', j, 'text']));
		round.choices.forEach((choice, j) => {
			const at: Path = ['rounds', i, 'choices', j];
			texts(choice.label, [...at, 'label']);
			texts(choice.consequence, [...at, 'consequence']);
			for (const [from, to] of Object.entries(choice.effects.set)) {
				figure(from, [...at, 'effects', 'set', from]);
				figure(to, [...at, 'effects', 'set', from]);
			}
			choice.effects.costs.forEach((cost, k) => {
				for (const [field, percent] of Object.entries(COST_FIELDS)) {
					const value = cost[field];
					if (typeof value === 'string') figure(value, [...at, 'effects', 'costs', k, field], percent);
				}
			});
		});
	});
	const positions = new Set(s.positions.map((p) => p.id));
	s.endings.forEach((ending, i) => {
		texts(ending.outcome, ['endings', i, 'outcome']);
		texts(ending.debrief, ['endings', i, 'debrief']);
		const seen = new Set<string>();
		ending.views.forEach((v, j) => {
			const path: Path = ['endings', i, 'views', j, 'position'];
			if (!positions.has(v.position)) problems.push({ path, message: `Unbekannte Position „${v.position}“.` });
			if (seen.has(v.position)) problems.push({ path, message: `Position „${v.position}“ steht doppelt.` });
			seen.add(v.position);
		});
	});
	return problems;
}
