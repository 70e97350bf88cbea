// Vitest setup file: after each test file, remove the temporary folders its tests made.
import { afterAll } from 'vitest';
import { removeTempFolders } from './temp.ts';

afterAll(removeTempFolders);
