/** Strings of the debrief screen(s). */
export const DEBRIEF = {} as const;
