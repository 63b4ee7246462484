package org.zhixing.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a session happens: a room with a capacity, or a stream that village activity rooms watch. */
@Embeddable
public class Venue {

  @Column(name = "venue_name", length = 200)
  private String name;

  @Column(name = "venue_capacity")
  private Integer capacity;

  @Column(name = "stream_url", length = 500)
  private String streamUrl;

  protected Venue() {}

  public Venue(String name, Integer capacity, String streamUrl) {
    name = blankToNull(name);
    streamUrl = blankToNull(streamUrl);
    if (name == null && streamUrl == null) {
      throw new InvalidSessionException("venue-or-stream");
    }
    if (capacity != null && capacity < 1) {
      throw new InvalidSessionException("capacity");
    }
    if (streamUrl != null && !streamUrl.matches("https?://\\S+")) {
      throw new InvalidSessionException("stream-url");
    }
    this.name = name;
    this.capacity = capacity;
    this.streamUrl = streamUrl;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String name() {
    return name;
  }

  public Integer capacity() {
    return capacity;
  }

  public String streamUrl() {
    return streamUrl;
  }
}
