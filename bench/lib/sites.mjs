// The comparison sites of `npm run bench`, generated from our own content into a temp folder
// (never committed): a plain-Astro „floor“ (Markdown pages in a minimal layout, no integrations)
// and a Starlight site (its defaults, with Pagefind search). Both get the same chapter texts and
// glossary: each chapter's prose as our build renders it (calculators, tooltips and our classes
// removed; headings as Markdown so that Starlight builds its table of contents), the glossary
// from content/glossar/*.yaml.
// The floor reuses our node_modules (astro only); Starlight is installed once from the npm
// registry into its folder (`npm install`, about 1 minute) and reused while its package.json holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const STARLIGHT_VERSION = '0.42.9';
const ROOT = resolve('.');

/** Folder of the comparison sites; SMP_BENCH_SITES overrides it. */
export const sitesDir = process.env.SMP_BENCH_SITES ?? join(tmpdir(), 'smp-bench-sites');

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Split HTML into its top-level elements. */
export function topLevel(html) {
	const blocks = [];
	let depth = 0;
	let start = 0;
	for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
		const [, closing, name, selfClosing] = m;
		if (VOID.has(name.toLowerCase()) || selfClosing) {
			if (depth === 0) blocks.push(html.slice(m.index, m.index + m[0].length));
			continue;
		}
		if (closing) {
			depth--;
			if (depth === 0) blocks.push(html.slice(start, m.index + m[0].length));
		} else {
			if (depth === 0) start = m.index;
			depth++;
		}
	}
	return blocks;
}

/** Our rendered chapter prose as portable Markdown with HTML blocks. */
export function proseToMarkdown(prose) {
	const clean = prose
		.replace(/<span class="begriff-tip"[^>]*><\/span>/g, '')
		.replace(/ (?:class|title|tabindex|role|aria-[\w-]+|data-[\w-]+)(?:="[^"]*")?/g, '');
	return topLevel(clean)
		.filter((block) => !block.includes('<astro-island') && !/^<noscript/.test(block))
		.map((block) => {
			const heading = /^<h([2-6])[^>]*>([\s\S]*)<\/h\1>$/.exec(block);
			if (heading) return `${'#'.repeat(Number(heading[1]))} ${heading[2].replace(/<[^>]+>/g, '')}`;
			return block;
		})
		.join('\n\n');
}

/** Title, description and Markdown body of every chapter, from our build in `dist`. */
export function chapterPages(dist) {
	return readdirSync(join(ROOT, 'content/kapitel'))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const slug = f.replace(/\.mdx$/, '');
			const html = readFileSync(join(dist, 'kapitel', slug, 'index.html'), 'utf8');
			const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '') ?? slug;
			const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
			const from = html.indexOf('<div class="prose"');
			const to = html.indexOf('<section class="key-points"');
			const prose = html.slice(html.indexOf('>', from) + 1, to).replace(/<\/div>\s*$/, '');
			return { slug, title, description, body: proseToMarkdown(prose) };
		});
}

/** The glossary as one Markdown page. */
export function glossaryPage() {
	const dir = join(ROOT, 'content/glossar');
	const terms = readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => parse(readFileSync(join(dir, f), 'utf8')))
		.sort((a, b) => a.term.localeCompare(b.term, 'de'));
	return terms.map((t) => `## ${t.term}\n\n${t.definition}`).join('\n\n');
}

const yamlString = (text) => JSON.stringify(text);

function run(cwd, cmd, args) {
	const result = spawnSync(cmd, args, {
		cwd,
		stdio: 'pipe',
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

/** Write the floor site (plain Astro) and return its folder. */
export function writeFloor(dist) {
	const dir = join(sitesDir, 'floor');
	rmSync(join(dir, 'src'), { recursive: true, force: true });
	mkdirSync(join(dir, 'src/pages/kapitel'), { recursive: true });
	mkdirSync(join(dir, 'src/layouts'), { recursive: true });
	if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smp-floor', private: true, type: 'module' }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"export default { trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
	);
	writeFileSync(
		join(dir, 'src/layouts/Page.astro'),
		`---
import './page.css';
const { frontmatter } = Astro.props;
---
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{frontmatter.title} – Social Media Praxis</title><meta name="description" content={frontmatter.description}></head>
<body><main><h1>{frontmatter.title}</h1><slot /></main></body></html>
`,
	);
	writeFileSync(
		join(dir, 'src/layouts/page.css'),
		'body{font:1.05rem/1.6 system-ui,sans-serif;margin:0;color:#1b1f24}main{max-width:42rem;margin:auto;padding:1rem}table{border-collapse:collapse}td,th{border:1px solid #8a96a3;padding:.3rem}a{color:#0b5cad}\n',
	);
	const front = (p) =>
		`---\nlayout: ../../layouts/Page.astro\ntitle: ${yamlString(p.title)}\ndescription: ${yamlString(p.description)}\n---\n\n`;
	for (const p of chapterPages(dist)) writeFileSync(join(dir, 'src/pages/kapitel', `${p.slug}.md`), front(p) + p.body);
	writeFileSync(
		join(dir, 'src/pages/glossar.md'),
		front({ title: 'Glossar', description: 'Begriffe' }).replace('../../layouts', '../layouts') + glossaryPage(),
	);
	return dir;
}

/** Write the Starlight site, install it if needed, and return its folder. */
export function writeStarlight(dist) {
	const dir = join(sitesDir, 'starlight');
	const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
	const pkg = JSON.stringify(
		{
			name: 'smp-starlight',
			private: true,
			type: 'module',
			dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
		},
		null,
		2,
	);
	mkdirSync(dir, { recursive: true });
	const pkgPath = join(dir, 'package.json');
	const installed =
		existsSync(join(dir, 'node_modules/@astrojs/starlight')) &&
		existsSync(pkgPath) &&
		readFileSync(pkgPath, 'utf8') === pkg;
	writeFileSync(pkgPath, pkg);
	if (!installed) {
		console.log(`  Starlight ${STARLIGHT_VERSION} wird einmalig nach ${dir} installiert (npm install) …`);
		run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
	}
	rmSync(join(dir, 'src'), { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs/kapitel'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	devToolbar: { enabled: false },
	integrations: [starlight({
		title: 'Social Media Praxis',
		defaultLocale: 'root',
		locales: { root: { label: 'Deutsch', lang: 'de' } },
		sidebar: [{ label: 'Kapitel', items: [{ autogenerate: { directory: 'kapitel' } }] }, { label: 'Glossar', link: '/glossar/' }],
	})],
});
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const front = (p) => `---\ntitle: ${yamlString(p.title)}\ndescription: ${yamlString(p.description)}\n---\n\n`;
	writeFileSync(
		join(dir, 'src/content/docs/index.md'),
		front({ title: 'Social Media Praxis', description: 'Start' }) + 'Acht Kapitel zum Social-Media-Marketing.\n',
	);
	for (const p of chapterPages(dist))
		writeFileSync(join(dir, 'src/content/docs/kapitel', `${p.slug}.md`), front(p) + p.body);
	writeFileSync(
		join(dir, 'src/content/docs/glossar.md'),
		front({ title: 'Glossar', description: 'Begriffe' }) + glossaryPage(),
	);
	return dir;
}

/** Build a site with `astro build`; returns seconds and the number of HTML pages written. */
export function buildSite(dir) {
	const started = process.hrtime.bigint();
	run(dir, 'npx', ['astro', 'build']);
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	return { seconds, pages };
}
