import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { kapitelSchema } from './schemas/kapitel';
import { glossarSchema } from './schemas/glossar';
import { quellenSchema } from './schemas/quellen';
import { aufgabeSchema } from './schemas/aufgaben';
import { quizSchema } from './schemas/quiz';
import { datenSchema } from './schemas/daten';
import { planspielSchema } from './schemas/planspiel';

// All content lives in the top-level `content/` folder, not in `src/content`, so that authors
// never have to touch the code tree.
const kapitel = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/kapitel' }),
	schema: kapitelSchema,
});
const aufgaben = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './content/aufgaben' }),
	schema: aufgabeSchema,
});
const glossar = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/glossar' }),
	schema: glossarSchema,
});
const quellen = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/quellen' }),
	schema: quellenSchema,
});
const quiz = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/quiz' }),
	schema: quizSchema,
});

// Calculator data sets: `content/daten/<art>/<id>.yaml`; the id is the file name alone, so that
// share links and the persisted profile stay short and survive moving a file between folders.
const daten = defineCollection({
	loader: glob({
		pattern: '*/*.yaml',
		base: './content/daten',
		generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.yaml$/, ''),
	}),
	schema: datenSchema,
});

// Crisis simulations: `content/planspiel/<id>.yaml`, played at /planspiel/<id>/; the schema checks
// the decision graph, so a scenario with a dead end or an unreachable round fails the build.
const planspiel = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/planspiel' }),
	schema: planspielSchema,
});

export const collections = { kapitel, aufgaben, glossar, quellen, quiz, daten, planspiel };
