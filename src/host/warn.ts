/** Where a mistake is reported: one sentence each, which the element shows in check mode too. */
export type Warn = (message: string) => void;
