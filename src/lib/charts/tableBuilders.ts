// The charts' table builders in one piece, loaded by loadTables when a reader first asks for a table.
export { observationTable } from './observationTable.ts';
export { investmentTable } from './investment/investmentTable.ts';
export { visitsTable } from './visits/visitsTable.ts';
export { armsObservationTable } from './arms/armsTable.ts';
