// The dashboard's data, asked for by a script of its own that the page runs ahead of its main one
// (scripts/earlyScript.ts): small, it runs while the browser still compiles the main script, so the
// tables are fetched and unpacked meanwhile instead of after it. Every resource, and the map: the
// dashboard draws every view, and its Data and Claims panels need every table.
import { startLoadsEarly } from './startLoads.ts';

export const dashboardLoads = startLoadsEarly('./', true);
