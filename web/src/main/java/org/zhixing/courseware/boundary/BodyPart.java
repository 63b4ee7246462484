package org.zhixing.courseware.boundary;

/** A piece of a response body: literal bytes (e.g. a multipart boundary), or a range of the stored file. */
sealed interface BodyPart {

  record Bytes(byte[] bytes) implements BodyPart {}

  record Range(ByteRange range) implements BodyPart {}
}
