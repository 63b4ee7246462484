/**
 * The demo content pack: 周口市's org tree (city, its eleven county-level units, their
 * townships and 4,840 villages and communities) and the people who lead the villages, for the
 * app to load into an empty database.
 *
 * <p>The county level is real; everything below it is synthetic, generated deterministically
 * from the source files next to these classes and the seed in {@code pack.properties}. Start
 * at {@link org.zhixing.content.DemoContentPack#load()}; the README of this module documents
 * the source formats.
 */
package org.zhixing.content;
