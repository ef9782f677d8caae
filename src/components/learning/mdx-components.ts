import { mdxComponents } from '../mdx';
import Loesung from './Loesung.astro';
import TrainerNotiz from './TrainerNotiz.astro';

/**
 * Components available in exercise MDX: the site's MDX components plus `<Loesung>` and
 * `<TrainerNotiz>`. Spread last so that exercises always get these two, whether or not the
 * shared map registers them too.
 */
export const exerciseComponents = { ...mdxComponents, Loesung, TrainerNotiz };
