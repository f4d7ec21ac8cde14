// What reading a value off a view takes, the pointer, keyboard and touch navigation among its marks
// and the one tooltip, as one file: ChartFrame fetches it once the page has drawn (the figures come
// first; a first load carries about 2 KB gzip less).
export { markNavigation } from './markNavigation.ts';
export { default as MarkTooltip } from './MarkTooltip.svelte';
