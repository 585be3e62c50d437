/** Every expected failure the core reports, and the one message for each. */
type Facts = Readonly<Record<string, string | number>>;

export const PROBLEM_MESSAGES = {
  'target-equals-baseline': () => 'target equals baseline: use an "at least" or "at most" goal to hold a level',
} satisfies Record<string, (facts: Facts) => string>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;
