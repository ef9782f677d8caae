/** Island: choose country, age band and gender; see platforms ranked per study and measure. */
import { useEffect, useState } from 'preact/hooks';
import { AGE_BANDS, countriesOf, findPlatforms, gendersOf, type FinderChoice, type PlatformDataset } from './finder';
import { rewriteHref } from '../../lib/share-link';
import { encodeChoiceLink, readChoiceLink } from './share-link';
import { bandLabel } from './labels';
import { fillTemplate } from '../../lib/template';
import { ResultCard } from './ResultCard';
import { groupLabel } from './labels';
import { selectionOf } from './selection';
import { setPlatformSelection } from '../../stores/plattformen';
import type { Geschlecht } from './kategorien';
import type { PlattformenStrings } from './strings';

interface Props {
	datasets: PlatformDataset[];
	initial: FinderChoice;
	t: PlattformenStrings;
	/**
	 * On its own page the finder keeps the address in step with the choice, so that it can be
	 * bookmarked or shared. Embedded in a chapter it never touches the address: the fragment
	 * there belongs to the chapter's headings.
	 */
	standalone?: boolean;
}

/** Put a choice into the address bar (shared link format). */
async function showInAddress(choice: FinderChoice): Promise<void> {
	const link = await encodeChoiceLink(choice);
	if (link.ok) history.replaceState(history.state, '', rewriteHref(location.href, link.fragment));
}

export function PlattformFinder({ datasets, initial, t, standalone = false }: Props) {
	const countries = countriesOf(datasets);
	const [choice, setChoice] = useState<FinderChoice>(initial);
	// The persona builder takes its platforms from the last selection. Only a choice the reader
	// made or opened by link counts: the default view of an embedded finder must not overwrite it.
	const remember = (c: FinderChoice) => setPlatformSelection(selectionOf(c, findPlatforms(datasets, c)));

	// A link (#plattformen=…, or the old #land=…&alter=…) restores a choice; on its own page every
	// change updates the address, so that the current view can be bookmarked or shared.
	useEffect(() => {
		const read = async () => {
			const link = await readChoiceLink(
				location.hash,
				initial,
				countries.map((c) => c.code),
			);
			if (!link) return;
			setChoice(link.choice);
			remember(link.choice);
			if (standalone && link.legacy) await showInAddress(link.choice);
		};
		void read();
	}, []);
	const update = (next: FinderChoice) => {
		const genders = gendersOf(datasets, next.country);
		const fixed = genders.includes(next.gender) ? next : { ...next, gender: 'alle' as const };
		setChoice(fixed);
		if (standalone) void showInAddress(fixed);
		remember(fixed);
	};

	const genders = gendersOf(datasets, choice.country);
	const countryName = countries.find((c) => c.code === choice.country)?.name ?? choice.country;
	const band = AGE_BANDS.find((b) => b.id === choice.age) ?? AGE_BANDS[0];
	const ageText = band ? bandLabel(band, t) : t.ageAll;
	const sections = findPlatforms(datasets, choice);
	const cardCount = sections.reduce((sum, s) => sum + s.cards.length, 0);
	const studyCount = new Set(sections.flatMap((s) => s.cards.map((c) => c.dataset.id))).size;

	return (
		<div class="pf">
			<form class="pf-form tg-fieldset" aria-labelledby="pf-form-heading" onSubmit={(e) => e.preventDefault()}>
				<h2 id="pf-form-heading">{t.formHeading}</h2>
				<div class="tg-controls">
					<div class="tg-field">
						<label for="pf-country">{t.country}</label>
						<select
							id="pf-country"
							value={choice.country}
							onChange={(e) => update({ ...choice, country: e.currentTarget.value })}
						>
							{countries.map((c) => (
								<option value={c.code} key={c.code}>
									{c.name}
								</option>
							))}
						</select>
					</div>
					<div class="tg-field">
						<label for="pf-age">{t.age}</label>
						<select id="pf-age" value={choice.age} onChange={(e) => update({ ...choice, age: e.currentTarget.value })}>
							{AGE_BANDS.map((b) => (
								<option value={b.id} key={b.id}>
									{bandLabel(b, t)}
								</option>
							))}
						</select>
					</div>
					<div class="tg-field">
						<label for="pf-gender">{t.gender}</label>
						<select
							id="pf-gender"
							value={choice.gender}
							aria-describedby={genders.length === 1 ? 'pf-gender-hint' : undefined}
							onChange={(e) => update({ ...choice, gender: e.currentTarget.value as Geschlecht })}
						>
							{genders.map((g) => (
								<option value={g} key={g}>
									{t.genders[g]}
								</option>
							))}
						</select>
					</div>
				</div>
				{genders.length === 1 && (
					<p class="tg-hint" id="pf-gender-hint">
						{fillTemplate(t.genderNone, { country: countryName })}
					</p>
				)}
			</form>

			<section class="pf-results" aria-labelledby="pf-results-heading">
				<h2 id="pf-results-heading">
					{choice.gender === 'alle'
						? fillTemplate(t.resultsHeading, { country: countryName, age: ageText })
						: fillTemplate(t.resultsHeadingGender, {
								country: countryName,
								age: ageText,
								gender: t.genders[choice.gender],
							})}
				</h2>
				<p role="status">
					{cardCount > 0 ? fillTemplate(t.summary, { cards: cardCount, studies: studyCount }) : t.nothing}
				</p>
				<p class="tg-note">{t.apart}</p>
				<p class="tg-note">
					{t.persona} <a href="/rechner/persona/">{t.personaLink}</a>
				</p>
				{sections.map((section) => (
					<section class="pf-section" key={section.frequency} aria-labelledby={`pf-sec-${section.frequency}`}>
						<h3 id={`pf-sec-${section.frequency}`}>
							{fillTemplate(t.sectionHeading, { frequency: t.frequencies[section.frequency] })}
						</h3>
						<div class="pf-cards">
							{section.cards.map((card) => (
								<ResultCard key={`${card.dataset.id}-${card.group.minAge}-${card.group.gender}`} card={card} t={t} />
							))}
						</div>
						{section.gaps.map((gap) => (
							<p class="pf-gap" key={gap.dataset.id}>
								{fillTemplate(t.gap, {
									title: gap.dataset.title,
									frequency: t.frequencies[gap.dataset.frequency],
									available: gap.available.map((g) => groupLabel(g, t)).join('; '),
								})}
							</p>
						))}
					</section>
				))}
			</section>
		</div>
	);
}
