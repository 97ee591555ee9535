/** The whole English catalogue loaded, for tests and scripts (the page loads it in two parts). */
import { addMessages } from './core';
import { english } from './english';

addMessages('en', english);
