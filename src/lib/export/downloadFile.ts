// Hands a file (a chart's CSV, an exported image) to the browser as a download.

/** Saves `content` as `filename` through a temporary object URL and a clicked `<a download>`. */
export function downloadFile(filename: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
