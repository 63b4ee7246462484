package org.zhixing.policy.boundary;

/** A document by name, for features that cite policy documents without reading them (e.g. courses). */
public record PolicyTitle(long id, String title, String docNumber) {}
