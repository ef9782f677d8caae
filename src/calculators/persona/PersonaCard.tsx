/**
 * The persona as a one-page card: shown on the overview, in the share preview and — through the
 * print stylesheet — as the only thing on the printed page. Empty fields are left out.
 */
import type { ComponentChildren } from 'preact';
import { formatPercent } from '../../lib/number';
import type { PersonaStrings } from './strings';
import { OnlineWindows } from './OnlineWindows';
import { type Persona, type TextField } from './schema';
import { RUNGS } from '../../lib/technographics-rungs';
import { fillTemplate } from '../../lib/template';

interface Props {
	persona: Persona;
	t: PersonaStrings;
	/** Makes ids unique when the card appears twice on a page (screen and print copy). */
	idSuffix: string;
	/** Labels of the texts shortened for the one-page print (see card-fit.ts); the card says so. */
	shortened?: readonly string[] | undefined;
}

const filled = (text: string): boolean => text.trim() !== '';

function Section({ title, children }: { title: string; children: ComponentChildren }) {
	return (
		<section class="pcard-section">
			<h4>{title}</h4>
			{children}
		</section>
	);
}

function Entries({ items }: { items: readonly (readonly [string, string])[] }) {
	return (
		<dl class="pcard-dl">
			{items.map(([term, text]) => (
				<div key={term}>
					<dt>{term}</dt>
					<dd>{text}</dd>
				</div>
			))}
		</dl>
	);
}

export function PersonaCard({ persona: p, t, idSuffix, shortened = [] }: Props) {
	const entries = (fields: readonly TextField[]) =>
		fields.filter((f) => filled(p[f])).map((f) => [t.fields[f].label, p[f]] as const);
	const people =
		p.kind === 'b2c'
			? entries(['age', 'gender', 'income', 'education', 'occupation', 'place'])
			: [
					...entries(['industry', 'companySize', 'revenue', 'jobTitle', 'reportsTo', 'successMeasure']),
					...(p.buyingRole ? [[t.buyingRole.label, t.buyingRole.options[p.buyingRole]] as const] : []),
				];
	const rungs = RUNGS.flatMap((r) => {
		const share = p.technographics.shares[r];
		return share === undefined ? [] : [[t.media.rungs[r], formatPercent(share, 1)] as const];
	});
	const media = [
		...rungs,
		...(p.platforms.length > 0 ? [[t.media.platformsLegend, p.platforms.join(', ')] as const] : []),
		...entries(['mediaNote']),
	];
	const groups: [string, readonly (readonly [string, string])[]][] = [
		[p.kind === 'b2c' ? t.card.person : t.card.company, people],
		[t.card.goals, entries(['goals', 'challenges'])],
		[t.card.habitus, entries(['habitus', 'values', 'interests'])],
		[t.card.sources, entries(['infoSources', 'trustedVoices'])],
		[t.card.media, media],
		[t.card.approach, entries(['channels', 'tone', 'contentIdeas', 'noGos'])],
	];
	const sections = p.customSections.filter((s) => filled(s.title) || filled(s.text));
	const headingId = `pcard-title-${idSuffix}`;
	const updated = new Date(p.updatedAt);
	const hasContent =
		groups.some(([, items]) => items.length > 0) || sections.length > 0 || p.scheduleSource === 'eigen';

	return (
		<article class="pcard" aria-labelledby={headingId}>
			<header class="pcard-header">
				<p class="pcard-kicker">
					{t.card.kicker} · {p.kind === 'b2c' ? t.card.b2c : t.card.b2b}
				</p>
				<h3 id={headingId}>{p.name}</h3>
				{filled(p.quote) && <p class="pcard-quote">„{p.quote.trim()}“</p>}
			</header>
			{p.origin === 'beispiel' && <p class="pcard-note">{t.card.exampleNote}</p>}
			{shortened.length > 0 && (
				<p class="pcard-note">{fillTemplate(t.card.cutNote, { fields: shortened.join(', ') })}</p>
			)}
			{!hasContent && <p>{t.card.empty}</p>}
			<div class="pcard-body">
				{groups.map(([title, items]) =>
					items.length > 0 ? (
						<Section key={title} title={title}>
							<Entries items={items} />
						</Section>
					) : null,
				)}
				{p.scheduleSource === 'eigen' && (
					<Section title={t.card.times}>
						<OnlineWindows schedule={p.schedule} t={t} />
						{filled(p.scheduleNote) && <p>{p.scheduleNote}</p>}
					</Section>
				)}
				{sections.map((s) => (
					<Section key={s.id} title={s.title || t.overview.customUntitled}>
						<p>{s.text}</p>
					</Section>
				))}
			</div>
			<footer class="pcard-footer">
				{Number.isNaN(updated.getTime()) || updated.getTime() === 0
					? null
					: `${fillTemplate(t.card.updated, { date: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(updated) })} · `}
				{t.card.footer}
			</footer>
		</article>
	);
}
