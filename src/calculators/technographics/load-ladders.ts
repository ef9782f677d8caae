import { getCollection } from 'astro:content';
import { getShortCitation, requireSource } from '../../lib/content';
import { toLadderDataset, type LadderDataset } from './datasets';

/**
 * Build-time only (called from the .astro wrappers): the published ladders with their short
 * citations, in the editors' order. A data set that cites a missing bibliography entry fails
 * the build with the file name, so that no number reaches the page without its source.
 */
export async function loadLadders(): Promise<LadderDataset[]> {
	const entries = await getCollection('daten', (e) => e.data.kind === 'technographics');
	const ladders: { order: number; dataset: LadderDataset }[] = [];
	for (const entry of entries) {
		if (entry.data.kind !== 'technographics') continue;
		const source = await requireSource(
			entry.data.source,
			`content/daten/technographics/${entry.id}.yaml: Feld „source“`,
		);
		ladders.push({
			order: entry.data.order,
			dataset: toLadderDataset(entry.id, entry.data, await getShortCitation(source)),
		});
	}
	return ladders.sort((a, b) => a.order - b.order).map((l) => l.dataset);
}
