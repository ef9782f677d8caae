/**
 * The categories a platform-usage data set is filed under. Kept free of Zod so that the island
 * can import them without shipping the schema library to the browser.
 */

/** How often people must use a platform to be counted; studies differ here, so rankings never mix them. */
export const FREQUENCIES = ['taeglich', 'woechentlich', 'zwoelf-monate', 'jemals', 'ohne-angabe'] as const;
export type Nutzungshaeufigkeit = (typeof FREQUENCIES)[number];

/** Gender groups as the studies publish them; most publish only „alle“. */
export const GENDERS = ['alle', 'frauen', 'maenner'] as const;
export type Geschlecht = (typeof GENDERS)[number];
