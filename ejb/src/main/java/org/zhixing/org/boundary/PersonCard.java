package org.zhixing.org.boundary;

import java.util.List;

/**
 * A person as a list of attendees shows them: id, name, unit code and their posts by the names sheets use
 * (村党组织书记, 驻村第一书记 …). Departed people keep their card, for rosters of past training.
 */
public record PersonCard(long id, String name, String unitCode, List<String> positions) {}
