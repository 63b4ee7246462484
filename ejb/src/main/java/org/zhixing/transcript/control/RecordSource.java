package org.zhixing.transcript.control;

import java.time.Instant;

/**
 * A feature's contribution to learning records. Each source is a CDI bean; the record takes every one there is, in
 * {@link #order()}: courses, tests, training sessions attended.
 */
public interface RecordSource {

  /** Where the section goes in the record: lower first. */
  int order();

  /** The learner's section for [from, to), the bounds of a year in China time. */
  RecordSection section(String learner, Instant from, Instant to);
}
