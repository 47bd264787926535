/** Strings of the table screen(s). */
export const TABLE = {} as const;
