/**
 * How long a post stays visible, per platform. Only figures with a source are defaults; for any
 * other platform the user enters an own value (the page says that no source was found).
 */
export type PlatformId = 'facebook' | 'x' | 'andere';

export interface PlatformDefault {
	id: PlatformId;
	/** Half-life of a post's visibility in minutes. */
	halfLifeMinutes: number;
	/** Whether the figure has a source (facts.md §7.3): Wiselytics, quoted by Buffer, 2013. */
	sourced: boolean;
}

export const PLATFORMS: readonly PlatformDefault[] = [
	{ id: 'facebook', halfLifeMinutes: 90, sourced: true },
	{ id: 'x', halfLifeMinutes: 24, sourced: true },
	// No citable figure was found for Instagram, LinkedIn, TikTok & Co.: a neutral assumption.
	{ id: 'andere', halfLifeMinutes: 60, sourced: false },
];

export const PLATFORM_IDS: readonly PlatformId[] = PLATFORMS.map((p) => p.id);

/** The default of a platform (Facebook for unknown ids). */
export function platformDefault(id: PlatformId): PlatformDefault {
	return PLATFORMS.find((p) => p.id === id) ?? (PLATFORMS[0] as PlatformDefault);
}
