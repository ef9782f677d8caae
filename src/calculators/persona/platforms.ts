/** Taking a list of platform names (from the Plattform-Finder) over into a persona's platforms. */
import { checkPlatformName } from './validate';

export interface MergedPlatforms {
	/** The persona's list with the new names appended. */
	platforms: string[];
	/** The names that were new, for the status message. */
	added: string[];
}

/**
 * Appends the names the list does not hold yet, in their order (the finder ranks by reach).
 * Uses the same rule as typing a name by hand, so „instagram“ never sits next to „Instagram“ and
 * a name the field would reject is skipped rather than stored.
 */
export function mergePlatforms(list: readonly string[], names: readonly string[]): MergedPlatforms {
	const platforms = [...list];
	const added: string[] = [];
	for (const name of names) {
		if (checkPlatformName(platforms, name) !== undefined) continue;
		platforms.push(name.trim());
		added.push(name.trim());
	}
	return { platforms, added };
}
