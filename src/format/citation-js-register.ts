/**
 * Side-effect entry (`frus-cite/citation-js/register`): importing it registers the `@frus`
 * citation-js plugin, for those who prefer `import 'frus-cite/citation-js/register'` to calling
 * {@link register} themselves. Registering twice is harmless.
 *
 * @module
 */
import { register } from './citation-js.js';

register();

export { register, unregister, isRegistered } from './citation-js.js';
