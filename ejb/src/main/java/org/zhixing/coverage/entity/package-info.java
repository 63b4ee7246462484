/** Training plans: who must be trained in what, by when. */
package org.zhixing.coverage.entity;
