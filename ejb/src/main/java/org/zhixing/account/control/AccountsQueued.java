package org.zhixing.account.control;

/** Accounts were queued in the current transaction; once it commits, the worker should look. */
public record AccountsQueued(int count) {}
