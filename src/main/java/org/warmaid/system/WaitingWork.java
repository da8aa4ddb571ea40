package org.warmaid.system;

import java.util.Collection;

/** The work waiting for the members of some groups, counted where the tasks are kept. */
public interface WaitingWork {

    /** How many tasks wait for the groups' members (claimed ones included). */
    long waitingFor(Collection<String> groups);
}
