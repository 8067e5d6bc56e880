// The ct-access-needs chunk of the bundle (named after this file), loaded by ctkit.ts when a page uses it.
import '@ctkit/access-needs';
