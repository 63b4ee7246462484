package org.zhixing.courseware.transcode.control;

/** A transcode that did not produce its ladder; the message is what the trainer reads in the asset's status. */
public class TranscodeFailedException extends Exception {

  public TranscodeFailedException(String message) {
    super(message);
  }
}
