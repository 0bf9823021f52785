/** The notice's layouts, and where the two that stand over the page sit. */
export const VARIANTS = ['bar', 'corner', 'inline', 'modal', 'age-check'] as const;
export type Variant = (typeof VARIANTS)[number];

export const BAR_POSITIONS = ['bottom', 'top'] as const;
export const CORNER_POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type Position = (typeof BAR_POSITIONS)[number] | (typeof CORNER_POSITIONS)[number];
