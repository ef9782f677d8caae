/**
 * Island of the trainer's comparison view: paste the groups' codes (or their links), see every
 * group's path and indicators side by side, next to the real actors' path where the scenario
 * marks it. The codes live in the page's `#` fragment, so the view can be bookmarked or passed
 * on and nothing is sent anywhere.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fillTemplate } from '../lib/template';
import type { PlanspielStrings } from '../i18n/de/planspiel';
import { formatEuro, formatSignedNumber } from '../lib/number';
import type { PlanspielData } from '../schemas/planspiel';
import {
	evaluateLines,
	groupFor,
	historicalSteps,
	MAX_GROUPS,
	type Group,
	type OtherScenarios,
	type Problem,
} from './compare';
import { bandLabel, figureTexts, formatHours } from './format';
import { LEGAL_RANGE, SENTIMENT_RANGE } from './indicators';
import { encodePathCode, splitCodeLines } from './path-code';
import { decodeCompareLink, encodeCompareLink, expandLinks, hasCompareLink } from './share';

interface Props {
	s: PlanspielData;
	others: OtherScenarios;
	t: PlanspielStrings;
}

function problemText(
	p: Problem,
	line: number,
	s: PlanspielData,
	t: PlanspielStrings['compare'],
	example: string,
): string {
	switch (p.kind) {
		case 'format':
			return fillTemplate(t.lineFormat, { n: line, example });
		case 'check':
			return fillTemplate(t.lineCheck, { n: line, code: p.code });
		case 'other':
			return fillTemplate(t.lineOther, { n: line, title: p.title });
		case 'unknown':
			return fillTemplate(t.lineUnknown, { n: line, prefix: p.prefix });
		case 'version':
			return fillTemplate(t.lineVersion, { n: line, version: p.version, current: s.version });
		case 'mismatch':
			return fillTemplate(t.lineMismatch, { n: line });
	}
}

export function Vergleich({ s, others, t }: Props): JSX.Element {
	const c = t.compare;
	const [text, setText] = useState('');
	const [copied, setCopied] = useState('');
	// Every edit counts up; an asynchronous result for an older edit is dropped.
	const edit = useRef(0);
	const writeHash = async (value: string, mine: number) => {
		const groups = splitCodeLines(value).filter((l) => l.code !== '');
		const fragment = groups.length > 0 ? await encodeCompareLink(groups) : '';
		if (mine !== edit.current || fragment === undefined) return;
		history.replaceState(null, '', fragment ? `#${fragment}` : location.pathname + location.search);
	};
	useEffect(() => {
		// A link pasted into the address bar of this page changes only the fragment: read it again.
		const fromHash = async () => {
			const mine = ++edit.current;
			const { lines, legacy } = await decodeCompareLink(location.hash);
			if (mine !== edit.current || lines.length === 0) return;
			const value = lines.map((l) => (l.label ? `${l.label}: ${l.code}` : l.code)).join('\n');
			setText(value);
			// A link in the first format is rewritten to the current one.
			if (legacy) await writeHash(value, mine);
		};
		const onHash = () => void fromHash();
		onHash();
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);
	const lines = splitCodeLines(text);
	const entries = evaluateLines(lines, s, others);
	const groups = entries.flatMap((e) => (e.ok ? [e.group] : []));
	const problems = entries.flatMap((e) => (e.ok ? [] : [{ line: e.line, problem: e.problem }]));
	const historical = groupFor(s, historicalSteps(s), c.historical);
	const example = encodePathCode({ prefix: s.code, version: s.version, steps: historicalSteps(s) });
	const onInput = async (value: string) => {
		const mine = ++edit.current;
		setText(value);
		// Pasted links are opened into one line per group.
		const expanded = hasCompareLink(value) ? await expandLinks(value) : value;
		if (mine !== edit.current) return;
		if (expanded !== value) setText(expanded);
		await writeHash(expanded, mine);
	};
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(location.href);
			setCopied(t.debrief.copied);
		} catch {
			setCopied(t.debrief.copyFailed);
		}
	};
	const columns: Group[] = groups.length > 0 && historical ? [...groups, historical] : groups;
	return (
		<div class="ps ps-compare">
			<section aria-labelledby="ps-compare-h">
				<h2 id="ps-compare-h">{c.heading}</h2>
				<div class="ps-field">
					<label for="ps-codes">{c.label}</label>
					<textarea
						id="ps-codes"
						aria-describedby="ps-codes-hint"
						value={text}
						spellcheck={false}
						onInput={(e) => void onInput(e.currentTarget.value)}
					/>
					<p id="ps-codes-hint" class="ps-note">
						{fillTemplate(c.hint, { example })}
					</p>
				</div>
				<div role="status">
					{problems.length > 0 && (
						<ul class="ps-problems" aria-label={c.problems}>
							{problems.map((p) => (
								<li key={p.line}>{problemText(p.problem, p.line, s, c, example)}</li>
							))}
						</ul>
					)}
					{lines.length > MAX_GROUPS && <p class="ps-warning">{fillTemplate(c.tooMany, { max: MAX_GROUPS })}</p>}
					<p>
						{groups.length === 0
							? c.empty
							: groups.length === 1
								? c.count.one
								: fillTemplate(c.count.many, { n: groups.length })}
					</p>
				</div>
				{groups.length > 0 && (
					<div class="ps-actions">
						<button type="button" onClick={() => void copy()}>
							{c.copy}
						</button>
						<span class="ps-note" role="status">
							{copied}
						</span>
					</div>
				)}
			</section>
			{groups.length > 0 && <CompareTable s={s} columns={columns} t={t} />}
		</div>
	);
}

function CompareTable({ s, columns, t }: { s: PlanspielData; columns: Group[]; t: PlanspielStrings }): JSX.Element {
	const c = t.compare;
	const i = t.indicators;
	const rows = Math.max(...columns.map((g) => g.played.length));
	const values = figureTexts(s.figures, {});
	const name = (g: Group, k: number) => g.label || fillTemplate(c.group, { n: k + 1 });
	return (
		<>
			<p id="ps-compare-table-t" class="ps-table-title">
				{c.tableCaption}
			</p>
			<div class="ps-table-wrap" role="region" aria-labelledby="ps-compare-table-t" tabIndex={0}>
				<table class="ps-table ps-compare-table" aria-labelledby="ps-compare-table-t">
					<thead>
						<tr>
							<td />
							{columns.map((g, k) => (
								<th key={k} scope="col">
									{name(g, k)}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{Array.from({ length: rows }, (_, r) => (
							<tr key={r}>
								<th scope="row">{fillTemplate(c.decision, { n: r + 1 })}</th>
								{columns.map((g, k) => {
									const step = g.played[r];
									return (
										<td key={k}>
											{step ? (
												<>
													<span class="ps-detail">{step.round.short}</span>
													{fillTemplate(step.choice.label, values)}{' '}
													{step.timedOut && <span class="ps-detail">{t.debrief.timedOut}</span>}
												</>
											) : (
												c.none
											)}
										</td>
									);
								})}
							</tr>
						))}
						<tr>
							<th scope="row">{c.ending}</th>
							{columns.map((g, k) => (
								<td key={k}>{g.ending ? g.ending.title : c.unfinished}</td>
							))}
						</tr>
						<tr>
							<th scope="row">{i.cost}</th>
							{columns.map((g, k) => (
								<td key={k} class="ps-num">
									{formatEuro(g.summary.netCost, 0)}
								</td>
							))}
						</tr>
						<tr>
							<th scope="row">{i.sentiment}</th>
							{columns.map((g, k) => (
								<td key={k}>
									{bandLabel(g.summary.sentiment, SENTIMENT_RANGE, i.sentimentBands)} (
									{formatSignedNumber(g.summary.sentiment, 0)})
								</td>
							))}
						</tr>
						<tr>
							<th scope="row">{i.legal}</th>
							{columns.map((g, k) => (
								<td key={k}>
									{bandLabel(g.summary.legalRisk, LEGAL_RANGE, i.legalBands)} ({g.summary.legalRisk})
								</td>
							))}
						</tr>
						<tr>
							<th scope="row">{i.workload}</th>
							{columns.map((g, k) => (
								<td key={k}>{fillTemplate(i.workloadValue, { hours: formatHours(g.summary.workload.hoursPerDay) })}</td>
							))}
						</tr>
					</tbody>
				</table>
			</div>
		</>
	);
}
