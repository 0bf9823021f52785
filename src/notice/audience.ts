/** Whom the notice speaks to: someone who came across exploitation, or a young person it may be happening to. */
export const AUDIENCES = ['witness', 'youth'] as const;
export type Audience = (typeof AUDIENCES)[number];
