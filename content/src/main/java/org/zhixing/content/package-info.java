/**
 * The demo content pack: 周口市's org tree (city, its eleven county-level units, their
 * townships and 4,840 villages and communities), the people who lead the villages, and a library
 * of demo policy documents with judged search queries, for the app to load into an empty
 * database and for the search engine to be measured against.
 *
 * <p>The county level is real; everything below it is synthetic, generated deterministically
 * from the source files next to these classes and the seed in {@code pack.properties}. The policy
 * documents are demo texts written from public information, marked as such in their first line.
 * Start at {@link org.zhixing.content.DemoContentPack#load()} and
 * {@link org.zhixing.content.PolicyPack#load()}; the README of this module documents the source
 * formats.
 */
package org.zhixing.content;
