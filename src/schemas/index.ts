// The content model: one schema per concept, assembled here for the loaders,
// the content check, the JSON Schema for editors and the field reference.
export * from './common.ts';
export * from './verbatim.ts';
export * from './measure.ts';
export * from './action.ts';
export * from './priority.ts';
export * from './voice.ts';
export * from './strategy.ts';
export * from './theme.ts';
export * from './place.ts';
export * from './update.ts';
export * from './area.ts';
export * from './glossary.ts';
