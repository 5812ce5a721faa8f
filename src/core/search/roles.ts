/**
 * What part a chunk plays in a repository (library code, a test, an example, vendored or generated
 * code, documentation) and how much of the index each part is: what the ranker needs to tell a
 * question about an example from one about the library.
 */
import type { ChunkKind } from '../index/chunk';
import { pathRole } from './paths';

/** Every part but library code: the parts a question may or may not be after. */
export const ROLES = ['test', 'example', 'vendored', 'generated', 'docs'] as const;
export type Role = (typeof ROLES)[number];

/** A chunk's part: its path's role first (an example's README is an example), then docs by kind. */
export function chunkRole(path: string, kind: ChunkKind, role = pathRole(path)): Role | 'source' {
  return role !== 'source' ? role : kind === 'docs' ? 'docs' : 'source';
}

/** How many chunks of the index each part holds. */
export interface RoleProfile {
  chunks: number;
  count: Record<Role | 'source', number>;
}

export function roleProfile(chunks: Iterable<{ path: string; kind: ChunkKind }>): RoleProfile {
  const count: Record<Role | 'source', number> = { test: 0, example: 0, vendored: 0, generated: 0, docs: 0, source: 0 };
  const roleOf = new Map<string, Role | 'source'>();
  let n = 0;
  for (const c of chunks) {
    const key = `${c.kind}\u0000${c.path}`;
    let role = roleOf.get(key);
    if (role === undefined) roleOf.set(key, (role = chunkRole(c.path, c.kind)));
    count[role]++;
    n++;
  }
  return { chunks: n, count };
}

/** A part's share of the index; 0 for an empty index. */
export function indexShare(profile: RoleProfile, role: Role): number {
  return profile.chunks ? profile.count[role] / profile.chunks : 0;
}
