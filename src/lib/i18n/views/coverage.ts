/** UI strings of the coverage view(s): zh is the source, en must have every key. */
export const zh = {} as const;
export const en: Record<keyof typeof zh, string> = {};
