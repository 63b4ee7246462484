package org.zhixing.policy.search;

/** An autocomplete entry: a document whose title or 文号 fits what the user is typing. */
public record Suggestion(long id, String title, String docNumber) {}
