/** Island: an own target group from typed counts or a survey CSV, with intervals and index. */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { useShareHash } from './use-share-hash';
import {
	$fromSharedLink,
	$groupDraft,
	$ladderSelection,
	$technographicsResult,
	saveTechnographicsResult,
	setGroupDraft,
	setLadderSelection,
	type LadderSelection,
	type TechnographicsResult,
} from '../../stores/technographics';
import { RUNGS } from './rungs';
import { EMPTY_DRAFT, checkCounts } from './counts-input';
import { buildProfile, indexProfile, profileValues, type ProfileShares, type RungValues } from './profile';
import type { LadderDataset } from './datasets';
import { CountsForm } from './CountsForm';
import { CsvImport } from './CsvImport';
import { GroupResult } from './GroupResult';
import { useHydrated } from '../../components/use-hydrated';
import { DatasetSelect } from './DatasetSelect';
import type { GroupStrings } from './strings';

interface Props {
	datasets: LadderDataset[];
	defaults: LadderSelection;
	/** Links to the CSV templates and the questionnaire. */
	links: { template: string; templateEmpty: string; questionnaire: string };
	t: GroupStrings;
}

const NO_INDEX = Object.fromEntries(RUNGS.map((r) => [r, null])) as RungValues;

export function GroupProfile({ datasets, defaults, links, t }: Props) {
	const ids = datasets.map((d) => d.id);
	useShareHash(defaults, ids);
	const hydrated = useHydrated();
	const group = useStore($groupDraft);
	const sharedNumbers = useStore($fromSharedLink);
	const savedResult = useStore($technographicsResult);
	const storedSelection = useStore($ladderSelection);
	// The first render must match the server's HTML (see src/components/use-hydrated.ts).
	const { draft, source } = hydrated ? group : { draft: EMPTY_DRAFT, source: 'eingabe' as const };
	const fromLink = hydrated && sharedNumbers;
	const saved = hydrated ? savedResult : null;
	const selection = (hydrated ? storedSelection : null) ?? defaults;
	const reference = datasets.find((d) => d.id === selection.reference) ?? null;

	const check = checkCounts(draft, t.group.messages);
	const hasErrors = Object.keys(check.errors).length > 0;
	const hasCount = RUNGS.some((r) => check.counts[r] !== null);
	const profile: ProfileShares | null =
		!hasErrors && check.n !== null && hasCount ? buildProfile(check.n, check.counts) : null;
	const index = profile && reference ? indexProfile(profileValues(profile), reference.values) : NO_INDEX;

	// Save the visitor's own valid numbers so that other calculators can read them; numbers from
	// a shared link are only shown until the visitor adopts or edits them.
	useEffect(() => {
		if (!profile || check.n === null || fromLink) return;
		const result: TechnographicsResult = {
			source,
			n: check.n,
			rungs: profile,
			referenceId: reference?.id ?? null,
			index,
			savedAt: new Date().toISOString(),
		};
		if (!sameResult(saved, result)) saveTechnographicsResult(result);
	}, [profile && JSON.stringify(profile), reference?.id, fromLink, source]);

	return (
		<section class="tg-block" aria-labelledby="tg-group-heading">
			<h2 id="tg-group-heading">{t.group.heading}</h2>
			<p>{t.group.intro}</p>
			<div class="tg-columns">
				<CountsForm draft={draft} errors={check.errors} t={t} onChange={(d) => setGroupDraft(d, 'eingabe')} />
				<CsvImport links={links} t={t} onImported={(d) => setGroupDraft(d, 'umfrage')} />
			</div>
			<div class="tg-controls">
				<DatasetSelect
					id="tg-group-reference"
					label={t.compare.reference}
					value={selection.reference ?? ''}
					datasets={datasets}
					noneLabel={t.compare.referenceNone}
					groupFull={t.compare.groupFull}
					groupPartial={t.compare.groupPartial}
					onChange={(id) => setLadderSelection({ ...selection, reference: id || null })}
				/>
			</div>
			<GroupResult
				n={check.n}
				profile={profile}
				index={index}
				reference={reference}
				fromLink={fromLink}
				saved={saved !== null && !fromLink}
				t={t}
				onAdopt={() => $fromSharedLink.set(false)}
				onForget={() => {
					saveTechnographicsResult(null);
					setGroupDraft(EMPTY_DRAFT);
				}}
			/>
		</section>
	);
}

/** Whether two results differ only in their save time. */
function sameResult(a: TechnographicsResult | null, b: TechnographicsResult): boolean {
	if (!a) return false;
	return JSON.stringify({ ...a, savedAt: '' }) === JSON.stringify({ ...b, savedAt: '' });
}
