// Loads the charts' table builders only when a reader asks for a table: the first draw does not need
// them (nor does a reader who never opens one). One loader, so the page carries one lazy import.

export const loadTables = () => import('./tableBuilders.ts');
