/** Strings of the title screen(s). */
export const TITLE = {} as const;
