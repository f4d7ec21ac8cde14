// Views of validated rows as the records the rest of the app uses.
import type { Observation, Row, Source, VisitEvent } from './types.ts';

// Validation has already typed every column from the schema, so these are views, not conversions.
export const asObservations = (rows: Row[]) => rows as unknown as Observation[];
export const asEvents = (rows: Row[]) => rows as unknown as VisitEvent[];
export const asSources = (rows: Row[]) => rows as unknown as Source[];
