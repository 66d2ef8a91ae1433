/**
 * Folder the content collections are read from. Tests of bad content point it
 * at a scratch copy (CROSSCHECK_CONTENT_DIR) so fixtures never reach the real site.
 */
export const contentDir: string = (typeof process !== 'undefined' && process.env.CROSSCHECK_CONTENT_DIR) || './content';
