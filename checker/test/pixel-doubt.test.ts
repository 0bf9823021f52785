/** When the banner is drawn alone: only when the screenshot's colours differ from the styles'. */
import { describe, expect, it } from 'vitest';
import { pixelsAsStyled } from '../src/pixel-doubt.js';
import type { Bitmap } from '../src/pixels.js';
import type { BannerProbe, TextSample } from '../src/probe.js';

type Rgb = [number, number, number];

/** A 40x20 bitmap of `background` with a 20x4 bar of `ink` (a text's stems) in the middle. */
function bitmap(background: Rgb, ink: Rgb): Bitmap {
  const width = 40;
  const height = 20;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const colour = x >= 10 && x < 30 && y >= 8 && y < 12 ? ink : background;
      data.set([...colour, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

const sample = (extra: Partial<TextSample> = {}): TextSample => ({
  text: 'Minderjarigen uitbuiten is strafbaar',
  link: false,
  fontSize: 16,
  color: [26, 26, 26, 1],
  backgrounds: [[255, 255, 255, 1]],
  backgroundImage: false,
  rect: { x: 0, y: 0, width: 40, height: 20 },
  inViewport: 1,
  visible: 1,
  visibleRect: { x: 0, y: 0, width: 40, height: 20 },
  ...extra,
});
const banner = (samples: TextSample[], opacity = 1) => ({ opacity, samples }) as BannerProbe;

describe('pixelsAsStyled', () => {
  it('trusts a screenshot showing the styled colours', () => {
    expect(pixelsAsStyled(bitmap([255, 255, 255], [26, 26, 26]), banner([sample()]))).toBe(true);
    // Translucent layers of the banner itself, composited as the browser does.
    const layered = sample({ backgrounds: [[0, 0, 0, 0.5], [255, 255, 255, 1]], color: [255, 255, 255, 1] });
    expect(pixelsAsStyled(bitmap([128, 128, 128], [255, 255, 255]), banner([layered]))).toBe(true);
  });

  it('doubts a veil, a filter, a translucent banner, an image under the text and text off screen', () => {
    // A 30 % white veil lightens the text and leaves a white background white.
    expect(pixelsAsStyled(bitmap([255, 255, 255], [95, 95, 95]), banner([sample()]))).toBe(false);
    expect(pixelsAsStyled(bitmap([230, 230, 230], [26, 26, 26]), banner([sample()]))).toBe(false);
    expect(pixelsAsStyled(bitmap([255, 255, 255], [26, 26, 26]), banner([sample()], 0.9))).toBe(false);
    expect(pixelsAsStyled(bitmap([255, 255, 255], [26, 26, 26]), banner([sample({ backgroundImage: true })]))).toBe(false);
    expect(pixelsAsStyled(bitmap([255, 255, 255], [26, 26, 26]), banner([sample({ visibleRect: { x: 50, y: 0, width: 10, height: 10 } })]))).toBe(false);
    expect(pixelsAsStyled(bitmap([255, 255, 255], [26, 26, 26]), banner([]))).toBe(false);
  });
});
