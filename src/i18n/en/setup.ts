/** Strings of the setup screen(s). */
export const SETUP = {} as const;
