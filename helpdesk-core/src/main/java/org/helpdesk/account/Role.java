package org.helpdesk.account;

/** What a person does in the support organisation; decides what they may read and change. */
public enum Role {
    AGENT,
    QUALITY_MANAGER,
    AUDITOR,
    ADMIN
}
