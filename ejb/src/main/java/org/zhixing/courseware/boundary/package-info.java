/**
 * The courseware use cases: registering and finding media assets within the caller's scope, and signed media links
 * that let a player fetch without a bearer token.
 */
package org.zhixing.courseware.boundary;
