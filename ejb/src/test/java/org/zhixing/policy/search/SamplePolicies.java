package org.zhixing.policy.search;

import java.time.LocalDate;
import java.util.List;

/** A handful of policy documents shaped like the city's real ones, for the engine's tests. */
final class SamplePolicies {

  static final long WEAK_VILLAGES = 1;
  static final long FIRST_SECRETARIES = 2;
  static final long ELECTION = 3;
  static final long FIVE_STARS = 4;
  static final long COLLECTIVE_ECONOMY = 5;
  static final long WANGZHUANG_QA = 6;
  static final long INTERNAL_REVIEW = 7;
  static final long OLD_TRAINING_PLAN = 8;

  private SamplePolicies() {}

  static List<IndexedPolicy> all() {
    return List.of(
        new IndexedPolicy(WEAK_VILLAGES, "豫组〔2022〕12号", "关于持续整顿软弱涣散村党组织的通知", "中共河南省委组织部",
            "PROVINCE", LocalDate.of(2022, 3, 15), "IN_FORCE", "NOTICE", List.of("基层党建", "整顿"),
            """
            各省辖市委组织部：
            　　为深入推进抓党建促乡村振兴，现就持续整顿软弱涣散村党组织有关事项通知如下。
            　　一、精准排查。每年对所有村党组织进行一次全面排查，把班子不团结、战斗力不强的村确定为整顿对象。
            　　二、分类整顿。县级领导包村联系，乡镇党委书记直接抓，确保整顿一个、转化一个。
            """,
            false),
        new IndexedPolicy(FIRST_SECRETARIES, "洛组〔2023〕5号", "驻村第一书记管理办法", "中共洛阳市委组织部",
            "CITY", LocalDate.of(2023, 6, 1), "IN_FORCE", "MEASURES", List.of("干部管理", "驻村帮扶"),
            """
            第一条　为加强对选派驻村干部的管理，制定本办法。
            第二条　驻村工作期间，工作关系转入所在村，每月在村时间不少于二十天。
            第三条　县委组织部负责日常考核，考核结果作为评先评优的依据。
            """,
            false),
        new IndexedPolicy(ELECTION, "洛组〔2021〕8号", "关于做好村“两委”换届选举工作的通知", "中共洛阳市委组织部",
            "CITY", LocalDate.of(2021, 1, 10), "SUPERSEDED", "NOTICE", List.of("换届"),
            """
            各县（市、区）委组织部：
            　　村党组织和村民委员会集中换届是村级组织建设的大事。要严把人选资格条件，推行书记、主任一肩挑。
            　　换届后要及时开展新任村干部培训，确保全覆盖。
            """,
            false),
        new IndexedPolicy(FIVE_STARS, "偃组〔2023〕3号", "“五星”支部创建工作实施方案", "中共偃师区委组织部",
            "COUNTY", LocalDate.of(2023, 2, 20), "IN_FORCE", "PLAN", List.of("五星支部", "基层党建"),
            """
            　　以支部过硬星为基础，统筹推进产业兴旺、生态宜居、平安法治、文明幸福，开展星级评定。
            　　评定结果与村干部报酬挂钩，每年评定一次。
            """,
            false),
        new IndexedPolicy(COLLECTIVE_ECONOMY, null, "关于发展壮大村级集体经济的指导意见", "洛阳市农业农村局",
            "CITY", LocalDate.of(2024, 4, 8), "IN_FORCE", "OPINION", List.of("集体经济", "乡村振兴"),
            """
            　　发展壮大村集体经济是增强村党组织凝聚力的重要途径。
            　　鼓励村集体通过资源发包、物业出租、入股分红等方式增加收入，严禁举债发展。
            """,
            false),
        new IndexedPolicy(WANGZHUANG_QA, null, "村务公开问答", "城关镇党委", "TOWNSHIP", LocalDate.of(2024, 9, 3),
            "IN_FORCE", "QA", List.of("村务公开"),
            """
            问：王庄村的村务公开栏多久更新一次？
            答：每季度至少更新一次，涉及集体资金的事项随时公开。
            """,
            false),
        new IndexedPolicy(INTERNAL_REVIEW, null, "软弱涣散村整顿情况内部通报", "中共洛阳市委组织部", "CITY",
            LocalDate.of(2024, 11, 20), "IN_FORCE", "NOTICE", List.of("整顿", "内部"),
            """
            　　经督导，部分软弱涣散村整顿进展缓慢，现予通报。
            """,
            true),
        new IndexedPolicy(OLD_TRAINING_PLAN, "洛组〔2019〕21号", "2019年村干部培训计划", "中共洛阳市委组织部", "CITY",
            LocalDate.of(2019, 3, 1), "SUPERSEDED", "PLAN", List.of("教育培训"),
            """
            　　全年轮训村党组织书记一遍，培训内容包括政策理论、乡村治理和集体经济发展。
            """,
            false));
  }
}
