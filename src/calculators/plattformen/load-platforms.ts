import { getCollection, getEntry } from 'astro:content';
import { getShortCitation } from '../../lib/content';
import type { PlatformDataset } from './finder';

/**
 * Build-time only (called from the .astro wrapper): the platform-usage data sets with their
 * short citations. A data set citing a missing bibliography entry fails the build.
 */
export async function loadPlatformDatasets(): Promise<PlatformDataset[]> {
	const entries = await getCollection('daten');
	const datasets: PlatformDataset[] = [];
	for (const entry of entries) {
		if (entry.data.kind !== 'plattformen') continue;
		const { kind: _kind, source, ...data } = entry.data;
		const quelle = await getEntry('quellen', source);
		if (!quelle)
			throw new Error(`content/daten/plattformen/${entry.id}.yaml: Feld „source“ – unbekannte Quelle „${source}“.`);
		datasets.push({ ...data, id: entry.id, sourceId: source, citation: await getShortCitation(quelle) });
	}
	return datasets;
}
