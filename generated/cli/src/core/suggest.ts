// Copied verbatim from templates/cli/core/suggest.ts. DO NOT EDIT: change the template and regenerate.
/** "Did you mean …?" for a mistyped flag, enum value or resource name. */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` (case and `-`/`_` ignored), when it is close enough to be a typo: at
 * most a third of the word's length apart (at least 2 edits, so one swap of letters, at most 3): `--stauts`
 * → `status`, `slrum` → `slurm`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const norm = (value: string) => value.toLowerCase().replace(/_/g, '-');
  const target = norm(word);
  const limit = Math.min(3, Math.max(2, Math.floor(target.length / 3)));
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = distance(target, norm(candidate));
    if (cost <= limit && (!best || cost < best.cost)) best = { candidate, cost };
  }
  return best?.candidate;
}
