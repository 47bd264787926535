/** Strings of the briefing screen(s). */
export const BRIEFING = {} as const;
