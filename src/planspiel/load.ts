/**
 * Build-time access to the scenarios: the collection sorted by `order`, checked for what a
 * schema cannot see (unknown chapter or source ids, a group-code prefix used twice), plus the
 * short citations the island shows next to documented material. Fails the build with file and
 * field, like src/lib/content.ts does for chapters.
 */
import { getCollection } from 'astro:content';
import { getShortCitation, requireSource } from '../lib/content';
import type { PlanspielData } from '../schemas/planspiel';

export interface Citation {
	/** Short citation, e.g. „FAZ.NET 2012“. */
	label: string;
	title: string;
}

export interface LoadedScenario {
	id: string;
	data: PlanspielData;
	chapterTitle: string;
	/** Every cited source id, in order of first use. */
	sources: string[];
	citations: Record<string, Citation>;
}

/** Every source id a scenario cites, in order of first use. */
export function citedSources(s: PlanspielData): string[] {
	const ids = [
		...Object.values(s.figures).flatMap((f) => f.sources),
		...s.rounds.flatMap((r) => [
			...r.materials.flatMap((m) => m.sources),
			...r.choices.flatMap((c) => c.sources),
			...r.actual.sources,
		]),
		...s.endings.flatMap((e) => e.sources),
		...s.positions.flatMap((p) => p.sources),
	];
	return [...new Set(ids)];
}

function fail(id: string, field: string, message: string): never {
	throw new Error(`content/planspiel/${id}.yaml: Feld „${field}“ – ${message}`);
}

let loaded: Promise<LoadedScenario[]> | undefined;

export function getScenarios(): Promise<LoadedScenario[]> {
	loaded ??= (async () => {
		const [entries, chapters] = await Promise.all([getCollection('planspiel'), getCollection('kapitel')]);
		const codes = new Map<string, string>();
		const loaded: LoadedScenario[] = [];
		for (const entry of entries) {
			const s = entry.data;
			const chapter = chapters.find((c) => c.id === s.chapter);
			if (!chapter) fail(entry.id, 'chapter', `unbekanntes Kapitel „${s.chapter}“.`);
			const other = codes.get(s.code);
			if (other) fail(entry.id, 'code', `Das Kürzel „${s.code}“ verwendet schon „${other}“.`);
			codes.set(s.code, entry.id);
			const sources = citedSources(s);
			const citations: Record<string, Citation> = {};
			for (const id of sources) {
				const q = await requireSource(id, `content/planspiel/${entry.id}.yaml: Feld „sources“`);
				// A described (not seen) title is shown in brackets, as everywhere on the site.
				citations[id] = {
					label: await getShortCitation(q),
					title: q.data.descriptiveTitle ? `[${q.data.title}]` : q.data.title,
				};
			}
			loaded.push({ id: entry.id, data: s, chapterTitle: chapter.data.title, sources, citations });
		}
		return loaded.sort((a, b) => a.data.order - b.data.order);
	})();
	return loaded;
}
