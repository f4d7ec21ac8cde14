// What a view's image buttons do (loaded only when one is pressed): save the view as SVG, or as PNG at 2×.
import { downloadFile } from './downloadFile.ts';
import { figureSvg } from './figureSvg.ts';
import { imageFileName, type ImageFormat } from './imageFileName.ts';
import { svgToPng } from './svgToPng.ts';
import { viewUrl } from './viewUrl.ts';

/** Saves the view drawn in `figure` (id `viewId`) as `azerbaijan-ties-<id>-<start>-<end>.<format>`. */
export async function exportImage(figure: HTMLElement, viewId: string, format: ImageFormat): Promise<void> {
  const svg = figureSvg(figure, viewUrl(window.location.href));
  const filename = imageFileName(viewId, window.location.search, format);
  const file = format === 'svg'
    ? new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', svg.text], { type: 'image/svg+xml' })
    : await svgToPng(svg.text, svg.width, svg.height);
  downloadFile(filename, file);
}
