/**
 * The eligibility decisions as the engine deploys them: the tables, drafts and their checks, the
 * deployed versions and where each came from. The rules workbench (org.warmaid.rules) edits,
 * tests and deploys decisions through these types; they are the process module's API for it.
 */
@NamedInterface("rules")
package org.warmaid.process.rules;

import org.springframework.modulith.NamedInterface;
