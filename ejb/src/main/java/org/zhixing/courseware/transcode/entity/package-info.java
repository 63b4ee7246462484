/** The transcode queue: one job per video asset, with its progress and outcome. */
package org.zhixing.courseware.transcode.entity;
