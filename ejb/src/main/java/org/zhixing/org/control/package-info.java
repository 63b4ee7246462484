/** Queries over the org tree and its people, the caller's scope, and the loading of the demo content pack. */
package org.zhixing.org.control;
