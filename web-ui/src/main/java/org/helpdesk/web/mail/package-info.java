/**
 * The administrator's side of the e-mail channel, as pages ({@code /admin/mail/**}) and REST
 * ({@code /api/v1/admin/mail/**}): the mailboxes the desk polls, the log of incoming mail with retry and dismiss for
 * failures, the outbox's health, and the texts of the mails customers receive.
 */
@NullMarked
package org.helpdesk.web.mail;

import org.jspecify.annotations.NullMarked;
