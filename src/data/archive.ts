/**
 * The dated archive of every article (year, month and day pages), computed once per build.
 */
import { site } from '../config/site';
import { buildArchive, type Archive } from '../lib/archive/calendar';
import { getCorpus, type Article } from './corpus';
import { oncePerBuild } from './build-memory';

export type { ArchiveDay, ArchiveMonth, ArchiveYear } from '../lib/archive/calendar';
export { around } from '../lib/archive/calendar';

/** Every article under the day it appeared in the site's time zone, oldest first. */
export const getArchive: () => Promise<Archive<Article>> = oncePerBuild(() =>
  getCorpus().then(({ articles }) => buildArchive(articles, site.timeZone)),
);
