import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';

/** MDX element overrides that move chapter headings below the chapter title (## → h3 …). */
export const shiftedHeadings = { h2: H3, h3: H4, h4: H5 };
