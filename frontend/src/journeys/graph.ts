// Journey graph types for the canvas. Generated from the JSON Schema in journeys/schema/ (the
// same file the backend validates with); regenerate with `npm run generate:journey-types`.
export type { Journey } from './graph.gen';
export type JourneyNode = import('./graph.gen').Journey['nodes'][number];
export type JourneyEdge = import('./graph.gen').Journey['edges'][number];
