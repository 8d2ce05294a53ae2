/**
 * Running the knowledge base live: reloads that validate everything, build a new index off to the side and
 * swap it in atomically (or leave the old one serving and say what to fix), an audit trail of reloads, tip
 * posts and refusals, and usage statistics that show the gaps in the knowledge base.
 */
package org.postwise.admin;
