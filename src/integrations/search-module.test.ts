import { describe, expect, it } from 'vitest';
import { findSearchModule } from './search-module';

describe('findSearchModule', () => {
	it('finds the search page script', () => {
		const html =
			'<script src="/x.js"></script><script type="module" src="/_astro/suche.astro_astro_type_script_index_0_lang.Ab-9_x.js"></script>';
		expect(findSearchModule(html)).toBe('/_astro/suche.astro_astro_type_script_index_0_lang.Ab-9_x.js');
	});
	it('returns undefined when it is missing', () => {
		expect(findSearchModule('<script type="module" src="/_astro/other.js"></script>')).toBeUndefined();
	});
});
