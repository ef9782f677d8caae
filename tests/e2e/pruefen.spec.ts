import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { readQuizzes } from './quiz-content';

/**
 * Assessment views for trainers, checked against whatever content/ holds: the learning-goal
 * matrix on /seminar/, rubrics in trainer mode and the workload of every chapter.
 */
const frontmatter = (file: string) =>
	parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Record<string, unknown>;
const chapters = readdirSync('content/kapitel')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const slug = f.replace(/\.mdx$/, '');
		const data = frontmatter(`content/kapitel/${f}`);
		const exercises = readdirSync(`content/aufgaben/${slug}`)
			.filter((e) => e.endsWith('.mdx'))
			.map((e) => ({ file: `content/aufgaben/${slug}/${e}`, data: frontmatter(`content/aufgaben/${slug}/${e}`) }));
		return {
			slug,
			order: Number(data['order']),
			title: String(data['title']),
			goals: data['goals'] as { id: string }[],
			exercises,
		};
	})
	.sort((a, b) => a.order - b.order);
const quizzes = readQuizzes();
const tags = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

test('the learning-goal matrix lists every goal and marks the gaps', async ({ page }) => {
	await page.goto('/seminar/');
	for (const c of chapters) {
		const table = page.getByRole('table', { name: `Kapitel ${c.order}: ${c.title}` });
		await expect(table.locator('tbody tr')).toHaveCount(c.goals.length);
		const questions = quizzes.find((q) => q.slug === c.slug)?.questions ?? [];
		for (const [i, goal] of c.goals.entries()) {
			const row = table.locator('tbody tr').nth(i);
			const hasExercise = c.exercises.some((e) => tags(e.data['goals']).includes(goal.id));
			const hasQuestion = questions.some((q) => tags((q as { goals?: unknown }).goals).includes(goal.id));
			await expect(row.getByText('Keine Übung prüft dieses Lernziel.')).toHaveCount(hasExercise ? 0 : 1);
			await expect(row.getByText('Keine Quizfrage prüft dieses Lernziel.')).toHaveCount(hasQuestion ? 0 : 1);
		}
	}
});

test('every chapter states its workload, and the seminar page sums it up', async ({ page }) => {
	const first = chapters[0];
	if (!first) throw new Error('Keine Kapitel.');
	await page.goto(`/kapitel/${first.slug}/`);
	await expect(page.getByText(/^Arbeitsaufwand: ca\.\s.+\(Lesen .+, Übungen .+, Quiz .+\)$/)).toBeVisible();
	await page.goto('/seminar/');
	const table = page.getByRole('table', { name: 'Arbeitsaufwand je Kapitel in Minuten und Stunden' });
	await expect(table.locator('tbody tr')).toHaveCount(chapters.length);
	await expect(table.locator('tfoot')).toContainText('Ganzes Buch');
});

test('trainer mode shows point-based rubrics with their total', async ({ page }) => {
	const withRubric = chapters
		.flatMap((c) => c.exercises.map((e) => ({ chapter: c, ...e })))
		.find((e) => Array.isArray(e.data['rubric']) && (e.data['rubric'] as unknown[]).length > 0);
	test.skip(!withRubric, 'Noch keine Übung mit Bewertungsraster im Inhalt.');
	if (!withRubric) return;
	const rubric = withRubric.data['rubric'] as { criterion: string; points: number }[];
	const total = rubric.reduce((sum, c) => sum + c.points, 0);
	const name = `Bewertungsraster zu Aufgabe ${withRubric.chapter.order}.${String(withRubric.data['number'])}`;
	await page.goto(`/kapitel/${withRubric.chapter.slug}/?trainer=0`);
	await expect(page.getByRole('table', { name })).toBeHidden();
	for (const path of [`/kapitel/${withRubric.chapter.slug}/?trainer=1`, '/uebungen/?trainer=1']) {
		await page.goto(path);
		const table = page.getByRole('table', { name });
		await expect(table).toBeVisible();
		await expect(table.locator('tbody tr')).toHaveCount(rubric.length);
		await expect(table.locator('tfoot')).toContainText(`${total}\u00a0Punkt`);
	}
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('table', { name })).toBeVisible();
});
