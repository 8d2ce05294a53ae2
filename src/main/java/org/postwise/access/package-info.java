/**
 * Who may do what: the {@link org.postwise.access.Caller} as a transport knows them, and the
 * {@link org.postwise.access.AccessPolicy} that admin's and the weekly tip's commands check on every call. A chat
 * platform's own command permissions only hide commands; these checks are the security boundary.
 */
package org.postwise.access;
