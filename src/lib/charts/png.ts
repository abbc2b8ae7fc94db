/**
 * A chart as a PNG file. The dashboard draws with ECharts' SVG renderer, whose `getDataURL` always
 * returns SVG whatever `type` says (and its string form did not load as an image in Chromium), so
 * the chart's own <svg>, serialised by the browser, is drawn onto a canvas at `pixelRatio` over the
 * page's background colour and encoded as PNG there.
 */
function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((done, fail) => {
    const image = new Image();
    image.onload = () => done(image);
    image.onerror = () => fail(new Error('无法生成图片'));
    image.src = src;
  });
}

export async function chartPng(container: HTMLElement, backgroundColor: string, pixelRatio = 2): Promise<Blob> {
  const svgElement = container.querySelector('svg');
  if (!svgElement) throw new Error('无法生成图片');
  const width = container.clientWidth;
  const height = container.clientHeight;
  const svg = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svgElement))}`;
  const image = await loadImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('无法生成图片');
  context.fillStyle = backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('无法生成图片'))), 'image/png')
  );
}
