import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints source text as if it stood at `filePath`, with the project's eslint.config.js.
const eslint = new ESLint();
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering (eslint.config.js)', () => {
	it('reports src/lib importing from calculators, stores or components', async () => {
		const messages = await restrictedImports(
			'src/lib/layering-probe.ts',
			[
				"import { RUNGS } from '../calculators/technographics/rungs';",
				"import { $personas } from '../stores/personas';",
				"import { Bar } from '../components/Bar';",
				'export const probe = [RUNGS, $personas, Bar];',
			].join('\n'),
		);
		expect(messages).toHaveLength(3);
	});

	it('reports a calculator importing another calculator, also by the long way round', async () => {
		const messages = await restrictedImports(
			'src/calculators/persona/layering-probe.ts',
			[
				"import { finder } from '../plattformen/finder';",
				"import { RUNGS } from '../../calculators/technographics/rungs';",
				'export const probe = [finder, RUNGS];',
			].join('\n'),
		);
		expect(messages).toHaveLength(2);
	});

	it('allows the shared layers (including the planning shell in src/components) and the own folder', async () => {
		const messages = await restrictedImports(
			'src/calculators/kulanz/layering-probe.ts',
			[
				"import { fillTemplate } from '../../lib/template';",
				"import { $personas } from '../../stores/personas';",
				"import { Bar } from '../../components/Bar';",
				"import { PL_FIELD } from '../../components/planung/field-look';",
				"import { own } from './own';",
				'export const probe = [fillTemplate, $personas, Bar, PL_FIELD, own];',
			].join('\n'),
		);
		expect(messages).toEqual([]);
	});
});
