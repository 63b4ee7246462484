/**
 * Background HLS transcoding of video assets with the system's ffmpeg: the ladder (240p/360p/720p, 4-second
 * segments), one transcode at a time per node from a queue in the database, and ffprobe for what a file holds.
 */
package org.zhixing.courseware.transcode.control;
