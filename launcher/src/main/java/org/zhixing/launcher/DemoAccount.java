package org.zhixing.launcher;

import java.util.List;

/**
 * A user of the demo realm, for the table {@code run} prints. {@code RealmJsonTest} checks that this list and
 * {@code zhixing-realm.json} agree.
 */
public record DemoAccount(String username, String role, String orgUnit, String description) {

    public static final String PASSWORD = "zhixing-demo";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("sys-admin", "SYS_ADMIN", "411600000000", "system admin: the search index, all documents"),
            new DemoAccount("city-admin", "ORG_ADMIN", "411600000000", "周口市委组织部: the whole city"),
            new DemoAccount("taikang-admin", "ORG_ADMIN", "411627000000", "太康县委组织部: only 太康县"),
            new DemoAccount("dancheng-admin", "ORG_ADMIN", "411625000000", "郸城县委组织部: only 郸城县"),
            new DemoAccount("trainer", "TRAINER", "411627000000", "太康县 trainer 屈保振"),
            new DemoAccount("learner", "LEARNER", "411627101201", "耿庄村 (大许寨镇, 太康县) party secretary 彭松宇"));
}
