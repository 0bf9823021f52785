/**
 * Whom the notice speaks to: someone who came across exploitation (`witness`), a young person it
 * may be happening to (`youth`), or the visitor of a sex-ad or escort site (`client`), who is
 * both the first to see a minor offered and the one about to commit the offence.
 */
export const AUDIENCES = ['witness', 'youth', 'client'] as const;
export type Audience = (typeof AUDIENCES)[number];
