import { atom } from 'nanostores';
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import { RUNGS, type Rung } from '../lib/technographics-rungs';
import { byKey, decimal, integer, nullable, object, oneOf, refine, text, type Infer } from '../lib/schema';
import type { CountsDraft } from '../calculators/technographics/counts-input';
import { EMPTY_DRAFT, draftFromCounts } from '../calculators/technographics/counts-input';
import type { SelfTestAnswers, ShareState } from '../calculators/technographics/share-link';
import { MAX_COMPARE, readShareLink } from '../calculators/technographics/share-link';

/**
 * State of the Social-Technographics calculator.
 *
 * `$technographicsResult` is the last own-group profile; it is stored in localStorage
 * (`smp:technographics-ergebnis`, envelope `{ v: 1, data }`). The persona builder offers it, and
 * copies the shares into a persona only when the reader presses „Aus dem Technographics-Profil
 * übernehmen“; no other calculator reads it. Everything else lives only for the visit: the comparison, the
 * reference, the form text and the self-test. A shared link fills those, but never overwrites
 * the stored result until the visitor edits the numbers or saves the view as their own.
 */

const percent = decimal(0, 100);

/** One rung of a saved profile; shares and interval bounds in percent (0–100). */
const rungResultSchema = object({
	count: decimal(0, 10_000_000),
	share: percent,
	/** Lower bound of the 95 % Wilson interval. */
	low: percent,
	/** Upper bound of the 95 % Wilson interval. */
	high: percent,
});
export type TechnographicsRungResult = Infer<typeof rungResultSchema>;

/** The persisted result of an own target group, as other calculators read it. */
export const technographicsResultSchema = refine(
	object({
		/** How the counts were obtained: typed in or imported from a survey CSV. */
		source: oneOf(['eingabe', 'umfrage'] as const),
		/** Number of respondents. */
		n: integer(1, 10_000_000),
		/** Per rung, top (Creators) to bottom (Inactives); `null` = rung not surveyed. */
		rungs: byKey(RUNGS, nullable(rungResultSchema)),
		/** Id of the published data set used as reference (`content/daten/technographics/<id>.yaml`). */
		referenceId: nullable(text(100)),
		/** Index per rung: share ÷ reference share × 100; `null` where either is missing. */
		index: byKey(RUNGS, nullable(decimal(0, Number.MAX_SAFE_INTEGER))),
		/** When the result was saved (ISO 8601). */
		savedAt: refine(text(40), (d) => !Number.isNaN(Date.parse(d))),
	}),
	// No rung can count more people than were asked.
	(r) => RUNGS.every((rung) => (r.rungs[rung]?.count ?? 0) <= r.n),
);
export type TechnographicsResult = Infer<typeof technographicsResultSchema>;

/** Returns the value when it is a complete, plausible result (or `null`), otherwise `undefined`. */
export const validateTechnographicsResult = nullable(technographicsResultSchema);

/** The last own-group profile, shared with the persona builder and the posting-time calculator. */
export const $technographicsResult = versionedAtom<TechnographicsResult | null>('technographics-ergebnis', null, {
	version: 1,
	label: 'Technographics-Profil',
	validate: validateTechnographicsResult,
});

/** Save a computed profile (or `null` to forget it). */
export function saveTechnographicsResult(result: TechnographicsResult | null): void {
	$technographicsResult.set(result);
}

/** Which published ladders are compared (ids, at most three) and which one is the reference. */
export interface LadderSelection {
	compare: string[];
	reference: string | null;
}

/**
 * The comparison and the reference for all indices; `null` until the page has decided between a
 * shared link, the saved profile and the defaults (the server renders the defaults meanwhile).
 */
export const $ladderSelection = atom<LadderSelection | null>(null);

/** The own-group form as typed, and where the numbers came from. */
export const $groupDraft = atom<{ draft: CountsDraft; source: 'eingabe' | 'umfrage' }>({
	draft: EMPTY_DRAFT,
	source: 'eingabe',
});

/** The self-test answers (activity → frequency; missing means „nie“). */
export const $selfTestAnswers = atom<SelfTestAnswers>({});

/** True while the page shows numbers from a shared link that are not (yet) the visitor's own. */
export const $fromSharedLink = atom(false);

/** Change the comparison or the reference. */
export function setLadderSelection(selection: LadderSelection): void {
	$ladderSelection.set({ compare: selection.compare.slice(0, MAX_COMPARE), reference: selection.reference });
}

/** Update the form after typing; the numbers are now the visitor's own. */
export function setGroupDraft(draft: CountsDraft, source: 'eingabe' | 'umfrage' = 'eingabe'): void {
	$groupDraft.set({ draft, source });
	$fromSharedLink.set(false);
}

/** Set one self-test answer. */
export function setSelfTestAnswer(
	activity: keyof SelfTestAnswers,
	frequency: SelfTestAnswers[keyof SelfTestAnswers],
): void {
	const next = { ...$selfTestAnswers.get() };
	if (!frequency || frequency === 'nie') delete next[activity];
	else next[activity] = frequency;
	$selfTestAnswers.set(next);
}

let initialised = false;

/** The calculator's defaults and the ids of the published data sets a link may name. */
export interface TechnographicsDefaults {
	compare: string[];
	reference: string | null;
	knownIds: readonly string[];
}

/**
 * Fill the stores once per page view: from a shared link when there is one, otherwise the
 * defaults and the saved profile. Every island calls this on mount; only the first call acts.
 */
export function initTechnographics(shared: ShareState | null, defaults: TechnographicsDefaults): void {
	if (initialised) return;
	initialised = true;
	fill(shared, defaults);
}

function fill(shared: ShareState | null, defaults: TechnographicsDefaults): void {
	if (shared) {
		$ladderSelection.set({
			compare: shared.compare.length > 0 ? shared.compare : defaults.compare,
			reference: shared.reference ?? defaults.reference,
		});
		if (shared.group) {
			$groupDraft.set({ draft: draftFromCounts(shared.group.n, shared.group.counts), source: 'eingabe' });
			$fromSharedLink.set(true);
		}
		if (shared.selfTest) $selfTestAnswers.set(shared.selfTest);
		return;
	}
	const saved = $technographicsResult.get();
	const savedReference = saved?.referenceId && defaults.knownIds.includes(saved.referenceId) ? saved.referenceId : null;
	$ladderSelection.set({ compare: defaults.compare, reference: savedReference ?? defaults.reference });
	if (saved) {
		const counts = Object.fromEntries(RUNGS.map((r) => [r, saved.rungs[r]?.count ?? null])) as Record<
			Rung,
			number | null
		>;
		$groupDraft.set({ draft: draftFromCounts(saved.n, counts), source: saved.source });
	}
}

/**
 * Apply a shared link that arrives while the page is open (pasted into the address bar, which
 * only changes the fragment and does not reload the page). Returns what was read, if anything.
 */
export async function applySharedHash(
	hash: string,
	knownIds: readonly string[],
): Promise<{ state: ShareState; legacy: boolean } | null> {
	const link = await readShareLink(hash, knownIds);
	if (!link) return null;
	const shared = link.state;
	const current = $ladderSelection.get();
	$ladderSelection.set({
		compare: shared.compare.length > 0 ? shared.compare : (current?.compare ?? []),
		reference: shared.reference ?? current?.reference ?? null,
	});
	if (shared.group) {
		$groupDraft.set({ draft: draftFromCounts(shared.group.n, shared.group.counts), source: 'eingabe' });
		$fromSharedLink.set(true);
	}
	if (shared.selfTest) $selfTestAnswers.set(shared.selfTest);
	return link;
}

/**
 * Read a shared link from the URL fragment (if any) and initialise the stores once; returns what
 * was read, so that the caller can rewrite a link in the old format.
 */
export async function initTechnographicsFromHash(
	hash: string,
	defaults: TechnographicsDefaults,
): Promise<{ state: ShareState; legacy: boolean } | null> {
	if (initialised) return null;
	// Set before reading, so that the other islands mounting meanwhile do not initialise too.
	initialised = true;
	const link = await readShareLink(hash, defaults.knownIds);
	fill(link?.state ?? null, defaults);
	return link;
}
