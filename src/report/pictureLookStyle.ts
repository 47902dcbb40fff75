import type { PictureLook } from './Picture.js';

/**
 * How a look is drawn: fill and border colours, and the border's line
 * (`solid`, `bold`, `dashed` for what remains, `dotted` for a waiver), so
 * that status shows in the line as well as the colour.
 *
 * @category Reports
 */
export interface PictureLookStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly border: 'solid' | 'bold' | 'dashed' | 'dotted';
}

const STYLES: Readonly<Record<PictureLook, PictureLookStyle>> = {
  satisfied: { fill: '#e6f4ea', stroke: '#1e7b34', border: 'bold' },
  partial: { fill: '#fff8e1', stroke: '#9a6700', border: 'dashed' },
  unmet: { fill: '#fdecea', stroke: '#b3261e', border: 'dashed' },
  waived: { fill: '#e8f0fe', stroke: '#1a56db', border: 'dotted' },
  remaining: { fill: '#ffffff', stroke: '#b3261e', border: 'dashed' },
  achievement: { fill: '#f6f8fa', stroke: '#57606a', border: 'solid' },
  route: { fill: '#f3e8ff', stroke: '#6f42c1', border: 'solid' },
  credential: { fill: '#e0f2f1', stroke: '#00695c', border: 'solid' },
  planned: { fill: '#ffffff', stroke: '#0b57d0', border: 'solid' },
  unit: { fill: '#ffffff', stroke: '#57606a', border: 'solid' },
  program: { fill: '#eef2ff', stroke: '#1f2a5a', border: 'bold' },
};

/** Every look, in the order the writers declare their classes. */
export const PICTURE_LOOKS: readonly PictureLook[] = Object.freeze(Object.keys(STYLES) as PictureLook[]);

/**
 * The drawing of a look, shared by the Mermaid and DOT writers so that the
 * two pictures of a result look alike.
 *
 * @param look - the look
 * @returns its fill, stroke and border
 *
 * @example
 * ```ts
 * pictureLookStyle('unmet'); // { fill: '#fdecea', stroke: '#b3261e', border: 'dashed' }
 * ```
 *
 * @category Reports
 */
export function pictureLookStyle(look: PictureLook): PictureLookStyle {
  return STYLES[look];
}
