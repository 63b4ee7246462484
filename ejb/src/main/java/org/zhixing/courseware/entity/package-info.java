/** Courseware: the media assets trainers upload, with what processing found out about them. */
package org.zhixing.courseware.entity;
