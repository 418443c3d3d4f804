// "1 agent", "3 agents": counts in messages, plans and summaries, in one place.
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
