/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function suggest(input: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  const needle = input.toLowerCase();
  const limit = maxDistance ?? Math.max(2, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance, giving up early once it exceeds `cap`. */
function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * "Did you mean" over many candidates (20,000 agents): a trigram index picks a bounded set of
 * candidates that share the most trigrams with the input, and only those get an edit distance.
 * Brute force cost 60 ms per unknown agent at 20,000 agents (60 s for 1,000).
 */
export class SuggestionIndex {
  private readonly names: string[] = [];
  private readonly grams = new Map<string, number[]>();
  /** Trigrams shared by more candidates than this say little and are skipped. */
  private readonly commonAbove: number;

  constructor(
    candidates: Iterable<string>,
    private readonly maxCandidates = 64,
  ) {
    for (const name of candidates) {
      const id = this.names.push(name) - 1;
      for (const g of trigrams(name.toLowerCase())) {
        const list = this.grams.get(g);
        if (!list) this.grams.set(g, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    }
    this.commonAbove = Math.max(200, Math.ceil(this.names.length / 20));
  }

  suggest(input: string, maxDistance?: number): string | undefined {
    if (this.names.length <= this.maxCandidates) return suggest(input, this.names, maxDistance);
    const shared = new Map<number, number>();
    for (const g of trigrams(input.toLowerCase())) {
      const list = this.grams.get(g);
      if (!list || list.length > this.commonAbove) continue;
      for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.maxCandidates)
      .map(([id]) => this.names[id]!);
    return suggest(input, best, maxDistance);
  }
}

function trigrams(text: string): Set<string> {
  const padded = `\u0002${text}\u0003`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length && out.size < 256; i++) out.add(padded.slice(i, i + 3));
  return out;
}
