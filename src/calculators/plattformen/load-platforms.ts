import { getCollection } from 'astro:content';
import { getShortCitation, requireSource } from '../../lib/content';
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
		const quelle = await requireSource(source, `content/daten/plattformen/${entry.id}.yaml: Feld „source“`);
		datasets.push({ ...data, id: entry.id, sourceId: source, citation: await getShortCitation(quelle) });
	}
	return datasets;
}
