/**
 * The persona builder island. It renders state from src/stores/personas.ts and calls its actions;
 * all rules live in the pure modules beside it. The server renders the empty builder, inert and
 * marked as loading (EmptyBuilder), because the personas exist only in the browser's storage.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useHydrated } from '../../components/use-hydrated';
import { $activePersona, $personas, importPersonas, updatePersona } from '../../stores/personas';
import { $platformSelection } from '../../stores/plattformen';
import { $technographicsResult } from '../../stores/technographics';
import { computeCompleteness } from './completeness';
import { CompletenessMeter } from './CompletenessMeter';
import { DataPanel } from './DataPanel';
import type { PersonaStrings } from './strings';
import { PrintCards } from './PrintCards';
import { PersonaManager } from './PersonaManager';
import { mergePlatforms } from './platforms';
import { sharesFromProfile } from './profile';
import type { Persona } from './schema';
import { rewriteHref } from '../../lib/share-link';
import { decodeShareHash, isShareHash } from './share-link';
import { SharePreview, type PreviewState } from './SharePreview';
import { StepNav } from './StepNav';
import { StepPanel } from './StepPanel';
import type { StepId } from './steps';
import { fillTemplate } from '../../lib/template';
import { validatePersona } from './validate';

interface Props {
	t: PersonaStrings;
}

/** Remove the share fragment so a reload does not show the preview again. */
function clearHash(): void {
	history.replaceState(history.state, '', rewriteHref(location.href, ''));
}

function Builder({ t }: Props) {
	const personas = useStore($personas);
	const active = useStore($activePersona);
	const profileShares = sharesFromProfile(useStore($technographicsResult));
	const finderSelection = useStore($platformSelection);
	const [step, setStep] = useState<StepId>('basics');
	const [status, setStatus] = useState('');
	const [preview, setPreview] = useState<PreviewState | null>(null);
	const [focusRequest, setFocusRequest] = useState(0);
	const headingRef = useRef<HTMLHeadingElement>(null);

	useEffect(() => {
		const read = async () => {
			if (!isShareHash(location.hash)) return;
			const result = await decodeShareHash(location.hash);
			setPreview(result.ok ? { ok: true, persona: result.persona } : { ok: false, error: result.error });
		};
		void read();
		const onHash = () => void read();
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	// Moving between steps puts focus on the new step's heading, so screen readers start there.
	useEffect(() => {
		if (focusRequest > 0) headingRef.current?.focus();
	}, [focusRequest]);

	const goTo = (next: StepId) => {
		setStep(next);
		setFocusRequest((n) => n + 1);
	};
	const adopt = (persona: Persona) => {
		importPersonas([persona]);
		clearHash();
		setPreview(null);
		setStatus(fillTemplate(t.preview.adopted, { name: persona.name }));
		goTo('overview');
	};
	const dismiss = () => {
		clearHash();
		setPreview(null);
		setStatus(t.preview.dismissed);
		setFocusRequest((n) => n + 1);
	};

	const adoptProfile = () => {
		if (!active || !profileShares) return;
		updatePersona(active.id, (p) => ({ ...p, technographics: { shares: { ...profileShares }, source: 'profil' } }));
		setStatus(t.media.fromProfileDone);
	};
	const adoptFinder = () => {
		if (!active || !finderSelection) return;
		const { added } = mergePlatforms(active.platforms, finderSelection.platforms);
		if (added.length > 0) {
			updatePersona(active.id, (p) => ({ ...p, platforms: mergePlatforms(p.platforms, added).platforms }));
		}
		setStatus(
			added.length > 0
				? fillTemplate(t.media.fromFinderDone, { platforms: added.join(', ') })
				: t.media.finderNothingNew,
		);
	};

	const completeness = active ? computeCompleteness(active) : undefined;
	return (
		<div class="pb">
			<p role="status" class="pb-status">
				{status}
			</p>
			{preview && <SharePreview preview={preview} t={t} onAdopt={adopt} onDismiss={dismiss} />}
			<PersonaManager
				personas={personas}
				active={active}
				t={t}
				announce={setStatus}
				onCreated={() => setStep('basics')}
			/>
			{active && completeness && (
				<>
					<CompletenessMeter completeness={completeness} t={t} />
					<div class="pb-layout">
						<StepNav step={step} kind={active.kind} completeness={completeness} t={t} onStep={goTo} />
						<StepPanel
							step={step}
							onStep={goTo}
							headingRef={headingRef}
							persona={active}
							t={t}
							issues={validatePersona(active)}
							update={(change) => updatePersona(active.id, change)}
							profileShares={profileShares}
							onAdoptProfile={adoptProfile}
							finderSelection={finderSelection}
							onAdoptFinder={adoptFinder}
						/>
					</div>
					<PrintCards persona={active} t={t} />
				</>
			)}
			<DataPanel personas={personas} t={t} announce={setStatus} />
		</div>
	);
}

const ignore = () => undefined;

/**
 * What the server renders and the first client render repeats: the builder as a first-time
 * visitor sees it, inert until it is live and saying that it is loading (the stored personas are
 * not known yet). It has the live builder's exact size,
 * so nothing below it moves when the island hydrates (issue 14: layout shift 0); a placeholder of
 * a guessed height moved the page by 135 px on desktop.
 */
function EmptyBuilder({ t }: Props) {
	return (
		<div class="pb" inert aria-busy="true">
			<p role="status" class="pb-status" />
			<PersonaManager personas={[]} active={undefined} t={t} announce={ignore} onCreated={ignore} loading />
			<DataPanel personas={[]} t={t} announce={ignore} />
		</div>
	);
}

export default function PersonaBuilder({ t }: Props) {
	// The first client render must match the server's HTML; stored personas (and the stored
	// selections of the other calculators, read in Builder) appear after it.
	if (!useHydrated()) return <EmptyBuilder t={t} />;
	return <Builder t={t} />;
}
