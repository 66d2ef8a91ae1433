/*
 * Compiles many aliases into one regex source shaped like a trie:
 * "Putin", "Paris" and "Vladimir Putin" become P(?:utin|aris)|Vladimir\s+Putin.
 * A plain alternation makes the regex engine try every alias at every word
 * start; the trie tries one branch per character, which keeps matching fast
 * with thousands of aliases.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** True when an alias ends here. */
  end: boolean;
}

/** One alias character as a regex: any run of whitespace for a space, either apostrophe for one. */
function characterPattern(character: string): string {
  if (character === ' ') return String.raw`\s+`;
  if (character === "'") return "['’]";
  // '-' needs no escape outside a class, and escaping it is an error with the u flag.
  return character.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

function emit(node: TrieNode): string {
  // Sorted for a deterministic pattern; branches start with different characters, so order does not change matches.
  const branches = [...node.children.keys()].sort().map((key) => characterPattern(key) + emit(node.children.get(key) as TrieNode));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? (branches[0] as string) : `(?:${branches.join('|')})`;
  // Optional, and greedy: the longer alias is tried first, the shorter one is the fallback.
  return node.end ? `${group.startsWith('(?:') ? group : `(?:${group})`}?` : group;
}

/**
 * Regex source matching any of `aliases` (single-spaced, straight
 * apostrophes), longest first at any position. Empty aliases are ignored.
 */
export function compileAliasPattern(aliases: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const alias of aliases) {
    if (alias === '') continue;
    let node = root;
    for (const character of alias) {
      let child = node.children.get(character);
      if (child === undefined) {
        child = { children: new Map(), end: false };
        node.children.set(character, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}
