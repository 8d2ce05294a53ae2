package org.postwise.admin;

/**
 * Rebuilds the knowledge base from its files while Postwise keeps answering. Implementations validate
 * everything first and swap atomically; a failed reload leaves the index in service untouched.
 */
public interface KnowledgeReloader {

    /**
     * Reads, validates and builds everything, and puts it in service if there was no problem.
     *
     * @param actor who asked (an admin's user id, "console", "cli"), for the audit trail
     * @throws ReloadInProgressException when another reload is running
     */
    ReloadReport reload(String actor);

    /** Reads, validates and builds everything without putting it in service. */
    ReloadReport check(String actor);
}
