package org.zhixing.platform.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The names one column of an imported sheet goes by: the header an export writes and the others seen for it in the
 * departments' own sheets, all compared as {@link HeaderKey keys}.
 */
public final class HeaderNames {

  private final String header;
  private final List<String> keys;

  public HeaderNames(String header, String... otherNames) {
    this.header = header;
    var names = new ArrayList<String>();
    names.add(HeaderKey.of(header));
    for (String name : otherNames) {
      names.add(HeaderKey.of(name));
    }
    this.keys = List.copyOf(names);
  }

  /** The header an exported sheet carries. */
  public String header() {
    return header;
  }

  /** Whether a header, already made a {@link HeaderKey key}, names this column. */
  public boolean matches(String key) {
    return keys.contains(key);
  }
}
