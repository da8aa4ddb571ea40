package org.warmaid.system;

import jakarta.servlet.Filter;

/**
 * One sign-in for the application's pages and the engine's webapps (Tasklist, Cockpit, Admin),
 * given by the module that runs the engine. Both filters run inside a security filter chain, after
 * the security context is loaded.
 */
public interface SharedSignIn {

    /** For the webapps' chain: someone signed in to the pages is signed in to the webapps too. */
    Filter intoTheWebapps();

    /** For the pages' chains: a sign-in to a webapp counts as a sign-in to the pages. */
    Filter fromTheWebapps();
}
