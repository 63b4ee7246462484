package org.zhixing.policy.control;

/** The search index as admins see it: how many documents it holds, and a rebuild's progress while one runs. */
public record IndexState(long documents, boolean rebuilding, long done, long total) {}
