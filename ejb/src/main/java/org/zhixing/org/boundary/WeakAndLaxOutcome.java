package org.zhixing.org.boundary;

/** What setting a year's weak-and-lax list did: how many villages it lists, newly marked, and no longer marked. */
public record WeakAndLaxOutcome(int listed, int marked, int cleared) {}
