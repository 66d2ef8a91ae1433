import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createMentionMatcher } from '../entities/matcher.ts';
import type { Entity } from '../entities/types.ts';

/** Options of remarkMentions. */
export interface RemarkMentionsOptions {
  /** The entity registry's entities. The matcher is compiled once per processor. */
  entities: readonly Entity[];
  /** URL of an entity's page; return undefined to count an entity without linking it. */
  hrefFor: (entity: Entity) => string | undefined;
}

/** How often one entity is mentioned in a document, as stored in frontmatter `mentions`. */
export interface MentionCount {
  id: string;
  count: number;
}

/** Nodes whose text is already a link or is not prose: never searched. */
const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'image', 'imageReference']);

function mentionLink(entity: Entity, url: string, text: string): Link {
  return {
    type: 'link',
    url,
    title: null,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['mention'], dataEntity: entity.id } },
  };
}

/**
 * Remark plugin: finds entity mentions in a document's text and
 * - wraps the first mention of each entity in a link to its page
 *   (`<a class="mention" data-entity="id" href="…">`), leaving later mentions
 *   as text so a paragraph is not a wall of links;
 * - records every mention in `file.data.astro.frontmatter.mentions` as
 *   `{ id, count }[]`, most mentioned first, ties in order of first mention.
 *   Astro exposes this as `remarkPluginFrontmatter`.
 * Text inside links, link references, code and images is skipped, and so are
 * URLs in plain text (see createMentionMatcher). Raw HTML is gone by now
 * (remarkArticleBody runs first), so a link written in HTML is a link here too. A
 * name split across nodes ("Vladimir *Putin*") is matched only in the part that
 * is whole.
 */
export function remarkMentions(options: RemarkMentionsOptions) {
  const matcher = createMentionMatcher(options.entities);
  const byId = new Map(options.entities.map((entity) => [entity.id, entity]));

  return (tree: Root, file: VFile) => {
    const counts = new Map<string, number>();
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (OPAQUE.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const text = (node as Text).value;
      const mentions = matcher.find(text);
      if (mentions.length === 0) return undefined;

      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const mention of mentions) {
        counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
        const entity = byId.get(mention.entityId);
        const url = entity === undefined || linked.has(mention.entityId) ? undefined : options.hrefFor(entity);
        if (entity === undefined || url === undefined) continue;
        linked.add(mention.entityId);
        if (mention.start > cursor) replacement.push({ type: 'text', value: text.slice(cursor, mention.start) });
        replacement.push(mentionLink(entity, url, mention.text));
        cursor = mention.end;
      }
      if (replacement.length === 0) return undefined;
      if (cursor < text.length) replacement.push({ type: 'text', value: text.slice(cursor) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      // Continue after the inserted nodes: the new links must not be searched again.
      return [SKIP, index + replacement.length];
    });

    const firstSeen = [...counts.keys()];
    const mentions: MentionCount[] = firstSeen
      .map((id) => ({ id, count: counts.get(id) ?? 0 }))
      .sort((a, b) => b.count - a.count || firstSeen.indexOf(a.id) - firstSeen.indexOf(b.id));
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter.mentions = mentions;
  };
}
