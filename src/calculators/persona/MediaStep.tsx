/** Step 6: Technographics rungs (from the profile calculator or by hand) and platforms. */
import { formatNumber } from '../../lib/number';
import type { PlatformSelection } from '../../stores/plattformen';
import { DraftField } from '../../components/forms/DraftField';
import { PB_DRAFT_FIELD } from './field-look';
import { FieldsStep } from './FieldsStep';
import { parseShareInput } from './inputs';
import { PlatformsField } from './PlatformsField';
import { RUNGS, type Rung } from '../../lib/technographics-rungs';
import type { StepProps } from './step-props';

interface Props extends StepProps {
	/** Shares from the Technographics calculator, when it has a result. */
	profileShares?: Partial<Record<Rung, number>> | undefined;
	onAdoptProfile?: (() => void) | undefined;
	/** The platform finder's last selection, when there is one. */
	finderSelection?: PlatformSelection | null | undefined;
	onAdoptFinder?: (() => void) | undefined;
}

const formatShare = (v: number | undefined): string => (v === undefined ? '' : formatNumber(v, 1));

export function MediaStep(props: Props) {
	const { persona, t, update, profileShares, onAdoptProfile, finderSelection, onAdoptFinder } = props;
	const setShare = (rung: Rung, value: number | undefined) =>
		update((p) => {
			const shares = { ...p.technographics.shares };
			if (value === undefined) delete shares[rung];
			else shares[rung] = value;
			return { ...p, technographics: { shares, source: 'hand' } };
		});

	return (
		<>
			<fieldset class="pb-fieldset" aria-describedby="pb-rungs-hint">
				<legend>{t.media.rungsLegend}</legend>
				<p class="pb-hint" id="pb-rungs-hint">
					{t.media.rungsHint} {persona.technographics.source === 'profil' ? t.media.sourceProfile : t.media.sourceHand}
				</p>
				<div class="pb-grid">
					{RUNGS.map((rung) => (
						<DraftField
							{...PB_DRAFT_FIELD}
							key={rung}
							id={`pb-rung-${rung}`}
							label={t.media.rungs[rung]}
							value={persona.technographics.shares[rung]}
							format={formatShare}
							parse={parseShareInput}
							onCommit={(v) => setShare(rung, v)}
							inputMode="decimal"
							suffix={t.media.percentSuffix}
						/>
					))}
				</div>
				{profileShares && onAdoptProfile ? (
					<button type="button" onClick={onAdoptProfile}>
						{t.media.fromProfile}
					</button>
				) : (
					<p class="pb-hint">
						{t.media.noProfile} <a href="/rechner/technographics/">{t.media.profileLink}</a>
					</p>
				)}
			</fieldset>
			<PlatformsField
				platforms={persona.platforms}
				t={t}
				finder={finderSelection}
				onAdoptFinder={onAdoptFinder}
				onChange={(platforms) => update((p) => ({ ...p, platforms }))}
			/>
			<FieldsStep {...props} fields={['mediaNote']} />
		</>
	);
}
